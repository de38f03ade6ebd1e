import { fullFormats } from 'ajv-formats/dist/formats.js';

/**
 * Date and date-time format checks with exactly ajv-formats' verdicts, faster on the shapes records
 * actually use.
 *
 * ajv-formats splits a date-time and runs two regular expressions with captures on every value; a
 * record has dozens of them and that was about half of schema validation time. Here a single
 * capture-free test accepts the canonical shapes (`2026-03-14`, `2026-03-14T09:30:00Z`,
 * `2026-07-01T16:45:00.5+01:00`) after checking the day exists; everything else (lower-case `t`/`z`,
 * a space separator, `+0100`, leap seconds, invalid input) goes to ajv-formats itself, so the fast
 * path can only ever agree with it. A property test checks that on arbitrary and near-valid strings.
 */
const CANONICAL_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const CANONICAL_DATE_TIME = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

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
  const year = digits(text, 0, 4);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (leap ? 29 : 28);
}

const fullDate = fullFormats.date as { validate: (text: string) => boolean };
const fullDateTime = fullFormats['date-time'] as { validate: (text: string) => boolean };

/** RFC 3339 full-date, as ajv-formats' `date` (full mode) judges it. */
export function isDate(text: string): boolean {
  return CANONICAL_DATE.test(text) ? dayExists(text) : fullDate.validate(text);
}

/** RFC 3339 date-time with a required offset, as ajv-formats' `date-time` (full mode) judges it. */
export function isDateTime(text: string): boolean {
  return CANONICAL_DATE_TIME.test(text) && dayExists(text) ? true : fullDateTime.validate(text);
}

/** The format table the generated validators use (same shape as ajv-formats' `fullFormats`). */
export const recordFormats = {
  date: { validate: isDate },
  'date-time': { validate: isDateTime },
  email: fullFormats.email,
} as const;
