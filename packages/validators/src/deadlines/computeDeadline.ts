import { dayNumberFromIsoDate, isoDateFromDayNumber } from '../calendar/civilDate.js';
import { londonDayNumberOfInstant, startOfLondonDay, toLondonIsoString } from '../calendar/londonTime.js';
import { parseInstant } from '../calendar/parseInstant.js';
import type { ResolvedProfile, ResolvedTimescale } from '../profiles/profileTypes.js';
import { calendarForProfile } from './calendarForProfile.js';
import {
  DEADLINE_LABELS,
  type Deadline,
  type DeadlineKey,
  type DueDeadline,
  type UnavailableDeadline,
} from './deadlineTypes.js';

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
export function computeDeadline(
  key: DeadlineKey,
  from: string,
  limit: ResolvedTimescale,
  profile: ResolvedProfile,
): Deadline {
  const { timescale } = limit;
  if (timescale.kind === 'no-limit')
    return { key, label: DEADLINE_LABELS[key], limit, profileId: profile.id, from, status: 'no-limit' };
  const instantMs = parseInstant(from);
  const startDay = instantMs === undefined ? dayNumberFromIsoDate(from) : londonDayNumberOfInstant(instantMs);
  if (startDay === undefined)
    return unavailable(key, from, limit, profile, `${JSON.stringify(from)} is not a date and time with its UTC offset`);
  if (timescale.kind === 'hours') {
    if (instantMs === undefined)
      return unavailable(
        key,
        from,
        limit,
        profile,
        `a timescale in hours needs a time as well as a date, not just ${from}`,
      );
    const dueMs = instantMs + timescale.hours * HOUR_MS;
    return due(
      key,
      from,
      limit,
      profile,
      'instant',
      isoDateFromDayNumber(londonDayNumberOfInstant(dueMs)),
      toLondonIsoString(dueMs),
      dueMs,
    );
  }
  let dueDay: number;
  if (timescale.kind === 'working-days') {
    try {
      dueDay = calendarForProfile(profile).addWorkingDaysToDayNumber(startDay, timescale.days);
    } catch (error) {
      // The calendar refuses days outside the years whose bank holidays it knows, naming the day.
      if (error instanceof RangeError) return unavailable(key, from, limit, profile, error.message);
      throw error;
    }
  } else {
    dueDay = timescale.kind === 'calendar-days' ? startDay + timescale.days : startDay;
  }
  const date = isoDateFromDayNumber(dueDay);
  return due(key, from, limit, profile, 'end-of-day', date, date, startOfLondonDay(dueDay + 1) - 1);
}

// Each result is written out as one literal, not spread from a shared base: V8 then gives every deadline
// the same fast shape (spreading and adding fields cost about ten times as much, mostly in garbage).
function due(
  key: DeadlineKey,
  from: string,
  limit: ResolvedTimescale,
  profile: ResolvedProfile,
  precision: DueDeadline['precision'],
  date: string,
  dueText: string,
  lastMomentMs: number,
): DueDeadline {
  return {
    key,
    label: DEADLINE_LABELS[key],
    limit,
    profileId: profile.id,
    from,
    status: 'due',
    precision,
    date,
    due: dueText,
    lastMomentMs,
  };
}

function unavailable(
  key: DeadlineKey,
  from: string,
  limit: ResolvedTimescale,
  profile: ResolvedProfile,
  reason: string,
): UnavailableDeadline {
  return { key, label: DEADLINE_LABELS[key], limit, profileId: profile.id, from, status: 'unavailable', reason };
}
