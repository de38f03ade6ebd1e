/**
 * Reading dates and times typed as separate parts (the GOV.UK date input pattern): day, month and
 * year boxes, and hour and minute boxes. People type months as numbers or names ("3", "03", "March",
 * "mar", "Sept."), and hours as "9", "09", "14" or "2pm". Messages follow the GOV.UK wording.
 */

/** The boxes of a date as typed. */
export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

/** The boxes of a time as typed. */
export interface TimeParts {
  readonly hour: string;
  readonly minute: string;
}

/** The name of a box, so a component can mark the wrong ones. */
export type DatePartName = 'day' | 'month' | 'year' | 'hour' | 'minute';

/** A date read from its boxes: the ISO value (`undefined` when every box is empty), or what is wrong. */
export type ParsedParts<T> =
  | { readonly ok: true; readonly value: T | undefined }
  | { readonly ok: false; readonly message: string; readonly wrong: readonly DatePartName[] };

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The month (1 to 12) a box holds: a number, a full name, or the first three or more letters of one. */
export function parseMonth(text: string): number | undefined {
  const typed = text.trim().toLowerCase().replace(/\.$/, '');
  if (/^\d{1,2}$/.test(typed)) {
    const month = Number(typed);
    return month >= 1 && month <= 12 ? month : undefined;
  }
  if (typed.length < 3) return undefined;
  const position = MONTH_NAMES.findIndex((name) => name.startsWith(typed));
  return position < 0 ? undefined : position + 1;
}

/** Reads a date from its boxes as `YYYY-MM-DD`; `label` starts the error message ("Date of birth must be a real date"). */
export function parseDateParts(parts: DateParts, label: string): ParsedParts<string> {
  const typed = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  const missing = (['day', 'month', 'year'] as const).filter((name) => typed[name] === '');
  if (missing.length === 3) return { ok: true, value: undefined };
  if (missing.length > 0)
    return { ok: false, message: `${label} must include a ${missing.join(' and ')}`, wrong: missing };
  if (!/^\d{4}$/.test(typed.year)) return { ok: false, message: 'Year must include 4 numbers', wrong: ['year'] };
  const month = parseMonth(typed.month);
  const day = /^\d{1,2}$/.test(typed.day) ? Number(typed.day) : undefined;
  const year = Number(typed.year);
  const wrong: DatePartName[] = [];
  if (day === undefined || day < 1 || day > daysInMonth(year, month ?? 1)) wrong.push('day');
  if (month === undefined) wrong.push('month');
  if (wrong.length > 0) return { ok: false, message: `${label} must be a real date`, wrong };
  return { ok: true, value: `${typed.year}-${pad(month!)}-${pad(day!)}` };
}

/** Reads a 24-hour time from its boxes as `[hour, minute]`; "2pm" and "12am" are understood in the hour box. */
export function parseTimeParts(parts: TimeParts, label: string): ParsedParts<readonly [number, number]> {
  const hourText = parts.hour.trim().toLowerCase().replace(/\s+/g, '');
  const minuteText = parts.minute.trim();
  if (hourText === '' && minuteText === '') return { ok: true, value: undefined };
  if (hourText === '') return { ok: false, message: `${label} must include an hour`, wrong: ['hour'] };
  const match = /^(\d{1,2})(am|pm)?$/.exec(hourText);
  let hour = match === null ? undefined : Number(match[1]);
  if (hour !== undefined && match?.[2] !== undefined)
    hour = hour >= 1 && hour <= 12 ? (hour % 12) + (match[2] === 'pm' ? 12 : 0) : undefined;
  const minute = minuteText === '' ? 0 : /^\d{1,2}$/.test(minuteText) ? Number(minuteText) : undefined;
  const wrong: DatePartName[] = [];
  if (hour === undefined || hour > 23) wrong.push('hour');
  if (minute === undefined || minute > 59) wrong.push('minute');
  if (wrong.length > 0) return { ok: false, message: `${label} must be a real time, for example 9:30 or 14:05`, wrong };
  return { ok: true, value: [hour!, minute!] };
}

/** The boxes for a stored `YYYY-MM-DD` (or the date part of a longer ISO string); empty boxes otherwise. */
export function datePartsOf(value: unknown): DateParts {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (match === null) return { day: '', month: '', year: '' };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! };
}

function daysInMonth(year: number, month: number): number {
  // setUTCFullYear, unlike Date.UTC, does not read years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

/** Two digits, as ISO 8601 writes months, days, hours and minutes. */
export function pad(value: number): string {
  return String(value).padStart(2, '0');
}
