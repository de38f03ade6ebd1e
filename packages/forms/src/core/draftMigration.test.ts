import { recordSchema } from '@strategy-record/schemas';
import { describe, expect, it } from 'vitest';
import { describeDraftMigration } from './draftMigration.js';
import { fieldIndexFor } from './fieldIndex.js';

const index = fieldIndexFor(recordSchema);

describe('describeDraftMigration', () => {
  it.each([
    ['/schemaVersion', 'Schema version'],
    ['/adults/1/interpreterNeeded', 'Adult 2: Interpreter needed'],
    ['/plan/agencyFeedback', 'Plan: Feedback to agencies'],
    ['/plan/agencyFeedback/0/byWhen', 'Plan: Feedback to an agency 1: By when'],
    ['', 'The record'],
    ['/noSuchField/inner', 'noSuchField'],
  ])('names the change at %s "%s", as the form names the question', (pointer, label) => {
    const described = describeDraftMigration(index, {
      from: '1.0',
      to: '1.1',
      changes: [{ pointer, change: 'set', reason: 'Because.' }],
    });
    expect(described.changes).toEqual([{ pointer, label, change: 'set', reason: 'Because.' }]);
  });

  it('says which version the draft was saved under and which it now follows', () => {
    expect(describeDraftMigration(index, { from: '1.0', to: '1.1', changes: [] })).toMatchObject({
      heading: 'This draft was saved under version 1.0 of the record.',
      introduction: 'It has been updated to version 1.1:',
    });
  });
});
