import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { draftRecordArbitrary } from '../../../../test/support/recordArbitrary.js';
import { familyView } from './familyView.js';

/** Every path to a value in the view, with the value: a family view may only repeat the record. */
function paths(value: unknown, prefix = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => paths(item, `${prefix}/${index}`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => paths(item, `${prefix}/${key}`));
  return [[prefix, value]];
}

describe('familyView', () => {
  it('copies no field it was not told to copy, so a field added to the schema later stays out', () => {
    const record = {
      attendees: [{ fullName: 'Zeynep Aydın', role: 'Health visitor', futureSecret: 'not for the family' }],
      actions: [{ description: 'Visit', shareWithFamily: true, futureSecret: 'not for the family' }],
      futureSection: { text: 'not for the family' },
    } as unknown as StrategyDiscussionRecord;
    expect(JSON.stringify(familyView(record))).not.toContain('not for the family');
  });

  it.each([
    [
      'informationShared',
      {
        informationShared: [
          { information: 'x', shareWithFamily: false },
          { information: 'y' },
          { information: 'z', shareWithFamily: 'true' },
        ],
      },
    ],
    ['decisions', { decisions: [{ rationale: 'x', shareWithFamily: false }, { rationale: 'y' }] }],
    ['actions', { actions: [{ description: 'x', shareWithFamily: 1 }, { description: 'y' }] }],
  ])('withholds %s whose flag is anything but true', (key, record) => {
    expect(familyView(record as unknown as StrategyDiscussionRecord)[key as keyof StrategyDiscussionRecord]).toEqual(
      [],
    );
  });

  it('never includes withheld items, checks on adults, other children, the concerns or the plan', () => {
    const view = familyView({
      familySharing: { decision: 'share-some', whatIsShared: 'the outcome', withheld: [{ what: 'w', reason: 'r' }] },
      adults: [{ fullName: 'A', checks: [{ agency: 'PNC', result: 'caution' }] }],
      otherChildren: { status: 'listed', children: [{ fullName: 'Natalia' }] },
      concerns: { reason: 'r' },
      plan: { immediateSafety: 'taken' },
      riskAnalysis: { analysis: 'a', dissent: 'd', shareWithFamily: true },
    });
    expect(view).toEqual({
      familySharing: { decision: 'share-some', whatIsShared: 'the outcome' },
      riskAnalysis: { analysis: 'a', shareWithFamily: true },
    });
  });

  it('only ever repeats values of the record, at the same place (200 generated records)', () => {
    fc.assert(
      fc.property(draftRecordArbitrary(), (record) => {
        const source = new Map(paths(record));
        const invented = paths(familyView(record)).filter(
          ([path, value]) => !(path.endsWith('/shareWithFamily') && value === true) && source.get(path) !== value,
        );
        // Lists are filtered, so an item's index may differ from the record's: compare as values then.
        const values = new Set(paths(record).map(([, value]) => JSON.stringify(value)));
        expect(invented.filter(([, value]) => !values.has(JSON.stringify(value)))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
