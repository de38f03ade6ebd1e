import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import type { ValidationReport } from '@strategy-record/validators';
import type { Audience, MinutesBlock } from './MinutesDocument.js';

/** What every section builder reads. `record` is already the audience's view of the record. */
export interface SectionContext {
  readonly record: StrategyDiscussionRecord;
  readonly audience: Audience;
  readonly report: ValidationReport;
  /** The name of the subject child with this id, or the id itself when no child has it. */
  readonly childName: (childId: string | undefined) => string | undefined;
}

/** Builds the blocks of one section. */
export type SectionBuilder = (context: SectionContext) => MinutesBlock[];
