import { dayNumberFromCivil, daysInMonth, digitsAt, UTC_DAY_MS } from './civilDate.js';

/**
 * The epoch milliseconds of an RFC 3339 date-time with its UTC offset (`2026-03-14T09:30:00Z`,
 * `2026-07-01T16:45:00+01:00`), or `undefined` when the text is not one.
 *
 * Stricter than `Date.parse`, which accepts many shapes and reads offset-less text in the host's time
 * zone: a deadline must never depend on where the code runs. Accepts every date-time the record
 * schema's `date-time` format accepts (ajv-formats, full mode), so that no schema-valid instant is
 * silently left unchecked: a `T`, `t` or whitespace separator, a fraction of any length (truncated to
 * milliseconds), and an offset written `Z`, `+01:00`, `+0100` or `+01`. A leap second (`:60`) counts as
 * the last millisecond of its minute. Read character by character (no allocation): every timescale rule
 * parses several instants per record.
 */
export function parseInstant(text: string): number | undefined {
  if (typeof text !== 'string' || text.length < 20) return undefined;
  if (
    text[4] !== '-' ||
    text[7] !== '-' ||
    !isDateTimeSeparator(text.charCodeAt(10)) ||
    text[13] !== ':' ||
    text[16] !== ':'
  )
    return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = digitsAt(text, 17, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return undefined;
  let index = 19;
  let millis = 0;
  if (text[index] === '.') {
    const fractionStart = index + 1;
    index = fractionStart;
    while (index < text.length && digitsAt(text, index, 1) >= 0) index += 1;
    if (index === fractionStart) return undefined;
    const digits = Math.min(3, index - fractionStart);
    millis = digitsAt(text, fractionStart, digits) * (digits === 1 ? 100 : digits === 2 ? 10 : 1);
  }
  const offset = offsetMinutesAt(text, index);
  if (offset === undefined) return undefined;
  if (second === 60)
    return dayNumberFromCivil(year, month, day) * UTC_DAY_MS + ((hour * 60 + minute - offset) * 60 + 59) * 1000 + 999;
  return (
    dayNumberFromCivil(year, month, day) * UTC_DAY_MS + ((hour * 60 + minute - offset) * 60 + second) * 1000 + millis
  );
}

/** `T`, `t`, or any character `\s` matches (ajv-formats splits a date-time on `/t|\s/i`). */
function isDateTimeSeparator(code: number): boolean {
  return code === 84 || code === 116 || code === 32 || WHITESPACE.test(String.fromCharCode(code));
}

const WHITESPACE = /^\s$/;

/** The UTC offset in minutes written from `index` to the end of `text` (`Z`, `±hh:mm`, `±hhmm`, `±hh`), or `undefined`. */
function offsetMinutesAt(text: string, index: number): number | undefined {
  const zone = text[index];
  const rest = text.length - index;
  if (zone === 'Z' || zone === 'z') return rest === 1 ? 0 : undefined;
  if (zone !== '+' && zone !== '-') return undefined;
  let offsetMinutes = 0;
  if (rest === 6 && text[index + 3] === ':') offsetMinutes = digitsAt(text, index + 4, 2);
  else if (rest === 5) offsetMinutes = digitsAt(text, index + 3, 2);
  else if (rest !== 3) return undefined;
  const offsetHours = digitsAt(text, index + 1, 2);
  if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59) return undefined;
  return (zone === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
}
