import {
  ENGLAND_AND_WALES_WEEKDAY_HOLIDAYS,
  HOLIDAY_TABLE_FIRST_YEAR,
  HOLIDAY_TABLE_LAST_YEAR,
} from './englandAndWalesHolidays.generated.js';
import { WorkingDayCalendar, type HolidayOverrides } from './WorkingDayCalendar.js';

let standard: WorkingDayCalendar | undefined;
let tableByYear: Readonly<Record<number, readonly string[]>> | undefined;
const withOverrides = new Map<string, WorkingDayCalendar>();
const MAX_CACHED = 64;

/**
 * The England and Wales working-day calendar (2000–2100), built on first use from the table generated
 * from `date-holidays` at build time. With overrides (a local profile's newly proclaimed days), a
 * calendar with those days added or removed; calendars for the same overrides are shared.
 */
export function englandAndWalesCalendar(overrides?: HolidayOverrides): WorkingDayCalendar {
  const add = overrides?.add ?? [];
  const remove = overrides?.remove ?? [];
  if (add.length === 0 && remove.length === 0) {
    standard ??= new WorkingDayCalendar(holidaysByYear(), HOLIDAY_TABLE_FIRST_YEAR, HOLIDAY_TABLE_LAST_YEAR);
    return standard;
  }
  const key = `${[...add].sort().join(',')}|${[...remove].sort().join(',')}`;
  let calendar = withOverrides.get(key);
  if (calendar === undefined) {
    calendar = new WorkingDayCalendar(holidaysByYear(), HOLIDAY_TABLE_FIRST_YEAR, HOLIDAY_TABLE_LAST_YEAR, {
      add,
      remove,
    });
    if (withOverrides.size >= MAX_CACHED) withOverrides.clear();
    withOverrides.set(key, calendar);
  }
  return calendar;
}

/**
 * The generated table (`YYYY MMDD MMDD …`, one line per year, kept compact for browser bundles) as
 * `YYYY-MM-DD` dates by year, expanded once.
 */
export function holidaysByYear(): Readonly<Record<number, readonly string[]>> {
  if (tableByYear === undefined) {
    const byYear: Record<number, readonly string[]> = {};
    for (const line of ENGLAND_AND_WALES_WEEKDAY_HOLIDAYS.trim().split('\n')) {
      const [year, ...days] = line.split(' ');
      byYear[Number(year)] = days.map((day) => `${year}-${day.slice(0, 2)}-${day.slice(2)}`);
    }
    tableByYear = byYear;
  }
  return tableByYear;
}

/** Whether a `YYYY-MM-DD` date is a working day in England and Wales. Throws a `RangeError` for a malformed date or one outside 2000–2100. */
export function isWorkingDay(date: string): boolean {
  return englandAndWalesCalendar().isWorkingDay(date);
}

/** The `count`th England and Wales working day after `date` (see `WorkingDayCalendar.addWorkingDays`). */
export function addWorkingDays(date: string, count: number): string {
  return englandAndWalesCalendar().addWorkingDays(date, count);
}

/** England and Wales working days after `from` up to and including `to` (see `WorkingDayCalendar.workingDaysBetween`). */
export function workingDaysBetween(from: string, to: string): number {
  return englandAndWalesCalendar().workingDaysBetween(from, to);
}

/** The first England and Wales working day strictly after `date`. */
export function nextWorkingDay(date: string): string {
  return englandAndWalesCalendar().nextWorkingDay(date);
}
