import { recordSchema } from '@strategy-record/schemas';
import { describe, expect, it } from 'vitest';
import { fieldIndexFor } from './fieldIndex.js';
import { setAt } from './jsonPointer.js';
import { reconcileRecord, scaffoldGroup } from './reconcileRecord.js';

const index = fieldIndexFor(recordSchema);

describe('reconciling a record with the schema after a change', () => {
  it.each([
    [
      'the medical rationale when the medical becomes required',
      { decisions: [{ medical: { decision: 'not-required', rationale: 'No injuries.' } }] },
      '/decisions/0/medical/decision',
      'required',
      [
        {
          pointer: '/decisions/0/medical/rationale',
          label: 'Reason for the medical decision',
          previous: 'No injuries.',
          because: '/decisions/0/medical/decision',
        },
      ],
    ],
    [
      'the whole Section 47 plan when the outcome stops being S47',
      {
        decisions: [
          {
            outcome: 's47-enquiry',
            s47: { enquiryType: 'single', leadSocialWorker: 'Nguyễn Thị Hương', seeChild: {} },
          },
        ],
      },
      '/decisions/0/outcome',
      's17-assessment',
      [
        {
          pointer: '/decisions/0/s47',
          label: 'Section 47 enquiry',
          previous: { enquiryType: 'single', leadSocialWorker: 'Nguyễn Thị Hương', seeChild: {} },
          because: '/decisions/0/outcome',
        },
      ],
    ],
    [
      'the interpreter language when no interpreter is needed',
      { children: [{ interpreterNeeded: 'yes', interpreterLanguage: 'Somali' }] },
      '/children/0/interpreterNeeded',
      'no',
      [
        {
          pointer: '/children/0/interpreterLanguage',
          label: 'Interpreter language',
          previous: 'Somali',
          because: '/children/0/interpreterNeeded',
        },
      ],
    ],
    [
      'the date of birth of a child recorded as unborn',
      { children: [{ dateOfBirth: '2026-01-02' }] },
      '/children/0/unborn',
      true,
      [
        {
          pointer: '/children/0/dateOfBirth',
          label: 'Date of birth',
          previous: '2026-01-02',
          because: '/children/0/unborn',
        },
      ],
    ],
    [
      'the dissent escalation when the dissent is deleted',
      { riskAnalysis: { analysis: 'A', dissent: 'Police disagree.', dissentEscalation: 'To the team manager.' } },
      '/riskAnalysis/dissent',
      undefined,
      [
        {
          pointer: '/riskAnalysis/dissentEscalation',
          label: 'How disagreement was escalated',
          previous: 'To the team manager.',
          because: '/riskAnalysis/dissent',
        },
      ],
    ],
  ])('clears and reports %s', (_case, before, pointer, value, cleared) => {
    const result = reconcileRecord(index, before, setAt(before, pointer, value) as Record<string, unknown>);
    expect(result.cleared).toEqual(cleared);
    for (const answer of cleared) expect(JSON.stringify(result.record)).not.toContain(JSON.stringify(answer.previous));
  });

  it('keeps answers whose questions stay shown, and those an imported record already had hidden', () => {
    const before = {
      decisions: [
        { medical: { decision: 'required', rationale: 'Marks must be examined today.', examiner: 'Dr Jiří Dvořák' } },
      ],
    };
    const result = reconcileRecord(
      index,
      before,
      setAt(before, '/decisions/0/medical/examiner', 'Dr Aarav Mehta') as Record<string, unknown>,
    );
    expect(result.cleared).toEqual([]);
    expect(result.record['decisions']).toEqual([
      { medical: { decision: 'required', rationale: 'Marks must be examined today.', examiner: 'Dr Aarav Mehta' } },
    ]);
  });

  it('clears nothing when list items are added, removed or moved', () => {
    const before = {
      children: [{ interpreterNeeded: 'no' }, { interpreterNeeded: 'yes', interpreterLanguage: 'Arabic' }],
    };
    expect(reconcileRecord(index, before, { children: [before.children[1]!, before.children[0]!] }).cleared).toEqual(
      [],
    );
    expect(reconcileRecord(index, before, { children: [before.children[1]!] }).cleared).toEqual([]);
  });

  it('creates the groups a shown question requires, so final errors name their fields', () => {
    expect(scaffoldGroup(index.root)).toEqual({
      meeting: { chair: {} },
      otherChildren: {},
      concerns: {},
      riskAnalysis: {},
      familySharing: {},
      signOff: {},
    });
    const before = { decisions: [{ medical: {} }] };
    const after = reconcileRecord(
      index,
      before,
      setAt(before, '/decisions/0/outcome', 's47-enquiry') as Record<string, unknown>,
    );
    expect(after.record['decisions']).toEqual([{ medical: {}, outcome: 's47-enquiry', s47: { seeChild: {} } }]);
    const joint = reconcileRecord(
      index,
      after.record,
      setAt(after.record, '/decisions/0/s47/enquiryType', 'joint') as Record<string, unknown>,
    );
    expect(joint.record['decisions']).toEqual([
      { medical: {}, outcome: 's47-enquiry', s47: { seeChild: {}, enquiryType: 'joint', criminalInvestigation: {} } },
    ]);
  });

  it('does not report an empty group it created as a cleared answer', () => {
    const before = { decisions: [{ medical: {}, outcome: 's47-enquiry', s47: { seeChild: {} } }] };
    const after = reconcileRecord(
      index,
      before,
      setAt(before, '/decisions/0/outcome', 'early-help') as Record<string, unknown>,
    );
    expect(after.cleared).toEqual([]);
    expect(after.record['decisions']).toEqual([{ medical: {}, outcome: 'early-help' }]);
  });
});
