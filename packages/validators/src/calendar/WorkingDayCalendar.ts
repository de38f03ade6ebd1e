import { dayNumberFromCivil, dayNumberFromIsoDate, isoDateFromDayNumber, isWeekend } from './civilDate.js';

/** Days to treat differently from the bundled table: newly proclaimed holidays, or days that are not. */
export interface HolidayOverrides {
  /** `YYYY-MM-DD` dates that are not working days (for example a newly proclaimed bank holiday). */
  readonly add?: readonly string[];
  /** `YYYY-MM-DD` dates in the table that are working days after all (a holiday that was moved). */
  readonly remove?: readonly string[];
}

// A Monday (1970-01-05): the origin for counting weekdays arithmetically.
const MONDAY = 4;

/** The number of weekdays from MONDAY up to and including `dayNumber` (negative before it). */
function weekdaysThrough(dayNumber: number): number {
  const days = dayNumber - MONDAY + 1;
  const weeks = Math.floor(days / 7);
  return weeks * 5 + Math.min(days - weeks * 7, 5);
}

/** The number of entries of a sorted array that are ≤ `value`. */
function countAtMost(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A working-day calendar: Monday to Friday, minus bank holidays, over a fixed range of years.
 *
 * Dates are London calendar dates as `YYYY-MM-DD` text (or day numbers, for callers that already have
 * them). A date is a whole day, so no clock change can move it; converting an instant to its London
 * date is `londonDateOf`'s job. Lookups are one `Set` probe; counting between two dates is arithmetic
 * plus a binary search, so it costs the same for a week as for a decade.
 *
 * Outside its years the calendar cannot know the holidays, so it throws a `RangeError` rather than
 * guess. A malformed date also throws a `RangeError`, whose message names the bad value.
 */
export class WorkingDayCalendar {
  /** The first date the calendar knows (1 January of its first year). */
  readonly firstDate: string;
  /** The last date the calendar knows (31 December of its last year). */
  readonly lastDate: string;
  readonly #firstDay: number;
  readonly #lastDay: number;
  readonly #holidays: ReadonlySet<number>;
  readonly #sortedHolidays: Int32Array;

  /**
   * @param holidaysByYear the weekday holidays of each year (as the generated table holds them)
   * @param firstYear first year covered
   * @param lastYear last year covered
   * @param overrides days added or removed on top of the table
   */
  constructor(
    holidaysByYear: Readonly<Record<number, readonly string[]>>,
    firstYear: number,
    lastYear: number,
    overrides: HolidayOverrides = {},
  ) {
    this.#firstDay = dayNumberFromCivil(firstYear, 1, 1);
    this.#lastDay = dayNumberFromCivil(lastYear, 12, 31);
    this.firstDate = isoDateFromDayNumber(this.#firstDay);
    this.lastDate = isoDateFromDayNumber(this.#lastDay);
    const holidays = new Set<number>();
    for (let year = firstYear; year <= lastYear; year += 1) {
      for (const date of holidaysByYear[year] ?? []) holidays.add(this.toDayNumber(date));
    }
    for (const date of overrides.remove ?? []) holidays.delete(this.toDayNumber(date));
    for (const date of overrides.add ?? []) holidays.add(this.toDayNumber(date));
    // Only weekday holidays take a working day; counting between dates relies on that.
    for (const dayNumber of holidays) if (isWeekend(dayNumber)) holidays.delete(dayNumber);
    this.#holidays = holidays;
    this.#sortedHolidays = Int32Array.from(holidays).sort();
  }

  /** The day number of a date this calendar covers; throws a `RangeError` naming the value otherwise. */
  toDayNumber(date: string): number {
    const dayNumber = dayNumberFromIsoDate(date);
    if (dayNumber === undefined)
      throw new RangeError(`${JSON.stringify(date)} is not a calendar date written YYYY-MM-DD`);
    this.#checkRange(dayNumber);
    return dayNumber;
  }

  /** Whether a day number lies in the years this calendar covers. */
  covers(dayNumber: number): boolean {
    return dayNumber >= this.#firstDay && dayNumber <= this.#lastDay;
  }

  #checkRange(dayNumber: number): void {
    if (!this.covers(dayNumber)) {
      throw new RangeError(
        `${isoDateFromDayNumber(dayNumber)} is outside ${this.firstDate} to ${this.lastDate}, the dates whose bank holidays are known`,
      );
    }
  }

  /** Whether a day (by day number) is a working day: a weekday that is not a bank holiday. */
  isWorkingDayNumber(dayNumber: number): boolean {
    this.#checkRange(dayNumber);
    return !isWeekend(dayNumber) && !this.#holidays.has(dayNumber);
  }

  /** Whether a date is a working day: Monday to Friday and not a bank holiday. */
  isWorkingDay(date: string): boolean {
    return this.isWorkingDayNumber(this.toDayNumber(date));
  }

  /** The first working day strictly after a day number. */
  nextWorkingDayNumber(dayNumber: number): number {
    let day = dayNumber + 1;
    while (!this.isWorkingDayNumber(day)) day += 1;
    return day;
  }

  /** The first working day strictly after a date: the next working day after Friday is Monday, or Tuesday after a bank holiday Monday. */
  nextWorkingDay(date: string): string {
    return isoDateFromDayNumber(this.nextWorkingDayNumber(this.toDayNumber(date)));
  }

  /** `addWorkingDays` on day numbers. */
  addWorkingDaysToDayNumber(dayNumber: number, count: number): number {
    if (!Number.isSafeInteger(count) || count < 0)
      throw new RangeError(`${count} is not a whole number of working days ≥ 0`);
    this.#checkRange(dayNumber);
    let day = dayNumber;
    for (let added = 0; added < count; added += 1) day = this.nextWorkingDayNumber(day);
    return day;
  }

  /**
   * The `count`th working day after `date` (the day itself never counts, like a spreadsheet's WORKDAY):
   * one working day after Friday is Monday, after Saturday also Monday. With a count of 0 the date is
   * returned unchanged. For every date and count, `workingDaysBetween(date, result) === count`, and for
   * a count ≥ 1 the result is a working day.
   */
  addWorkingDays(date: string, count: number): string {
    return isoDateFromDayNumber(this.addWorkingDaysToDayNumber(this.toDayNumber(date), count));
  }

  /** `workingDaysBetween` on day numbers. */
  workingDaysBetweenDayNumbers(from: number, to: number): number {
    this.#checkRange(from);
    this.#checkRange(to);
    if (to < from) return -this.workingDaysBetweenDayNumbers(to, from);
    const weekdays = weekdaysThrough(to) - weekdaysThrough(from);
    const holidays = countAtMost(this.#sortedHolidays, to) - countAtMost(this.#sortedHolidays, from);
    return weekdays - holidays;
  }

  /**
   * The number of working days after `from`, up to and including `to` (negative when `to` is earlier):
   * from Monday to the Thursday of the same week is 3. The inverse of `addWorkingDays`.
   */
  workingDaysBetween(from: string, to: string): number {
    return this.workingDaysBetweenDayNumbers(this.toDayNumber(from), this.toDayNumber(to));
  }

  /** The bank holidays (weekday ones, after overrides) between two dates inclusive, as `YYYY-MM-DD`. */
  holidaysBetween(from: string, to: string): string[] {
    const first = countAtMost(this.#sortedHolidays, this.toDayNumber(from) - 1);
    const last = countAtMost(this.#sortedHolidays, this.toDayNumber(to));
    return Array.from(this.#sortedHolidays.subarray(first, last), isoDateFromDayNumber);
  }
}
