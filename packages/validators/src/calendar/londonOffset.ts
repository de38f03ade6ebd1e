import {
  dayNumberFromCivil,
  utcDayNumberOfInstant,
  civilFromDayNumber,
  weekdayOfDayNumber,
  UTC_DAY_MS,
} from './civilDate.js';

/**
 * The UTC offset of Europe/London, in minutes (0 for GMT, 60 for BST), at an instant.
 *
 * Since 1996 British Summer Time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
 * last Sunday of October. For the years of {@link SUMMER_TIME_RULE_YEARS} that rule is computed
 * directly: exact, allocation-free, and it costs no time-zone database at start-up (the first use of
 * `Intl.DateTimeFormat` with a time zone took about 12 ms of a cold start). A test checks the rule
 * against the host's time zone database (`Intl`) for every one of those years, so a change in the law
 * that reaches the database fails CI rather than passing unnoticed. Outside those years `Intl` answers.
 * Without `Intl` time zone support the rule is used as is.
 */
export function londonOffsetMinutes(epochMs: number): number {
  const year = civilFromDayNumber(utcDayNumberOfInstant(epochMs)).year;
  if (year < SUMMER_TIME_RULE_YEARS.first || year > SUMMER_TIME_RULE_YEARS.last) {
    return intlOffsetMinutes(epochMs) ?? ruleOffsetMinutes(year, epochMs);
  }
  return ruleOffsetMinutes(year, epochMs);
}

/** The years the summer-time rule is used for without asking the time zone database. */
export const SUMMER_TIME_RULE_YEARS = { first: 1996, last: 2100 } as const;

function ruleOffsetMinutes(year: number, epochMs: number): number {
  const rule = summerTimeRule(year);
  return epochMs >= rule.startMs && epochMs < rule.endMs ? 60 : 0;
}

export interface SummerTime {
  readonly startMs: number;
  readonly endMs: number;
}

const rules = new Map<number, SummerTime>();

/** The summer-time period of a year under the rule in force since 1996 (memoised per year). */
function summerTimeRule(year: number): SummerTime {
  let rule = rules.get(year);
  if (rule === undefined) {
    rule = { startMs: lastSundayAt0100Utc(year, 3), endMs: lastSundayAt0100Utc(year, 10) };
    rules.set(year, rule);
  }
  return rule;
}

function lastSundayAt0100Utc(year: number, month: number): number {
  const lastDay = dayNumberFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1;
  return (lastDay - weekdayOfDayNumber(lastDay)) * UTC_DAY_MS + 3_600_000;
}

/**
 * Whether the host's time zone database agrees with the rule for a year, at the edges of summer time
 * and mid-winter and mid-summer. Used by the tests; `true` when the host has no time zone data.
 */
export function intlAgreesWithRule(year: number, rule: SummerTime = summerTimeRule(year)): boolean {
  const probes: readonly [number, number][] = [
    [dayNumberFromCivil(year, 1, 1) * UTC_DAY_MS + 43_200_000, 0],
    [rule.startMs - 1000, 0],
    [rule.startMs, 60],
    [dayNumberFromCivil(year, 7, 1) * UTC_DAY_MS, 60],
    [rule.endMs - 1000, 60],
    [rule.endMs, 0],
    [dayNumberFromCivil(year, 12, 31) * UTC_DAY_MS + 43_200_000, 0],
  ];
  for (const [at, expected] of probes) {
    const actual = intlOffsetMinutes(at);
    if (actual === undefined) return true;
    if (actual !== expected) return false;
  }
  return true;
}

let formatter: Intl.DateTimeFormat | null | undefined;

/** Europe/London's offset at an instant according to the host's time zone database, if it has one. */
export function intlOffsetMinutes(epochMs: number): number | undefined {
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/London',
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      formatter = null;
    }
  }
  if (formatter === null) return undefined;
  const fields: Record<string, number> = {};
  for (const part of formatter.formatToParts(epochMs))
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  const { year, month, day, hour, minute, second } = fields;
  if (
    year === undefined ||
    month === undefined ||
    day === undefined ||
    hour === undefined ||
    minute === undefined ||
    second === undefined
  ) {
    return undefined;
  }
  const wallClockAsUtc =
    dayNumberFromCivil(year, month, day) * UTC_DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000;
  return Math.round((wallClockAsUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
}
