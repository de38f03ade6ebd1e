/**
 * Date and date-time format checks with exactly ajv-formats' verdicts (full mode), without loading
 * ajv-formats' whole format table into a browser bundle (about 2 kB gzipped for the two we use).
 *
 * A single capture-free test accepts the canonical shapes records use (`2026-03-14`,
 * `2026-03-14T09:30:00Z`, `2026-07-01T16:45:00.5+01:00`) after checking the day exists; everything
 * else (lower-case `t`/`z`, a space separator, `+0100`, leap seconds, invalid input) is judged by the
 * same rules as ajv-formats' own `date` and `date-time` functions, ported here. A property test checks
 * both against ajv-formats on arbitrary and near-valid strings.
 */
const CANONICAL_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const CANONICAL_DATE_TIME =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i += 1) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

/** Whether the YYYY-MM-DD at the start of an already shape-checked string is a day of the calendar. */
function dayExists(text: string): boolean {
  const day = digits(text, 8, 2);
  if (day <= 28) return true;
  const month = digits(text, 5, 2);
  if (month !== 2) return day <= DAYS_IN_MONTH[month]!;
  return day <= (isLeapYear(digits(text, 0, 4)) ? 29 : 28);
}

// ajv-formats 3.0.1, full mode (MIT): the same expressions and checks.
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
const DATE_TIME_SEPARATOR = /t|\s/i;

function fullDate(text: string): boolean {
  const matches = DATE.exec(text);
  if (!matches) return false;
  const year = +matches[1]!;
  const month = +matches[2]!;
  const day = +matches[3]!;
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month]!);
}

/** RFC 3339 time with a required offset; a leap second only where it is 23:59:60 in UTC. */
function fullTimeWithOffset(text: string): boolean {
  const matches = TIME.exec(text);
  if (!matches) return false;
  const hour = +matches[1]!;
  const minute = +matches[2]!;
  const second = +matches[3]!;
  const zone = matches[4];
  const sign = matches[5] === '-' ? -1 : 1;
  const zoneHours = +(matches[6] ?? 0);
  const zoneMinutes = +(matches[7] ?? 0);
  if (zoneHours > 23 || zoneMinutes > 59 || !zone) return false;
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  const utcMinute = minute - zoneMinutes * sign;
  const utcHour = hour - zoneHours * sign - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61;
}

/** RFC 3339 full-date, as ajv-formats' `date` (full mode) judges it. */
export function isDate(text: string): boolean {
  return CANONICAL_DATE.test(text) ? dayExists(text) : fullDate(text);
}

/** RFC 3339 date-time with a required offset, as ajv-formats' `date-time` (full mode) judges it. */
export function isDateTime(text: string): boolean {
  if (CANONICAL_DATE_TIME.test(text) && dayExists(text)) return true;
  const parts = text.split(DATE_TIME_SEPARATOR);
  return parts.length === 2 && fullDate(parts[0]!) && fullTimeWithOffset(parts[1]!);
}

// The same email expression ajv-formats' full mode uses.
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/** An email address, as ajv-formats' `email` (full mode) judges it. */
export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}

/** The format table the generated validators use (same shape as ajv-formats' `fullFormats`). */
export const recordFormats = {
  date: { validate: isDate },
  'date-time': { validate: isDateTime },
  email: { validate: isEmail },
} as const;
