import { datePartsOf, pad, parseDateParts, parseTimeParts, type ParsedParts } from './dateParts.js';
import { londonInstant, londonWallTime } from './londonTime.js';

/** The boxes of a date and time. */
export interface DateTimeParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
  readonly hour: string;
  readonly minute: string;
}

/** The boxes for a stored value: an instant shown as the time in England, or a date alone. */
export function dateTimePartsOf(value: unknown): DateTimeParts {
  const wall = londonWallTime(value);
  if (wall === undefined) return { ...datePartsOf(value), hour: '', minute: '' };
  return { ...datePartsOf(wall.date), hour: String(wall.hour), minute: pad(wall.minute) };
}

/**
 * Reads a date and a time typed in England into an instant with its UTC offset (`Z` in winter,
 * `+01:00` in summer). With `timeOptional` (fields that take a date or a date and time, like an
 * action's due date), empty time boxes give the date alone.
 */
export function readDateTimeParts(parts: DateTimeParts, label: string, timeOptional: boolean): ParsedParts<string> {
  const date = parseDateParts(parts, label);
  const time = parseTimeParts(parts, label);
  if (!date.ok) return date;
  if (!time.ok) return time;
  if (date.value === undefined)
    return time.value === undefined
      ? date
      : { ok: false, message: `${label} must include a date`, wrong: ['day', 'month', 'year'] };
  if (time.value === undefined)
    return timeOptional ? date : { ok: false, message: `${label} must include a time`, wrong: ['hour', 'minute'] };
  return { ok: true, value: londonInstant(date.value, time.value[0], time.value[1]) };
}
