import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../findings.js';
import { parseProfile } from '../../profiles/parseProfile.js';
import { completeRecord, completeRecordWith } from '../../testing/completeRecord.js';
import type { ValidateOptions } from '../../createValidateRecord.js';
import { validateRecord } from '../../validateRecord.js';

// The complete record is a joint Section 47 enquiry under the Lancashire procedure: serious harm,
// concerns at 09:20 on Tuesday 10 February 2026, discussion 13:30–14:40 that day, Zofia Wójcik to be
// seen by 15:30 and Kacper Żak by 17:15, ICPC on 27 February, written up at 18:05, circulated at 09:40
// the next morning. Every timescale of every bundled profile is met.
type Change = (record: StrategyDiscussionRecord) => void;
const TIMESCALE_RULES = new Set(['SD-TIM-1', 'SD-TIM-2', 'SD-TIM-3', 'SD-S47-4', 'SD-S47-7']);

const timescaleFindings = (
  record: StrategyDiscussionRecord,
  options: ValidateOptions = {},
): Pick<Finding, 'ruleId' | 'severity' | 'pointer'>[] =>
  validateRecord(record, { mode: 'final', ...options })
    .findings.filter((finding) => TIMESCALE_RULES.has(finding.ruleId))
    .map(({ ruleId, severity, pointer }) => ({ ruleId, severity, pointer }));

const heldOn =
  (startedAt: string, endedAt: string): Change =>
  (r) => {
    r.meeting!.startedAt = startedAt;
    r.meeting!.endedAt = endedAt;
  };
const seeZofiaBy =
  (byWhen: string): Change =>
  (r) =>
    void (r.decisions![0]!.s47!.seeChild!.byWhen = byWhen);
const both =
  (...changes: Change[]): Change =>
  (r) =>
    changes.forEach((change) => change(r));
const under =
  (profileId: string): Change =>
  (r) =>
    void (r.meeting!.profileId = profileId);
const excused =
  (timescale: NonNullable<StrategyDiscussionRecord['timescaleExceptions']>[number]['timescale']): Change =>
  (r) => {
    r.timescaleExceptions = [
      {
        timescale,
        reason: 'Police could not attend until the next morning (synthetic).',
        escalation: 'Escalated to the duty Detective Inspector, Siobhán Ó Briain, at 16:00.',
      },
    ];
  };

describe('the timescale rules', () => {
  it('find nothing wrong with the complete record under any bundled profile', () => {
    for (const profile of [
      'national-default',
      'lancashire',
      'convening-a-strategy-meeting',
      'strategy-meetings-two-working-days',
      'practitioner-guide',
      'halton-pan-cheshire',
    ]) {
      expect(timescaleFindings(completeRecordWith(under(profile)))).toEqual([]);
    }
  });

  it.each<[string, Change, Pick<Finding, 'ruleId' | 'severity' | 'pointer'>[]]>([
    [
      'serious harm, held the next day',
      heldOn('2026-02-11T10:00:00Z', '2026-02-11T11:00:00Z'),
      [
        { ruleId: 'SD-TIM-1', severity: 'error', pointer: '/meeting/startedAt' },
        // 24 hours from the end of the discussion, Zofia's 15:30 the day before is still in time.
      ],
    ],
    [
      'serious harm, held the next day, breach explained and escalated',
      both(heldOn('2026-02-11T10:00:00Z', '2026-02-11T11:00:00Z'), excused('strategy-discussion')),
      [{ ruleId: 'SD-TIM-1', severity: 'warning', pointer: '/meeting/startedAt' }],
    ],
    [
      'a child seen 27 hours after the decision',
      seeZofiaBy('2026-02-11T17:40:00Z'),
      [{ ruleId: 'SD-S47-4', severity: 'error', pointer: '/decisions/0/s47/seeChild/byWhen' }],
    ],
    [
      'a child seen 27 hours after the decision, with a reason and escalation',
      both(seeZofiaBy('2026-02-11T17:40:00Z'), excused('child-seen')),
      [{ ruleId: 'SD-S47-4', severity: 'warning', pointer: '/decisions/0/s47/seeChild/byWhen' }],
    ],
    [
      'a reason recorded for another timescale does not excuse this one',
      both(seeZofiaBy('2026-02-11T17:40:00Z'), excused('icpc')),
      [{ ruleId: 'SD-S47-4', severity: 'error', pointer: '/decisions/0/s47/seeChild/byWhen' }],
    ],
    [
      'a blank escalation does not excuse',
      both(seeZofiaBy('2026-02-11T17:40:00Z'), (r) => {
        r.timescaleExceptions = [
          { timescale: 'child-seen', reason: 'Child in hospital overnight (synthetic).', escalation: '  ' },
        ];
      }),
      [{ ruleId: 'SD-S47-4', severity: 'error', pointer: '/decisions/0/s47/seeChild/byWhen' }],
    ],
    [
      'an ICPC after 15 working days',
      (r) => void (r.icpc!.targetDate = '2026-03-04'),
      [{ ruleId: 'SD-S47-7', severity: 'error', pointer: '/icpc/targetDate' }],
    ],
    // Regression D8: SD-S47-7 is lowered to a warning by a recorded reason and escalation, as its summary now says.
    [
      'an ICPC after 15 working days with a reason but a blank escalation',
      both(
        (r) => void (r.icpc!.targetDate = '2026-03-04'),
        (r) => {
          r.timescaleExceptions = [
            { timescale: 'icpc', reason: 'Conference chair on leave (synthetic).', escalation: '' },
          ];
        },
      ),
      [{ ruleId: 'SD-S47-7', severity: 'error', pointer: '/icpc/targetDate' }],
    ],
    [
      'an ICPC after 15 working days with the reason and escalation recorded',
      both((r) => void (r.icpc!.targetDate = '2026-03-04'), excused('icpc')),
      [{ ruleId: 'SD-S47-7', severity: 'warning', pointer: '/icpc/targetDate' }],
    ],
    ['an ICPC on the 15th working day', (r) => void (r.icpc!.targetDate = '2026-03-03'), []],
    // Regression D3 (silent skips): a timescale that cannot be checked says so, as a warning.
    [
      'an ICPC counted from another record (the profile counts from the discussion that started the enquiry)',
      both(
        (r) => void (r.icpc!.targetDate = '2026-03-04'),
        (r) => void (r.icpc!.anchorRecordId = 'SD-2026-000122'),
      ),
      [{ ruleId: 'SD-S47-7', severity: 'warning', pointer: '/icpc/anchorRecordId' }],
    ],
    [
      'concerns identified in 1999, before the bank holiday table starts',
      both(
        (r) => void (r.meeting!.urgency = 'standard'),
        (r) => void (r.meeting!.concernsIdentifiedAt = '1999-12-30T10:00:00Z'),
      ),
      [{ ruleId: 'SD-TIM-1', severity: 'warning', pointer: '/meeting/concernsIdentifiedAt' }],
    ],
    [
      'a discussion started with a 12-digit fraction of a second, a day late, is still checked',
      heldOn('2026-02-11T10:00:00.123456789012Z', '2026-02-11T11:00:00.123456789012Z'),
      [{ ruleId: 'SD-TIM-1', severity: 'error', pointer: '/meeting/startedAt' }],
    ],
    // Regression D9: an unborn baby cannot be seen, so the child-seen limit does not apply to one.
    [
      'an unborn baby "to be seen" 27 hours after the decision',
      both(seeZofiaBy('2026-02-11T17:40:00Z'), (r) => {
        const zofia = r.children![0]!;
        zofia.unborn = true;
        zofia.expectedDeliveryDate = '2026-06-01';
        delete zofia.dateOfBirth;
      }),
      [],
    ],
    [
      'written up 25 hours after the discussion',
      (r) => void (r.signOff!.writtenUpAt = '2026-02-11T15:40:00Z'),
      [{ ruleId: 'SD-TIM-2', severity: 'warning', pointer: '/signOff/writtenUpAt' }],
    ],
    [
      'circulated 25 hours after the discussion',
      (r) => void (r.circulation!.circulatedAt = '2026-02-11T15:40:00Z'),
      [{ ruleId: 'SD-TIM-3', severity: 'warning', pointer: '/circulation/circulatedAt' }],
    ],
    [
      'no Section 47 enquiry: no child-seen or ICPC limit applies',
      both(seeZofiaBy('2026-02-20T17:40:00Z'), (r) => {
        for (const decision of r.decisions!) {
          decision.outcome = 's17-assessment';
          delete decision.s47;
        }
        r.icpc!.targetDate = '2026-06-01';
      }),
      [],
    ],
  ])('under Lancashire: %s', (_, change, expected) => {
    expect(timescaleFindings(completeRecordWith(change))).toEqual(expected);
  });

  it('change outcome with the profile alone: a child seen 27 hours after the decision fails Lancashire and passes the national default', () => {
    const lancashire = completeRecordWith(seeZofiaBy('2026-02-11T17:40:00Z'));
    const national = completeRecordWith(both(seeZofiaBy('2026-02-11T17:40:00Z'), under('national-default')));
    const failed = validateRecord(lancashire, { mode: 'final' });
    const passed = validateRecord(national, { mode: 'final' });
    expect([failed.valid, failed.profileId, failed.findings.map((finding) => finding.ruleId)]).toEqual([
      false,
      'lancashire',
      ['SD-S47-4'],
    ]);
    expect([passed.valid, passed.profileId, passed.findings]).toEqual([true, 'national-default', []]);
  });

  // Regression T3: this table used to drop every SD-TIM-1 finding outside Lancashire, because the
  // "checked against another profile" warning shared SD-TIM-1. It has its own id now (SD-TIM-PROFILE),
  // so nothing is filtered and the rows show where the profiles really differ.
  const PROFILES = [
    'lancashire',
    'national-default',
    'convening-a-strategy-meeting',
    'strategy-meetings-two-working-days',
    'practitioner-guide',
    'halton-pan-cheshire',
  ] as const;
  const heldOnFriday = (urgency: NonNullable<StrategyDiscussionRecord['meeting']>['urgency']): Change =>
    both(
      (r) => void (r.meeting!.urgency = urgency),
      heldOn('2026-02-13T10:00:00Z', '2026-02-13T11:00:00Z'),
      seeZofiaBy('2026-02-13T15:00:00Z'),
      (r) => void (r.decisions![1]!.s47!.seeChild!.byWhen = '2026-02-13T15:00:00Z'),
      (r) => void (r.signOff!.writtenUpAt = '2026-02-13T18:00:00Z'),
      (r) => void (r.circulation!.circulatedAt = '2026-02-13T19:00:00Z'),
    );
  const none = {
    lancashire: [],
    'national-default': [],
    'convening-a-strategy-meeting': [],
    'strategy-meetings-two-working-days': [],
    'practitioner-guide': [],
    'halton-pan-cheshire': [],
  };

  it.each<[string, string, Change, Record<(typeof PROFILES)[number], string[]>]>([
    [
      'circulation on the next working day',
      'circulated at 15:40 the next day',
      (r) => void (r.circulation!.circulatedAt = '2026-02-11T15:40:00Z'),
      { ...none, lancashire: ['SD-TIM-3'] },
    ],
    [
      'held 2 working days after the concerns',
      'all other concerns, held on Thursday',
      both(
        (r) => void (r.meeting!.urgency = 'standard'),
        heldOn('2026-02-12T10:00:00Z', '2026-02-12T11:00:00Z'),
        seeZofiaBy('2026-02-12T15:00:00Z'),
        (r) => void (r.decisions![1]!.s47!.seeChild!.byWhen = '2026-02-12T15:00:00Z'),
        (r) => void (r.signOff!.writtenUpAt = '2026-02-12T18:00:00Z'),
        (r) => void (r.circulation!.circulatedAt = '2026-02-13T09:00:00Z'),
      ),
      none,
    ],
    [
      'held 3 working days after the concerns',
      'all other concerns, concerns on Tuesday, held on Friday',
      heldOnFriday('standard'),
      {
        ...none,
        'strategy-meetings-two-working-days': ['SD-TIM-1'],
      },
    ],
    [
      'held 3 working days after an agency took immediate action',
      'concerns on Tuesday, held on Friday',
      heldOnFriday('immediate-action-taken'),
      {
        ...none,
        'convening-a-strategy-meeting': ['SD-TIM-1'],
        'strategy-meetings-two-working-days': ['SD-TIM-1'],
      },
    ],
    [
      'held 3 days after penetrative sexual abuse needing forensic evidence',
      'concerns on Tuesday, held on Friday',
      heldOnFriday('sexual-abuse-forensic'),
      {
        ...none,
        'convening-a-strategy-meeting': ['SD-TIM-1'],
        'strategy-meetings-two-working-days': ['SD-TIM-1'],
        'halton-pan-cheshire': ['SD-TIM-1'],
      },
    ],
  ])('the same record under every profile: %s (%s)', (_, __, change, expected) => {
    const outcomes = Object.fromEntries(
      PROFILES.map((profile) => [
        profile,
        timescaleFindings(completeRecordWith(change), { profile }).map((finding) => finding.ruleId),
      ]),
    );
    expect(outcomes).toEqual(expected);
  });

  // Regression D7 (wrong id): this warning was reported as SD-TIM-1, so dashboards counted a late
  // discussion that did not happen.
  it('takes the profile from the options before the one the record names, and says so under SD-TIM-PROFILE', () => {
    const report = validateRecord(completeRecord(), { mode: 'final', profile: 'practitioner-guide' });
    expect([
      report.profileId,
      report.findings.map(({ ruleId, severity, pointer, message }) => ({ ruleId, severity, pointer, message })),
    ]).toEqual([
      'practitioner-guide',
      [
        {
          ruleId: 'SD-TIM-PROFILE',
          severity: 'warning',
          pointer: '/meeting/profileId',
          message:
            'The record names the local procedure "lancashire"; its timescales were checked against the Practitioner Guidance for Strategy Discussions instead. The record\'s timescales should be checked against the local procedure it names.',
        },
      ],
    ]);
  });

  it('falls back to the national default when the record names a profile the toolkit does not have', () => {
    const report = validateRecord(completeRecordWith(under('wigan')), { mode: 'final' });
    expect([
      report.profileId,
      report.valid,
      report.findings.map((finding) => [finding.ruleId, finding.severity, finding.message.split(';')[0]]),
    ]).toEqual([
      'national-default',
      true,
      [
        [
          'SD-TIM-PROFILE',
          'warning',
          'The record names the local procedure "wigan", which is not one of the bundled profiles',
        ],
      ],
    ]);
  });

  it("applies a profile's severity override, and a recorded exception still lowers it to a warning", () => {
    const strict = parseProfile({
      id: 'synthetic-strict',
      name: 'Synthetic strict procedure',
      shortName: 'synthetic strict procedure',
      source: { document: 'Synthetic' },
      extends: 'lancashire',
      severity: { 'SD-TIM-3': 'error' },
    });
    if (!strict.ok) throw strict.error;
    const late = (r: StrategyDiscussionRecord) => void (r.circulation!.circulatedAt = '2026-02-11T15:40:00Z');
    expect(
      timescaleFindings(completeRecordWith(both(late, under('synthetic-strict'))), { profile: strict.profile }),
    ).toEqual([{ ruleId: 'SD-TIM-3', severity: 'error', pointer: '/circulation/circulatedAt' }]);
    expect(
      timescaleFindings(completeRecordWith(both(late, excused('circulation'), under('synthetic-strict'))), {
        profile: strict.profile,
      }),
    ).toEqual([{ ruleId: 'SD-TIM-3', severity: 'warning', pointer: '/circulation/circulatedAt' }]);
  });

  it('accepts a profile document in the options, once parseProfile has checked it', () => {
    const document = {
      id: 'synthetic-slow',
      name: 'Synthetic',
      shortName: 'synthetic procedure',
      source: { document: 'Synthetic' },
      urgency: { 'serious-harm': { workingDays: 2 } },
    };
    const heldNextDay = both(heldOn('2026-02-11T10:00:00Z', '2026-02-11T11:00:00Z'), under('synthetic-slow'));
    const parsed = parseProfile(document);
    if (!parsed.ok) throw parsed.error;
    expect(timescaleFindings(completeRecordWith(heldNextDay), { profile: parsed.profile })).toEqual([]);
    expect(
      timescaleFindings(completeRecordWith(heldNextDay), { profile: 'lancashire' }).map((finding) => finding.ruleId),
    ).toEqual(['SD-TIM-1']);
  });
});

describe('the messages', () => {
  const message = (record: StrategyDiscussionRecord, ruleId: string, options: ValidateOptions = {}) =>
    // A missing urgency is also reported by the schema at /meeting/urgency; these rows are about the rules' own messages.
    validateRecord(record, { mode: 'final', ...options }).findings.find(
      (finding) => finding.ruleId === ruleId && finding.pointer !== '/meeting/urgency',
    )?.message;
  const summaries = {
    tim1: 'The discussion must be held within the time the local procedure sets for its urgency, or the breach must be explained and escalated.',
  };

  it.each<[string, string, Change, ValidateOptions, string]>([
    [
      'SD-TIM-1',
      'a Friday afternoon referral of serious harm held on Monday',
      both(
        (r) => void (r.meeting!.concernsIdentifiedAt = '2026-03-13T16:30:00Z'),
        heldOn('2026-03-16T14:00:00Z', '2026-03-16T15:00:00Z'),
      ),
      {},
      `The concerns were identified on Friday 13 March 2026 at 16:30 and the discussion was held on Monday 16 March 2026 at 14:00; under the Lancashire procedure it was due by the end of Friday 13 March 2026 (same day for serious harm). ${summaries.tim1}`,
    ],
    [
      'SD-TIM-1',
      'a standard concern under Lancashire, which follows the national default',
      both(
        (r) => void (r.meeting!.urgency = 'standard'),
        (r) => void (r.meeting!.concernsIdentifiedAt = '2026-04-02T15:40:00+01:00'),
        heldOn('2026-04-10T10:00:00+01:00', '2026-04-10T11:00:00+01:00'),
      ),
      {},
      `The concerns were identified on Thursday 2 April 2026 at 15:40 and the discussion was held on Friday 10 April 2026 at 10:00; under the national default (Working Together), which the Lancashire procedure follows here, it was due by the end of Thursday 9 April 2026 (3 working days for all other concerns). ${summaries.tim1}`,
    ],
    [
      'SD-TIM-1',
      'no urgency recorded, under Halton',
      both(
        (r) => delete r.meeting!.urgency,
        (r) => void (r.meeting!.concernsIdentifiedAt = '2026-02-05T10:00:00Z'),
        under('halton-pan-cheshire'),
      ),
      {},
      `The concerns were identified on Thursday 5 February 2026 at 10:00 and the discussion was held on Tuesday 10 February 2026 at 13:30; under the Halton procedure it was due by the end of Sunday 8 February 2026 (3 calendar days for all other concerns; no urgency was recorded). ${summaries.tim1}`,
    ],
    [
      'SD-S47-4',
      'a child seen 27 hours after the decision',
      seeZofiaBy('2026-02-11T17:40:00Z'),
      {},
      'Zofia Wójcik is to be seen by Wednesday 11 February 2026 at 17:40; under the Lancashire procedure the child must be seen by 14:40 on Wednesday 11 February 2026 (24 hours after the Section 47 decision, taken as the end of the discussion on Tuesday 10 February 2026 at 14:40). The child must be seen within the time the local procedure allows after the Section 47 decision.',
    ],
    [
      'SD-S47-4',
      'with the reason and escalation recorded',
      both(seeZofiaBy('2026-02-11T17:40:00Z'), excused('child-seen')),
      {},
      'Zofia Wójcik is to be seen by Wednesday 11 February 2026 at 17:40; under the Lancashire procedure the child must be seen by 14:40 on Wednesday 11 February 2026 (24 hours after the Section 47 decision, taken as the end of the discussion on Tuesday 10 February 2026 at 14:40). The missed timescale is recorded with its reason and escalation, so this is a warning rather than an error. The child must be seen within the time the local procedure allows after the Section 47 decision.',
    ],
    [
      'SD-S47-7',
      'an ICPC a day late',
      (r) => void (r.icpc!.targetDate = '2026-03-04'),
      {},
      'The initial child protection conference is planned for Wednesday 4 March 2026; under the national default (Working Together), which the Lancashire procedure follows here, it is due by the end of Tuesday 3 March 2026 (15 working days after the strategy discussion at which the Section 47 enquiry was decided, held on Tuesday 10 February 2026). The initial child protection conference must be held within the time the local procedure sets (15 working days under Working Together); a later date is a warning rather than an error only when the reason and the escalation are recorded.',
    ],
    [
      'SD-TIM-2',
      'written up late on the night the clocks go back',
      both(
        heldOn('2026-10-24T13:00:00+01:00', '2026-10-24T14:00:00+01:00'),
        (r) => void (r.meeting!.concernsIdentifiedAt = '2026-10-24T09:00:00+01:00'),
        (r) => void (r.signOff!.writtenUpAt = '2026-10-25T13:30:00Z'),
      ),
      {},
      'The record was written up on Sunday 25 October 2026 at 13:30; under the Lancashire procedure it was due by 13:00 on Sunday 25 October 2026 (24 hours after the discussion ended on Saturday 24 October 2026 at 14:00). The record should be written up within the time the local procedure sets (24 hours in Lancashire).',
    ],
    [
      'SD-TIM-3',
      'circulated after the next working day',
      (r) => void (r.circulation!.circulatedAt = '2026-02-12T09:00:00Z'),
      { profile: 'practitioner-guide' },
      'The minutes were circulated on Thursday 12 February 2026 at 09:00; under the Practitioner Guidance for Strategy Discussions they were due by the end of Wednesday 11 February 2026 (1 working day after the discussion ended on Tuesday 10 February 2026 at 14:40). The minutes should be circulated within the time the local procedure sets (one working day under Working Together).',
    ],
  ])('%s: %s', (ruleId, _, change, options, expected) => {
    expect(message(completeRecordWith(change), ruleId, options)).toEqual(expected);
  });
});

describe('a timescale that cannot be checked (regression D3)', () => {
  // Issue 16: 24:59 at +01:00 passed ajv-formats' date-time check (its leap-second branch) and reached
  // the timescale rules as a time no clock shows; RFC 3339 has no hour 24, and the schema refuses it.
  it.each(['/circulation/circulatedAt', '/decisions/0/s47/seeChild/byWhen'])(
    'a time no clock shows (24:59 at +01:00) at %s is refused as SD-STR-FORMAT, not read by a timescale',
    (pointer) => {
      const record = completeRecordWith((r) => {
        if (pointer === '/circulation/circulatedAt') r.circulation!.circulatedAt = '2026-02-11T24:59:00+01:00';
        else r.decisions![0]!.s47!.seeChild!.byWhen = '2026-02-10T24:59:00+01:00';
      });
      const report = validateRecord(record, { mode: 'final' });
      expect(
        report.findings.filter((f) => f.severity === 'error').map(({ ruleId, pointer }) => ({ ruleId, pointer })),
      ).toEqual([{ ruleId: 'SD-STR-FORMAT', pointer }]);
      expect(timescaleFindings(record)).toEqual([]);
    },
  );

  it.each<[string, Change, string]>([
    [
      'SD-TIM-1',
      both(
        (r) => void (r.meeting!.urgency = 'standard'),
        (r) => void (r.meeting!.concernsIdentifiedAt = '1999-12-30T10:00:00Z'),
      ),
      'The timescale "Strategy discussion held" could not be checked, so check it by hand: the deadline cannot be worked out (1999-12-30 is outside 2000-01-01 to 2100-12-31, the dates whose bank holidays are known).',
    ],
    [
      'SD-S47-7',
      (r) => void (r.icpc!.anchorRecordId = 'SD-2026-000122'),
      'The timescale "Initial child protection conference" could not be checked, so check it by hand: it is counted from the strategy discussion at which the Section 47 enquiry was decided, which is recorded in "SD-2026-000122", not in this record.',
    ],
  ])('%s says why, as a warning that leaves the record valid', (ruleId, change, expected) => {
    const report = validateRecord(completeRecordWith(change), { mode: 'final' });
    const findings = report.findings.filter((finding) => finding.ruleId === ruleId);
    expect(
      findings.map(({ severity, message }) => ({ severity, message: message.slice(0, expected.length) }))[0],
    ).toEqual({ severity: 'warning', message: expected });
    expect(report.valid).toBe(true);
  });

  it('stays a warning when the profile makes the rule an error: not knowing is not a breach', () => {
    const strict = parseProfile({
      id: 'synthetic-strict',
      name: 'Synthetic strict procedure',
      shortName: 'synthetic strict procedure',
      source: { document: 'Synthetic' },
      extends: 'lancashire',
      severity: { 'SD-S47-7': 'error' },
    });
    if (!strict.ok) throw strict.error;
    // An ICPC counted from another record cannot be checked here (a time no clock shows, the case this
    // test used before issue 16, is now refused by the schema).
    const lateUnreadable = both(
      (r) => void (r.icpc!.targetDate = '2026-03-04'),
      (r) => void (r.icpc!.anchorRecordId = 'SD-2026-000122'),
      under('synthetic-strict'),
    );
    expect(timescaleFindings(completeRecordWith(lateUnreadable), { profile: strict.profile })).toEqual([
      { ruleId: 'SD-S47-7', severity: 'warning', pointer: '/icpc/anchorRecordId' },
    ]);
  });
});

describe('the deadlines in the report', () => {
  it('lists every deadline computed under the profile, with the recorded date and whether it was met', () => {
    expect(validateRecord(completeRecord(), { mode: 'final' }).deadlines).toEqual([
      {
        key: 'strategy-discussion',
        label: 'Strategy discussion held',
        due: '2026-02-10',
        pointer: '/meeting/startedAt',
        actual: '2026-02-10T13:30:00Z',
        met: true,
      },
      {
        key: 'child-seen',
        label: 'Child seen after the Section 47 decision: Zofia Wójcik',
        due: '2026-02-11T14:40:00+00:00',
        pointer: '/decisions/0/s47/seeChild/byWhen',
        actual: '2026-02-10T15:30:00Z',
        met: true,
      },
      {
        key: 'child-seen',
        label: 'Child seen after the Section 47 decision: Kacper Żak',
        due: '2026-02-11T14:40:00+00:00',
        pointer: '/decisions/1/s47/seeChild/byWhen',
        actual: '2026-02-10T17:15:00Z',
        met: true,
      },
      {
        key: 'icpc',
        label: 'Initial child protection conference',
        due: '2026-03-03',
        pointer: '/icpc/targetDate',
        actual: '2026-02-27',
        met: true,
      },
      {
        key: 'write-up',
        label: 'Minutes written up',
        due: '2026-02-11T14:40:00+00:00',
        pointer: '/signOff/writtenUpAt',
        actual: '2026-02-10T18:05:00Z',
        met: true,
      },
      {
        key: 'circulation',
        label: 'Minutes circulated',
        due: '2026-02-11T14:40:00+00:00',
        pointer: '/circulation/circulatedAt',
        actual: '2026-02-11T09:40:00Z',
        met: true,
      },
    ]);
  });

  it('leaves out timescales the profile does not limit', () => {
    expect(
      validateRecord(completeRecord(), { mode: 'final', profile: 'national-default' }).deadlines.map((deadline) => [
        deadline.key,
        deadline.due,
      ]),
    ).toEqual([
      ['strategy-discussion', '2026-02-10'],
      ['icpc', '2026-03-03'],
      ['circulation', '2026-02-11'],
    ]);
  });

  it('computes none in draft mode, where only what is present is checked', () => {
    expect(validateRecord(completeRecord(), { mode: 'draft' }).deadlines).toEqual([]);
  });
});
