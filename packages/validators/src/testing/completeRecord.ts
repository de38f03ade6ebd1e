import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import complete from '../../../../schemas/examples/final/joint-s47-physical-injury.json' with { type: 'json' };

/**
 * A fresh deep copy of the complete joint Section 47 example, which passes final validation with no
 * findings: tests change one thing and look for exactly the rule that change should raise.
 */
export function completeRecord(): StrategyDiscussionRecord {
  return structuredClone(complete) as StrategyDiscussionRecord;
}

/** A copy of the complete record with one change applied, for table-driven tests. */
export function completeRecordWith(change: (record: StrategyDiscussionRecord) => void): StrategyDiscussionRecord {
  const record = completeRecord();
  change(record);
  return record;
}
