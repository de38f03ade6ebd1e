import { describe, expect, it } from 'vitest';
import { completeRecordWith } from './testing/completeRecord.js';
import { VALIDATE_RECORD_VARIANTS } from './testing/variants.js';

/** [rule id, pointer, what is wrong, a change to the complete record]: structural problems, reported in both modes. */
const STRUCTURAL: readonly [string, string, string, (r: Record<string, any>) => void][] = [
  ['SD-STR-TYPE', '/children/0/fullName', 'a number where text belongs', (r) => void (r.children[0].fullName = 42)],
  ['SD-STR-TYPE', '/actions', 'an object where a list belongs', (r) => void (r.actions = { first: 'x' })],
  ['SD-STR-TYPE', '/children/0/unborn', 'text where yes/no belongs', (r) => void (r.children[0].unborn = 'no')],
  [
    'SD-STR-ENUM',
    '/decisions/0/outcome',
    'an outcome that is not an option',
    (r) => void (r.decisions[0].outcome = 'section-47'),
  ],
  [
    'SD-STR-VERSION',
    '/schemaVersion',
    'a schema version this toolkit does not read',
    (r) => void (r.schemaVersion = '2.0'),
  ],
  [
    'SD-STR-FORMAT',
    '/meeting/startedAt',
    'a time without its UTC offset',
    (r) => void (r.meeting.startedAt = '2026-02-10T13:30:00'),
  ],
  [
    'SD-STR-FORMAT',
    '/children/0/dateOfBirth',
    'an impossible date',
    (r) => void (r.children[0].dateOfBirth = '2018-02-30'),
  ],
  ['SD-STR-FORMAT', '/actions/0/dueBy', 'a due date in words', (r) => void (r.actions[0].dueBy = 'next Tuesday')],
  [
    'SD-STR-FORMAT',
    '/attendees/0/email',
    'an email address with no domain',
    (r) => void (r.attendees[0].email = 'siobhan@'),
  ],
  ['SD-STR-UNKNOWN', '/meeting/venue', 'a field the schema does not have', (r) => void (r.meeting.venue = 'Room 4')],
  [
    'SD-STR-UNKNOWN',
    '/__proto__',
    'a __proto__ key',
    (r) => void Object.defineProperty(r, '__proto__', { value: { polluted: true }, enumerable: true }),
  ],
  [
    'SD-STR-LENGTH',
    '/concerns/reason',
    'text longer than the field allows',
    (r) => void (r.concerns.reason = 'x'.repeat(20_001)),
  ],
  [
    'SD-STR-ITEMS',
    '/concerns/categories',
    'the same category twice',
    (r) => void (r.concerns.categories = ['physical', 'physical']),
  ],
  ['SD-STR-ID', '/children/0/id', 'a reference with a space in it', (r) => void (r.children[0].id = 'child one')],
  [
    'SD-STR-REF',
    '/decisions/0/childId',
    'a decision for a child who is not in the record',
    (r) => void (r.decisions[0].childId = 'nobody'),
  ],
  [
    'SD-STR-DUPLICATE',
    '/attendees/1/id',
    'two invitees with one reference',
    (r) => void (r.attendees[1].id = r.attendees[0].id),
  ],
];

/**
 * [pointer, what is missing, change]: fields a final record needs that no catalogue rule names are
 * SD-STR-REQUIRED, never a rule whose message would be about something else (review finding D6).
 */
const REQUIRED_WITHOUT_A_RULE: readonly [string, string, (r: Record<string, any>) => void][] = [
  [
    '/meeting/previousRecordId',
    'a reconvened discussion with no earlier record',
    (r) => void (r.meeting.sequence = 'reconvened'),
  ],
  [
    '/attendees/4/agency/healthRole',
    'a health invitee with no health role',
    (r) => void delete r.attendees[4].agency.healthRole,
  ],
  ['/attendees/0/id', 'an invitee with no reference', (r) => void delete r.attendees[0].id],
  ['/attendees/0/attendance', 'an invitee with no attendance', (r) => void delete r.attendees[0].attendance],
  [
    '/informationShared/0/agency/type',
    "an information entry's agency with no type",
    (r) => void delete r.informationShared[0].agency.type,
  ],
  [
    '/riskAnalysis/dissentEscalation',
    'a disagreement with no escalation',
    (r) => void (r.riskAnalysis.dissent = 'The school disagreed with the threshold.'),
  ],
  [
    '/circulation/recipients/0/agency',
    'a recipient with no agency',
    (r) => void delete r.circulation.recipients[0].agency,
  ],
];

describe.each(VALIDATE_RECORD_VARIANTS)('%s', (_variant, validateRecord) => {
  describe('structural findings', () => {
    it.each(STRUCTURAL)('%s at %s for %s', (ruleId, pointer, _what, change) => {
      for (const mode of ['draft', 'final'] as const) {
        const report = validateRecord(completeRecordWith(change as never), { mode });
        expect(report.findings.map((f) => [f.ruleId, f.pointer])).toContainEqual([ruleId, pointer]);
        expect(report.valid).toBe(mode === 'draft' && (ruleId === 'SD-STR-REF' || ruleId === 'SD-STR-DUPLICATE'));
      }
    });

    it.each(REQUIRED_WITHOUT_A_RULE)(
      'reports %s (%s) as SD-STR-REQUIRED in final mode only',
      (pointer, _what, change) => {
        const final = validateRecord(completeRecordWith(change as never), { mode: 'final' });
        expect(final.findings.filter((f) => f.pointer === pointer).map((f) => f.ruleId)).toEqual(['SD-STR-REQUIRED']);
        expect(
          validateRecord(completeRecordWith(change as never), { mode: 'draft' }).findings.filter(
            (f) => f.severity === 'error',
          ),
        ).toEqual([]);
      },
    );

    it('never echoes a huge value in full into a message', () => {
      const report = validateRecord(
        completeRecordWith((r) => void (r.decisions![0]!.outcome = 'y'.repeat(100_000) as never)),
        { mode: 'draft' },
      );
      const finding = report.findings.find((f) => f.ruleId === 'SD-STR-ENUM');
      expect(finding?.message.length).toBeLessThan(400);
    });

    it('holds back the cross-part rules until the structure is fixed, and says so', () => {
      const report = validateRecord(
        completeRecordWith((r) => void (r.attendees = 'everyone' as never)),
        { mode: 'final' },
      );
      expect(report.findings.map((f) => f.ruleId)).toEqual(['SD-STR-SKIPPED', 'SD-STR-TYPE']);
    });
  });
});
