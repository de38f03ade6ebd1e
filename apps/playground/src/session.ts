import { createRecordForm, type RecordForm } from '@strategy-record/forms';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { validateRecord } from '@strategy-record/validators';

/** What the playground is working on: one form model, the profile it checks against, and where the record came from. */
export interface Session {
  /** Changes with every new form, so the React tree below is rebuilt for it. */
  readonly id: number;
  readonly form: RecordForm;
  /** A bundled profile id, or '' for the profile the record names (the national default when it names none). */
  readonly profileId: string;
  /** "An empty record", or the example's label. */
  readonly source: string;
}

let sessions = 0;

/**
 * A form over `record`, validated by the real `validateRecord` against the chosen profile. The
 * validator is passed in here, not imported by the forms package, as an application would.
 */
export function newSession({
  record,
  source,
  profileId,
}: {
  readonly record: StrategyDiscussionRecord;
  readonly source: string;
  readonly profileId: string;
}): Session {
  sessions += 1;
  const form = createRecordForm<string>({
    validate: validateRecord,
    initial: record,
    ...(profileId === '' ? {} : { profile: profileId }),
  });
  return { id: sessions, form, profileId, source };
}
