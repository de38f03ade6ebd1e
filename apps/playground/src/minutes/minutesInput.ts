import type { Audience, MinutesProfile, MinutesTemplate } from '@strategy-record/render';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import type { ValidationReport } from '@strategy-record/validators';

/** What a minutes preview is made from: the record as it stands, its final report, the audience, the profile and the template. */
export interface MinutesInput {
  readonly record: StrategyDiscussionRecord;
  readonly report: ValidationReport;
  readonly audience: Audience;
  /** The profile chosen in the playground; absent, the minutes name the record's own. */
  readonly profile?: MinutesProfile;
  /** The template the admin is editing (the last version `parseTemplate` accepted); absent, the toolkit's own minutes. */
  readonly template?: MinutesTemplate;
}
