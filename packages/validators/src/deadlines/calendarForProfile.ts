import { englandAndWalesCalendar } from '../calendar/englandAndWalesCalendar.js';
import type { WorkingDayCalendar } from '../calendar/WorkingDayCalendar.js';
import type { ResolvedProfile } from '../profiles/profileTypes.js';

const calendars = new WeakMap<ResolvedProfile, WorkingDayCalendar>();

/** The working-day calendar of a profile: England and Wales with the profile's holiday overrides. Cached per profile. */
export function calendarForProfile(profile: ResolvedProfile): WorkingDayCalendar {
  let calendar = calendars.get(profile);
  if (calendar === undefined) {
    calendar = englandAndWalesCalendar({
      add: profile.holidays.add.map((change) => change.date),
      remove: profile.holidays.remove.map((change) => change.date),
    });
    calendars.set(profile, calendar);
  }
  return calendar;
}
