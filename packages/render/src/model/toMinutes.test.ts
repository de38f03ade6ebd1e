import { describe, expect, it } from 'vitest';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { validateRecord, type ValidationReport } from '@strategy-record/validators';
import jointEnquiry from '../../../../schemas/examples/final/joint-s47-physical-injury.json' with { type: 'json' };
import { toMinutes } from './toMinutes.js';

const record = jointEnquiry as StrategyDiscussionRecord;
const finalReport = validateRecord(record, { mode: 'final' });

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const field of Object.values(value)) deepFreeze(field);
    Object.freeze(value);
  }
  return value;
}

describe('toMinutes', () => {
  it.each(['professionals', 'family'] as const)(
    'gives the %s minutes of the joint Section 47 example (snapshot)',
    async (audience) => {
      await expect(JSON.stringify(toMinutes(record, { audience, report: finalReport }), null, 2)).toMatchFileSnapshot(
        `__snapshots__/joint-s47-physical-injury.${audience}.json`,
      );
    },
  );

  it.each([
    ['a valid final report', finalReport, 'FINAL'],
    ['a draft report', validateRecord(record, { mode: 'draft' }), 'DRAFT'],
    ['a final report with errors', validateRecord({ ...record, actions: [] }, { mode: 'final' }), 'DRAFT'],
  ] as const)('marks the minutes %s gives as %s', (_case, report: ValidationReport, label) => {
    expect(toMinutes(record, { audience: 'professionals', report }).status.label).toBe(label);
  });

  it.each(['professionals', 'family'] as const)('has every part-3 section, numbered and headed, for %s', (audience) => {
    const minutes = toMinutes(record, { audience, report: finalReport });
    expect(minutes.sections.slice(0, 13).map((section) => `${section.number}. ${section.heading}`)).toEqual([
      '1. The discussion',
      '2. Invitees and attendees',
      '3. Children and household',
      '4. Reason for the discussion',
      '5. Information shared by agencies',
      '6. Risk analysis',
      '7. Child protection medical and ABE interview',
      '8. Decisions',
      '9. Plan',
      '10. Actions',
      '11. Sharing information with the family',
      '12. Further discussion and initial child protection conference',
      '13. Sign-off and circulation',
    ]);
  });

  it('is pure: it does not change the record, and the same input gives the same minutes', () => {
    const frozen = deepFreeze(structuredClone(record));
    expect(toMinutes(frozen, { audience: 'family', report: finalReport })).toEqual(
      toMinutes(record, { audience: 'family', report: finalReport }),
    );
  });

  it('takes the creation date from the record, never the clock', () => {
    expect(toMinutes(record, { audience: 'professionals', report: finalReport }).metadata.createdAt).toBe(
      '2026-02-11T09:15:00.000Z',
    );
    expect(
      toMinutes({}, { audience: 'professionals', report: validateRecord({}, { mode: 'draft' }) }).metadata.createdAt,
    ).toBe('1970-01-01T00:00:00.000Z');
  });

  it.each([
    ['an empty record', {}],
    [
      'wrong types everywhere',
      { attendees: 'Ann', children: [null, 3], meeting: [], decisions: {}, actions: [{ owner: 'x', dueBy: 7 }] },
    ],
    ['dates that do not parse', { meeting: { startedAt: '31/02/2026 25:00' }, actions: [{ dueBy: 'tomorrow' }] }],
  ])('draws %s without throwing, showing what it can', (_case, value) => {
    const weird = value as unknown as StrategyDiscussionRecord;
    expect(() =>
      toMinutes(weird, { audience: 'professionals', report: validateRecord(weird, { mode: 'draft' }) }),
    ).not.toThrow();
  });

  /** The "Category of harm" value of the minutes of the example with these categories. */
  const categoryOfHarm = (categories: readonly string[], audience: 'professionals' | 'family') => {
    const changed = { ...record, concerns: { ...record.concerns, categories } } as StrategyDiscussionRecord;
    const minutes = toMinutes(changed, { audience, report: finalReport });
    return minutes.sections
      .flatMap((section) => section.blocks)
      .flatMap((block) => (block.kind === 'keyValues' ? block.items : []))
      .find((item) => item.label === 'Category of harm')?.value;
  };

  it.each([
    ['none as "Not recorded"', [], 'Not recorded'],
    ['one as plain text, not a list of one', ['neglect'], 'Neglect'],
    [
      "several as a list, labelled, in the record's order",
      ['sexual', 'child-on-child'],
      ['Sexual abuse', 'Child-on-child abuse'],
    ],
    [
      'every category the schema has',
      [
        'physical',
        'sexual',
        'emotional',
        'neglect',
        'fabricated-induced-illness',
        'exploitation',
        'organised-multiple',
        'allegation-against-staff',
        'child-on-child',
        'other',
      ],
      [
        'Physical abuse',
        'Sexual abuse',
        'Emotional abuse',
        'Neglect',
        'Fabricated or induced illness',
        'Exploitation (criminal or sexual)',
        'Organised or multiple abuse',
        'Allegation against a member of staff or volunteer',
        'Child-on-child abuse',
        'Other',
      ],
    ],
    ['a value the schema does not know as written', ['neglect', 'آن لائن استحصال'], ['Neglect', 'آن لائن استحصال']],
    ['a blank value left out, leaving one', ['physical', ' \t'], 'Physical abuse'],
  ])('shows the categories of harm: %s', (_case, categories, value) => {
    expect(categoryOfHarm(categories, 'professionals')).toEqual(value);
  });

  it('leaves the categories of harm out of the family copy, list or not', () => {
    expect(categoryOfHarm(['sexual', 'child-on-child'], 'family')).toBeUndefined();
    expect(categoryOfHarm(['neglect'], 'family')).toBeUndefined();
  });

  it('shows a date it cannot read exactly as written', () => {
    const minutes = toMinutes(
      { actions: [{ description: 'Visit', dueBy: 'tomorrow' }] },
      { audience: 'professionals', report: validateRecord({}, { mode: 'draft' }) },
    );
    const actions = minutes.sections.find((section) => section.id === 'actions')?.blocks[0];
    expect(actions?.kind === 'table' ? actions.rows[0]?.[4] : undefined).toBe('tomorrow');
  });
});
