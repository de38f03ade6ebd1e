import { dayNumberFromIsoDate, weekdayOfDayNumber } from './civilDate.js';
import { londonWallClockOf, type LondonWallClock } from './londonTime.js';

// Written out rather than asked of Intl: the words must not change with the host's ICU version, since
// they end up in minutes that may be read in court, and in snapshot tests.
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A `YYYY-MM-DD` date the way British English writes it in full: `Thursday 2 April 2026`. Malformed text is returned as given. */
export function formatLondonDate(date: string): string {
  const dayNumber = dayNumberFromIsoDate(date);
  if (dayNumber === undefined) return date;
  return `${WEEKDAYS[weekdayOfDayNumber(dayNumber)]} ${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** The 24-hour London time of an instant, `14:05`, or `undefined` when it is not a date-time with an offset. */
export function formatLondonTime(instant: string | number): string | undefined {
  const clock = londonWallClockOf(instant);
  return clock === undefined ? undefined : hoursAndMinutes(clock);
}

const hoursAndMinutes = (clock: LondonWallClock): string =>
  `${String(clock.hour).padStart(2, '0')}:${String(clock.minute).padStart(2, '0')}`;

/**
 * An instant in London time, in full: `Monday 16 March 2026 at 14:00`. Text that is not a date-time with
 * an offset is returned as given, so a message can always be written.
 */
export function formatLondonInstant(instant: string | number): string {
  const clock = londonWallClockOf(instant);
  if (clock === undefined) return String(instant);
  return `${formatLondonDate(clock.date)} at ${hoursAndMinutes(clock)}`;
}
