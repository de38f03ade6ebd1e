import { describe, expect, it } from 'vitest';
import { intlAgreesWithRule, intlOffsetMinutes, SUMMER_TIME_RULE_YEARS } from './londonOffset.js';

describe('the British Summer Time rule', () => {
  const years = Array.from(
    { length: SUMMER_TIME_RULE_YEARS.last - SUMMER_TIME_RULE_YEARS.first + 1 },
    (_, i) => SUMMER_TIME_RULE_YEARS.first + i,
  );

  it('has a time zone database to be checked against on this machine', () => {
    expect(intlOffsetMinutes(Date.UTC(2026, 6, 1))).toBe(60);
  });

  it.each(years)('agrees with the time zone database in %i (a change in the law would fail here)', (year) => {
    expect(intlAgreesWithRule(year)).toBe(true);
  });
});
