import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { EXAMPLE_RECORDS } from './exampleRecords.js';
import { PROFILE_IDS } from './profileChoices.js';

/** The record control's value for a record with nothing in it. */
const EMPTY_RECORD = 'empty';

/** Every record a story can start from: empty, or an example from `schemas/examples/`. */
const RECORD_OPTIONS: readonly string[] = [EMPTY_RECORD, ...EXAMPLE_RECORDS.map((example) => example.id)];

/** The profile control's value for "the profile the record names". */
export const RECORD_PROFILE = '';

/**
 * The controls every story shares: which record (the examples are the fixtures) and which local
 * procedure profile checks it.
 */
export const recordArgTypes = {
  record: {
    name: 'Record',
    control: { type: 'select' },
    options: RECORD_OPTIONS,
    description: 'An example record from schemas/examples, or an empty one.',
  },
  profile: {
    name: 'Local procedure profile',
    control: { type: 'select', labels: { [RECORD_PROFILE]: 'The one the record names' } },
    options: [RECORD_PROFILE, ...PROFILE_IDS],
    description: 'The profile the timescales are checked against.',
  },
} as const;

/** A copy of the record a control names (a copy, so a story can never change the example). */
export async function loadRecord(id: string): Promise<StrategyDiscussionRecord> {
  if (id === EMPTY_RECORD) return {};
  const example = EXAMPLE_RECORDS.find((candidate) => candidate.id === id);
  if (example === undefined) throw new Error(`There is no example record "${id}".`);
  return structuredClone(await example.load());
}
