import { defineRule } from './defineRule.js';
import { NameSet } from './NameSet.js';
import { NO_HITS, type RuleHit } from './types.js';

/** SD-INF-1: every agency that took part has at least one information entry, matched by agency name or by invitee. */
export const attendingAgenciesShareInformation = defineRule('SD-INF-1', ({ record, index }) => {
  const sharingAgencies = new NameSet();
  const sharingInvitees = new Set<string>();
  for (const entry of record.informationShared ?? []) {
    if (entry.agency?.name !== undefined) sharingAgencies.add(entry.agency.name);
    if (entry.attendeeId !== undefined) sharingInvitees.add(entry.attendeeId);
  }
  // An agency's information may be entered against any of its invitees: find those agencies first.
  const agenciesOfSharingInvitees = new NameSet();
  for (const attendee of index.attendees) {
    if (attendee.id !== undefined && sharingInvitees.has(attendee.id) && attendee.agency?.name !== undefined) {
      agenciesOfSharingInvitees.add(attendee.agency.name);
    }
  }
  const reported = new NameSet();
  const hits: RuleHit[] = [];
  index.attendees.forEach((attendee, position) => {
    const agency = attendee.agency?.name;
    if (attendee.attendance !== 'attended' || agency === undefined) return;
    if (sharingAgencies.has(agency) || agenciesOfSharingInvitees.has(agency) || reported.has(agency)) return;
    reported.add(agency);
    hits.push({
      pointer: `/attendees/${position}`,
      message: `${agency} took part (${attendee.fullName ?? 'invitee'}) but no information from it is recorded.`,
    });
  });
  return hits.length > 0 ? hits : NO_HITS;
});
