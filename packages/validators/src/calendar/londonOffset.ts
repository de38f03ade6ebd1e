import { dayNumberFromCivil, utcDayNumberOfInstant, civilFromDayNumber, weekdayOfDayNumber, UTC_DAY_MS } from './civilDate.js';

/**
 * The UTC offset of Europe/London, in minutes (0 for GMT, 60 for BST), at an instant.
 *
 * Since 1996 British Summer Time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
 * last Sunday of October. Computing that rule is exact and allocation-free, but law can change, so
 * each year's rule is checked once against the host's time zone database (`Intl.DateTimeFormat` with
 * `timeZone: 'Europe/London'`) the first time the year is used. A year where they disagree (a future
 * change in the law, or a year before 1996) is answered by `Intl` on every call instead: slower, still
 * right. Without `Intl` time zone support the rule is used as is.
 */
export function londonOffsetMinutes(epochMs: number): number {
  const year = civilFromDayNumber(utcDayNumberOfInstant(epochMs)).year;
  const rule = summerTimeRule(year);
  if (rule === undefined) return intlOffsetMinutes(epochMs) ?? 0;
  return epochMs >= rule.startMs && epochMs < rule.endMs ? 60 : 0;
}

interface SummerTime {
  readonly startMs: number;
  readonly endMs: number;
}

/** `null` marks a year the rule does not describe. */
const rules = new Map<number, SummerTime | null>();

function summerTimeRule(year: number): SummerTime | undefined {
  let rule = rules.get(year);
  if (rule === undefined) {
    const candidate = { startMs: lastSundayAt0100Utc(year, 3), endMs: lastSundayAt0100Utc(year, 10) };
    rule = intlAgrees(year, candidate) ? candidate : null;
    rules.set(year, rule);
  }
  return rule ?? undefined;
}

function lastSundayAt0100Utc(year: number, month: number): number {
  const lastDay = dayNumberFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1;
  return (lastDay - weekdayOfDayNumber(lastDay)) * UTC_DAY_MS + 3_600_000;
}

function intlAgrees(year: number, rule: SummerTime): boolean {
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
  for (const part of formatter.formatToParts(epochMs)) if (part.type !== 'literal') fields[part.type] = Number(part.value);
  const { year, month, day, hour, minute, second } = fields;
  if (year === undefined || month === undefined || day === undefined || hour === undefined || minute === undefined || second === undefined) {
    return undefined;
  }
  const wallClockAsUtc = dayNumberFromCivil(year, month, day) * UTC_DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000;
  return Math.round((wallClockAsUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
}
