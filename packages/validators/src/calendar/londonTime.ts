import { dayNumberFromIsoDate, isoDateFromDayNumber, utcDayNumberOfInstant, UTC_DAY_MS } from './civilDate.js';
import { londonOffsetMinutes } from './londonOffset.js';
import { parseInstant } from './parseInstant.js';

/** A moment as a clock on a wall in London shows it. */
export interface LondonWallClock {
  /** The London calendar date, `YYYY-MM-DD`. */
  readonly date: string;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** 0 in winter (GMT), 60 in summer (BST). */
  readonly offsetMinutes: number;
}

const toEpochMs = (instant: string | number): number | undefined =>
  typeof instant === 'number' ? (Number.isFinite(instant) ? instant : undefined) : parseInstant(instant);

/**
 * The London day number of an instant given in epoch milliseconds. `2026-06-30T23:30:00Z` is 00:30 BST
 * on 1 July, so its London day is 1 July, whatever the UTC date says.
 */
export function londonDayNumberOfInstant(epochMs: number): number {
  return utcDayNumberOfInstant(epochMs + londonOffsetMinutes(epochMs) * 60_000);
}

/**
 * The London calendar date (`YYYY-MM-DD`) of an instant: an RFC 3339 date-time with its offset, or epoch
 * milliseconds. `undefined` when the text is not a date-time with an offset.
 */
export function londonDateOf(instant: string | number): string | undefined {
  const epochMs = toEpochMs(instant);
  return epochMs === undefined ? undefined : isoDateFromDayNumber(londonDayNumberOfInstant(epochMs));
}

/** The London date and time of an instant, or `undefined` when it is not a date-time with an offset. */
export function londonWallClockOf(instant: string | number): LondonWallClock | undefined {
  const epochMs = toEpochMs(instant);
  if (epochMs === undefined) return undefined;
  const offsetMinutes = londonOffsetMinutes(epochMs);
  const local = epochMs + offsetMinutes * 60_000;
  const dayNumber = utcDayNumberOfInstant(local);
  const secondOfDay = Math.floor((local - dayNumber * UTC_DAY_MS) / 1000);
  return {
    date: isoDateFromDayNumber(dayNumber),
    hour: Math.floor(secondOfDay / 3600),
    minute: Math.floor(secondOfDay / 60) % 60,
    second: secondOfDay % 60,
    offsetMinutes,
  };
}

/**
 * The instant (epoch milliseconds) at which London clocks show a wall-clock time on a London day number.
 *
 * Clock changes are resolved as Temporal's `'compatible'` disambiguation does: a time skipped when the
 * clocks go forward (01:30 on the last Sunday of March) means the same length of time after the change
 * (02:30 BST); a time shown twice when they go back (01:30 on the last Sunday of October) means the
 * first of the two (01:30 BST).
 */
function londonWallClockToEpochMs(dayNumber: number, hour: number, minute = 0, second = 0): number {
  const wallClockAsUtc = dayNumber * UTC_DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000;
  const offsetBefore = londonOffsetMinutes(wallClockAsUtc - UTC_DAY_MS);
  const offsetAfter = londonOffsetMinutes(wallClockAsUtc + UTC_DAY_MS);
  const earlier = wallClockAsUtc - Math.max(offsetBefore, offsetAfter) * 60_000;
  const later = wallClockAsUtc - Math.min(offsetBefore, offsetAfter) * 60_000;
  if (londonOffsetMinutes(earlier) === Math.max(offsetBefore, offsetAfter)) return earlier;
  if (londonOffsetMinutes(later) === Math.min(offsetBefore, offsetAfter)) return later;
  return wallClockAsUtc - offsetBefore * 60_000;
}

/**
 * The instant London clocks show `time` (`HH:mm` or `HH:mm:ss`) on `date` (`YYYY-MM-DD`), as an RFC 3339
 * date-time with London's offset, e.g. `londonTimeToInstant('2026-07-01', '16:45')` is
 * `2026-07-01T16:45:00+01:00`. `undefined` when the date or time is not valid.
 */
export function londonTimeToInstant(date: string, time: string): string | undefined {
  const dayNumber = dayNumberFromIsoDate(date);
  const match = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  if (dayNumber === undefined || match === null) return undefined;
  const [hour, minute, second] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return toLondonIsoString(londonWallClockToEpochMs(dayNumber, hour, minute, second));
}

/** The first instant of a London day: midnight always exists in London (clocks change at 01:00 GMT). */
export function startOfLondonDay(dayNumber: number): number {
  return londonWallClockToEpochMs(dayNumber, 0);
}

const pad2 = (value: number): string => (value < 10 ? `0${value}` : String(value));

/** An instant as RFC 3339 text in London time with its offset: `2026-07-01T16:45:00+01:00`. */
export function toLondonIsoString(epochMs: number): string {
  const clock = londonWallClockOf(epochMs);
  if (clock === undefined) throw new RangeError(`${epochMs} is not a finite instant`);
  const offset = clock.offsetMinutes;
  const sign = offset < 0 ? '-' : '+';
  const magnitude = Math.abs(offset);
  return `${clock.date}T${pad2(clock.hour)}:${pad2(clock.minute)}:${pad2(clock.second)}${sign}${pad2(Math.floor(magnitude / 60))}:${pad2(magnitude % 60)}`;
}
