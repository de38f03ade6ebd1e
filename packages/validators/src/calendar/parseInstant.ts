import { dayNumberFromCivil, daysInMonth, digitsAt, UTC_DAY_MS } from './civilDate.js';

/**
 * The epoch milliseconds of an RFC 3339 date-time with its UTC offset (`2026-03-14T09:30:00Z`,
 * `2026-07-01T16:45:00+01:00`), or `undefined` when the text is not one.
 *
 * Stricter than `Date.parse`, which accepts many shapes and reads offset-less text in the host's time
 * zone: a deadline must never depend on where the code runs. A leap second (`:60`) counts as the last
 * millisecond of its minute; fractions beyond milliseconds are truncated. Read character by character
 * (no regular expression, no allocation): every timescale rule parses several instants per record.
 */
export function parseInstant(text: string): number | undefined {
  if (typeof text !== 'string' || text.length < 20 || text.length > 40) return undefined;
  const separator = text.charCodeAt(10);
  if (text[4] !== '-' || text[7] !== '-' || (separator !== 84 && separator !== 116 && separator !== 32) || text[13] !== ':' || text[16] !== ':') {
    return undefined;
  }
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
    while (index < text.length && index - fractionStart < 9 && digitsAt(text, index, 1) >= 0) index += 1;
    if (index === fractionStart) return undefined;
    const digits = Math.min(3, index - fractionStart);
    millis = digitsAt(text, fractionStart, digits) * (digits === 1 ? 100 : digits === 2 ? 10 : 1);
  }
  let offset: number;
  const zone = text[index];
  if ((zone === 'Z' || zone === 'z') && index + 1 === text.length) {
    offset = 0;
  } else if ((zone === '+' || zone === '-') && index + 6 === text.length && text[index + 3] === ':') {
    const offsetHours = digitsAt(text, index + 1, 2);
    const offsetMinutes = digitsAt(text, index + 4, 2);
    if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59) return undefined;
    offset = (zone === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  } else {
    return undefined;
  }
  if (second === 60) return dayNumberFromCivil(year, month, day) * UTC_DAY_MS + ((hour * 60 + minute - offset) * 60 + 59) * 1000 + 999;
  return dayNumberFromCivil(year, month, day) * UTC_DAY_MS + ((hour * 60 + minute - offset) * 60 + second) * 1000 + millis;
}
