export { WorkingDayCalendar, type HolidayOverrides } from './WorkingDayCalendar.js';
export {
  englandAndWalesCalendar,
  isWorkingDay,
  addWorkingDays,
  workingDaysBetween,
  nextWorkingDay,
} from './englandAndWalesCalendar.js';
export { HOLIDAY_TABLE_FIRST_YEAR, HOLIDAY_TABLE_LAST_YEAR } from './englandAndWalesHolidays.generated.js';
export {
  londonDateOf,
  londonWallClockOf,
  londonTimeToInstant,
  toLondonIsoString,
  type LondonWallClock,
} from './londonTime.js';
export { parseInstant } from './parseInstant.js';
export { formatLondonDate, formatLondonInstant, formatLondonTime } from './formatLondon.js';
