import { londonTimeToInstant, londonWallClockOf } from '@strategy-record/validators';
import { pad } from './dateParts.js';

/**
 * Converting between the wall-clock time a social worker types (in England) and the instant the
 * record stores (ISO 8601 with its UTC offset), with the validators' London calendar: one algorithm
 * for the whole toolkit, so the time a form stores is the time the deadlines are computed from.
 */

/** The wall-clock time in England at an instant. */
export interface LondonWallTime {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly hour: number;
  readonly minute: number;
}

/**
 * The instant, as ISO 8601 with its offset (`Z` in winter, `+01:00` in summer), at which clocks in
 * England show `date` `hour`:`minute`. A time skipped when the clocks go forward means the same length
 * of time after the change (01:30 is 02:30 BST); a time that happens twice when they go back is read
 * as the first (summer) one.
 */
export function londonInstant(date: string, hour: number, minute: number): string {
  const instant = londonTimeToInstant(date, `${pad(hour)}:${pad(minute)}`);
  if (instant === undefined) throw new RangeError(`${date} ${hour}:${minute} is not a date and time`);
  // Winter time is written as UTC, as people and systems in England write it.
  return instant.endsWith('+00:00') ? `${instant.slice(0, -6)}Z` : instant;
}

/** The wall-clock time in England of a stored ISO 8601 instant; `undefined` for anything else. */
export function londonWallTime(value: unknown): LondonWallTime | undefined {
  if (typeof value !== 'string') return undefined;
  const clock = londonWallClockOf(value);
  return clock === undefined ? undefined : { date: clock.date, hour: clock.hour, minute: clock.minute };
}
