import { dayNumberFromIsoDate, isoDateFromDayNumber } from '../calendar/civilDate.js';
import { londonDayNumberOfInstant, startOfLondonDay, toLondonIsoString } from '../calendar/londonTime.js';
import { parseInstant } from '../calendar/parseInstant.js';
import type { ResolvedProfile, ResolvedTimescale } from '../profiles/profileTypes.js';
import { calendarForProfile } from './calendarForProfile.js';
import { DEADLINE_LABELS, type Deadline, type DeadlineKey } from './deadlineTypes.js';

const HOUR_MS = 3_600_000;

/**
 * The deadline a timescale sets from a starting point: an RFC 3339 date-time with its offset, or (for
 * day-based timescales only) a `YYYY-MM-DD` date.
 *
 * What the timescales mean (also in the profile schema):
 * - same day: by the end of the London calendar day the clock started on (a concern at 23:30 leaves 30 minutes);
 * - N working days: by the end of the Nth England and Wales working day after that day; the day itself
 *   never counts, even when it is a working day, and a weekend start counts from the next working day
 *   (concerns on Friday afternoon or on Saturday, 1 working day: end of Monday);
 * - N calendar days: by the end of the Nth day after that day, weekends and holidays included;
 * - N hours: N elapsed hours later, whatever the clocks do (24 hours from 12:00 on the Saturday before
 *   the October change is 11:00 on the Sunday).
 *
 * Never throws: a malformed start or a date outside the calendar's years gives `status: 'unavailable'`.
 */
export function computeDeadline(key: DeadlineKey, from: string, limit: ResolvedTimescale, profile: ResolvedProfile): Deadline {
  const base = { key, label: DEADLINE_LABELS[key], limit, profileId: profile.id, from };
  const { timescale } = limit;
  if (timescale.kind === 'no-limit') return { ...base, status: 'no-limit' };
  const instantMs = parseInstant(from);
  const startDay = instantMs === undefined ? dayNumberFromIsoDate(from) : londonDayNumberOfInstant(instantMs);
  if (startDay === undefined) {
    return { ...base, status: 'unavailable', reason: `${JSON.stringify(from)} is not a date and time with its UTC offset` };
  }
  if (timescale.kind === 'hours') {
    if (instantMs === undefined) return { ...base, status: 'unavailable', reason: `a timescale in hours needs a time as well as a date, not just ${from}` };
    const dueMs = instantMs + timescale.hours * HOUR_MS;
    return { ...base, status: 'due', precision: 'instant', date: isoDateFromDayNumber(londonDayNumberOfInstant(dueMs)), due: toLondonIsoString(dueMs), lastMomentMs: dueMs };
  }
  let dueDay: number;
  if (timescale.kind === 'working-days') {
    try {
      dueDay = calendarForProfile(profile).addWorkingDaysToDayNumber(startDay, timescale.days);
    } catch (error) {
      // The calendar refuses days outside the years whose bank holidays it knows, naming the day.
      if (error instanceof RangeError) return { ...base, status: 'unavailable', reason: error.message };
      throw error;
    }
  } else {
    dueDay = timescale.kind === 'calendar-days' ? startDay + timescale.days : startDay;
  }
  const date = isoDateFromDayNumber(dueDay);
  return { ...base, status: 'due', precision: 'end-of-day', date, due: date, lastMomentMs: startOfLondonDay(dueDay + 1) - 1 };
}
