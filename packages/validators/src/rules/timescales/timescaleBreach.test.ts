import { describe, expect, it } from 'vitest';
import { bundledProfiles } from '../../profiles/bundledProfiles.js';
import { resolveProfile } from '../../profiles/resolveProfile.js';
import { completeRecord } from '../../testing/completeRecord.js';
import { indexRecord } from '../recordIndex.js';
import type { RuleContext } from '../types.js';
import { timescaleProfile } from './timescaleBreach.js';
import { timescaleRules } from './timescaleRules.js';

const contextWith = (profile: unknown): RuleContext => {
  const record = completeRecord();
  // Deliberately wrong at run time (a caller bypassing the types), so the cast.
  return {
    mode: 'final',
    record,
    index: indexRecord(record),
    profile: profile as RuleContext['profile'],
    addDeadline: () => undefined,
  };
};

// Regression Q2 (loose typing): a context without a resolved profile was checked against the national
// default in silence. validateRecord always passes a resolved profile; anything else is a bug to show.
describe('timescaleProfile', () => {
  it('returns the resolved profile the context carries', () => {
    const lancashire = resolveProfile('lancashire');
    if (!lancashire.ok) throw lancashire.error;
    expect(timescaleProfile(contextWith(lancashire.profile))).toBe(lancashire.profile);
  });

  it.each<[string, unknown]>([
    ['no profile', undefined],
    ['a profile id', 'lancashire'],
    ['an unresolved profile document', bundledProfiles.lancashire],
    ['a copy of a resolved profile', { ...(resolveProfile('lancashire') as { profile: object }).profile }],
  ])('throws a clear error, never falls back to the national default, given %s', (_, profile) => {
    expect(() => timescaleProfile(contextWith(profile))).toThrow(
      new TypeError(
        'the timescale rules need a resolved local procedure profile (from resolveProfile or parseProfile) in RuleContext.profile',
      ),
    );
  });

  it.each(timescaleRules.map((rule) => [rule.id, rule] as const))(
    '%s throws rather than check against a profile nobody chose',
    (_, rule) => {
      expect(() => rule.check(contextWith(undefined))).toThrow(TypeError);
    },
  );
});
