import { dayNumberFromCivil, daysInMonth, UTC_DAY_MS } from './civilDate.js';

// RFC 3339 date-time, as the record schema's `date-time` format accepts: an offset is required, so an
// instant never depends on the time zone of the machine that reads it.
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/**
 * The epoch milliseconds of an RFC 3339 date-time with its UTC offset (`2026-03-14T09:30:00Z`,
 * `2026-07-01T16:45:00+01:00`), or `undefined` when the text is not one.
 *
 * Stricter than `Date.parse`, which accepts many shapes and reads offset-less text in the host's time
 * zone: a deadline must never depend on where the code runs. A leap second (`:60`) counts as the last
 * millisecond of its minute; fractions beyond milliseconds are truncated.
 */
export function parseInstant(text: string): number | undefined {
  if (typeof text !== 'string' || text.length > 40) return undefined;
  const match = INSTANT.exec(text);
  if (match === null) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zulu, sign, offsetHours, offsetMinutes] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  let offset = 0;
  if (zulu === undefined) {
    const oh = Number(offsetHours);
    const om = Number(offsetMinutes);
    if (oh > 23 || om > 59) return undefined;
    offset = (sign === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const millis = second === 60 ? 999 : fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  const secondOfMinute = second === 60 ? 59 : second;
  return (
    dayNumberFromCivil(year, month, day) * UTC_DAY_MS +
    ((hour * 60 + minute - offset) * 60 + secondOfMinute) * 1000 +
    millis
  );
}
