/**
 * Calendar dates as whole day numbers: days since 1970-01-01 in the proleptic Gregorian calendar.
 *
 * Every calendar computation in the toolkit works on day numbers, never on `Date` objects at midnight,
 * so that no clock change, host time zone or daylight saving rule can shift a date by one. Conversions
 * follow Howard Hinnant's `days_from_civil` / `civil_from_days` algorithms (exact for every year).
 */

const MS_PER_DAY = 86_400_000;

/** Milliseconds in a day of Universal Time; London days are not always this long (see londonTime). */
export const UTC_DAY_MS = MS_PER_DAY;

/** The day number of a year, month (1–12) and day (1–31). Does not check that the day exists. */
export function dayNumberFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The year, month (1–12) and day of a day number. */
export function civilFromDayNumber(dayNumber: number): {
  readonly year: number;
  readonly month: number;
  readonly day: number;
} {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The number of days in a month of a year. */
export function daysInMonth(year: number, month: number): number {
  return (
    dayNumberFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) -
    dayNumberFromCivil(year, month, 1)
  );
}

const ZERO = 48;

/** The number written by `length` ASCII digits at `start`, or -1 if any is not a digit. Allocation-free. */
export function digitsAt(text: string, start: number, length: number): number {
  let value = 0;
  for (let index = start; index < start + length; index += 1) {
    const digit = text.charCodeAt(index) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The day number of a `YYYY-MM-DD` date, or `undefined` when the text is not a real calendar date
 * (wrong shape, month 13, 30 February...). Allocation-free: it is on the path of every working-day call.
 */
export function dayNumberFromIsoDate(text: string): number | undefined {
  if (typeof text !== 'string' || text.length !== 10 || text[4] !== '-' || text[7] !== '-') return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 0 || month < 0 || day < 0) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayNumberFromCivil(year, month, day);
}

// "00" to "31", so that writing a date concatenates four strings and formats nothing.
const TWO_DIGITS = Array.from({ length: 32 }, (_, value) => (value < 10 ? `0${value}` : String(value)));

/** The `YYYY-MM-DD` text of a day number (years 0–9999). */
export function isoDateFromDayNumber(dayNumber: number): string {
  const { year, month, day } = civilFromDayNumber(dayNumber);
  const yearText = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  return `${yearText}-${TWO_DIGITS[month] as string}-${TWO_DIGITS[day] as string}`;
}

/** Day of the week of a day number: 0 is Sunday, 6 is Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Saturday and Sunday are never working days. */
export function isWeekend(dayNumber: number): boolean {
  const weekday = weekdayOfDayNumber(dayNumber);
  return weekday === 0 || weekday === 6;
}

/** The UTC day number an epoch-millisecond instant falls in. */
export function utcDayNumberOfInstant(epochMs: number): number {
  return Math.floor(epochMs / MS_PER_DAY);
}
