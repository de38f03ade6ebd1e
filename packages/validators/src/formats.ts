import { DATE_TIME_PATTERN } from '@strategy-record/schemas/core';

/**
 * Date and date-time format checks for the generated validators and the browser interpreter, with
 * the verdicts every JSON Schema validator gives the record schema, not only ajv-formats'.
 *
 * The schema's date-time definition carries a pattern (DATE_TIME_PATTERN) beside `format: date-time`,
 * because validators' date-time formats disagree off the canonical shape: ajv-formats accepts a space
 * for the `T`, `+0100`, `+01` and `2016-12-31T24:59:60+01:00`, which RFC 3339 does not allow. Here the
 * format accepts exactly that shape (upper-case T and Z, an offset ±HH:MM, hours 00-23, no leap
 * second) on a day of the calendar, so the project's own format and the schema's pattern agree: a
 * date-time either passes both or fails both. Email addresses have no format here: the schema checks
 * them with a pattern (an RFC 5321 mailbox), which every validator applies alike.
 */
const CANONICAL_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const DATE_TIME_SHAPE = new RegExp(DATE_TIME_PATTERN, 'u');

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i += 1) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

/** Whether the YYYY-MM-DD at the start of a string is a day of the calendar (month 01-12, day 01 to its last). */
function dayExists(text: string): boolean {
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (month < 1 || month > 12 || day < 1) return false;
  if (day <= 28) return true;
  if (month !== 2) return day <= DAYS_IN_MONTH[month]!;
  return day <= (isLeapYear(digits(text, 0, 4)) ? 29 : 28);
}

/** RFC 3339 full-date (`YYYY-MM-DD` on a day of the calendar), as every validator's `date` format judges it. */
export function isDate(text: string): boolean {
  return CANONICAL_DATE.test(text) && dayExists(text);
}

/** RFC 3339 date-time in the shape the schema's pattern allows, on a day of the calendar. */
export function isDateTime(text: string): boolean {
  return DATE_TIME_SHAPE.test(text) && dayExists(text);
}

/** The format table the generated validators use (same shape as ajv-formats' `fullFormats`). */
export const recordFormats = {
  date: { validate: isDate },
  'date-time': { validate: isDateTime },
} as const;
