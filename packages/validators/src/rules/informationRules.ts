import { defineRule } from './defineRule.js';
import { nameKey } from './text.js';
import { NO_HITS, type RuleHit } from './types.js';

/** SD-INF-1: every agency that took part has at least one information entry. */
export const attendingAgenciesShareInformation = defineRule('SD-INF-1', ({ record, index }) => {
  const entries = record.informationShared ?? [];
  const sharedByAttendee = new Set<string>();
  const sharedByAgency = new Set<string>();
  for (const entry of entries) {
    if (entry.attendeeId !== undefined) sharedByAttendee.add(entry.attendeeId);
    if (entry.agency?.name !== undefined) sharedByAgency.add(nameKey(entry.agency.name));
  }
  const reported = new Set<string>();
  const hits: RuleHit[] = [];
  index.attendees.forEach((attendee, position) => {
    if (attendee.attendance !== 'attended' || attendee.agency?.name === undefined) return;
    const agency = nameKey(attendee.agency.name);
    if (reported.has(agency) || sharedByAgency.has(agency)) return;
    const colleagues = index.attendees.filter((other) => other.agency?.name !== undefined && nameKey(other.agency.name) === agency);
    if (colleagues.some((other) => other.id !== undefined && sharedByAttendee.has(other.id))) return;
    reported.add(agency);
    hits.push({ pointer: `/attendees/${position}`, message: `${attendee.agency.name} took part (${attendee.fullName ?? 'invitee'}) but no information from it is recorded.` });
  });
  return hits.length > 0 ? hits : NO_HITS;
});
