import { describe, expect, it } from 'vitest';
import { weekdayHolidaysByYear } from '../../scripts/generate-holidays.mjs';
import { holidaysByYear } from './englandAndWalesCalendar.js';
import { HOLIDAY_TABLE_FIRST_YEAR, HOLIDAY_TABLE_LAST_YEAR } from './englandAndWalesHolidays.generated.js';

// The generated table is written compactly (`YYYY MMDD …` per year) for browser bundles; the calendar
// must read back exactly the dates the generator took from date-holidays and its corrections.
describe('the compact bank holiday table', () => {
  it('expands to the generator’s dates for every year it covers', () => {
    const expected = Object.fromEntries(weekdayHolidaysByYear());
    expect(holidaysByYear()).toEqual(expected);
    expect(Object.keys(holidaysByYear()).map(Number)).toEqual(
      Array.from(
        { length: HOLIDAY_TABLE_LAST_YEAR - HOLIDAY_TABLE_FIRST_YEAR + 1 },
        (_, i) => HOLIDAY_TABLE_FIRST_YEAR + i,
      ),
    );
  });
});
