import { parseProfile } from '../../profiles/parseProfile.js';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { describe, expect, it } from 'vitest';
import childSeenLate from '../../../../../schemas/examples/incomplete/child-seen-later-than-24-hours.json' with {
  type: 'json',
};
import heldLate from '../../../../../schemas/examples/incomplete/held-late-without-escalation.json' with {
  type: 'json',
};
import icpcLate from '../../../../../schemas/examples/incomplete/icpc-later-than-15-working-days.json' with {
  type: 'json',
};
import easter from '../../../../../schemas/examples/final/easter-bank-holiday-two-working-days.json' with {
  type: 'json',
};
import preBirth from '../../../../../schemas/examples/final/pre-birth-unborn-baby.json' with { type: 'json' };
import { validateRecord } from '../../validateRecord.js';

const TIMESCALE_RULES = new Set(['SD-TIM-1', 'SD-TIM-2', 'SD-TIM-3', 'SD-S47-4', 'SD-S47-7']);
const timescaleRuleIds = (record: unknown, profile?: string) =>
  validateRecord(record, { mode: 'final', ...(profile === undefined ? {} : { profile }) })
    .findings.filter((finding) => TIMESCALE_RULES.has(finding.ruleId))
    .map((finding) => `${finding.ruleId} ${finding.severity} ${finding.pointer}`);

describe('the example records', () => {
  it.each<[string, unknown, string | undefined, string[]]>([
    [
      'a child seen later than 24 hours (Lancashire)',
      childSeenLate,
      undefined,
      ['SD-S47-4 error /decisions/0/s47/seeChild/byWhen'],
    ],
    ['the same record under the national default', childSeenLate, 'national-default', []],
    ['held a week after the concerns (practitioner guide)', heldLate, undefined, ['SD-TIM-1 error /meeting/startedAt']],
    ['an ICPC later than 15 working days (convening)', icpcLate, undefined, ['SD-S47-7 error /icpc/targetDate']],
    ['only in time because Good Friday and Easter Monday are not working days', easter, undefined, []],
    // Regression D9: the mother is seen about an unborn baby 2 days after the decision; the baby cannot be "seen".
    [
      'a pre-birth discussion under Lancashire, whose 24-hour limit is for a child who can be seen',
      preBirth,
      'lancashire',
      [],
    ],
  ])('%s', (_, record, profile, expected) => {
    expect(timescaleRuleIds(record as StrategyDiscussionRecord, profile)).toEqual(expected);
  });

  it('the Easter record would be late if Easter Monday were a working day', () => {
    const withoutEaster = {
      id: 'synthetic-no-easter-monday',
      name: 'Synthetic: Easter Monday removed',
      shortName: 'synthetic procedure',
      source: { document: 'Synthetic' },
      extends: 'strategy-meetings-two-working-days',
      holidays: { remove: [{ date: '2026-04-06', reason: 'Synthetic test of an override' }] },
    };
    expect(timescaleRuleIds(easter, undefined)).toEqual([]);
    const parsed = parseProfile(withoutEaster);
    if (!parsed.ok) throw parsed.error;
    expect(
      validateRecord(easter, { mode: 'final', profile: parsed.profile })
        .findings.filter((f) => f.ruleId === 'SD-TIM-1' && f.pointer === '/meeting/startedAt')
        .map((f) => f.severity),
    ).toEqual(['error']);
  });
});
