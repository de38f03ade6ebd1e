import { defineRule } from './defineRule.js';
import { NameSet } from './NameSet.js';
import { NO_HITS, type RuleHit } from './types.js';

/** SD-CIR-1: the circulation list omits an invitee or an action owner (matched by invitee reference or by name). */
export const circulationCoversEveryone = defineRule('SD-CIR-1', ({ record, index }) => {
  const byId = new Set<string>();
  const byName = new NameSet();
  for (const recipient of record.circulation?.recipients ?? []) {
    if (recipient.attendeeId !== undefined) byId.add(recipient.attendeeId);
    if (recipient.fullName !== undefined) byName.add(recipient.fullName);
  }
  const listed = (id: string | undefined, name: string) => (id !== undefined && byId.has(id)) || byName.has(name);
  const reported = new NameSet();
  const hits: RuleHit[] = [];
  for (const attendee of index.attendees) {
    if (attendee.fullName === undefined || listed(attendee.id, attendee.fullName)) continue;
    reported.add(attendee.fullName);
    hits.push({
      pointer: '/circulation/recipients',
      message: `${attendee.fullName} (${attendee.agency?.name ?? 'invitee'}) was invited but is not on the circulation list.`,
    });
  }
  (record.actions ?? []).forEach((action, position) => {
    const owner = action.owner;
    if (owner?.fullName === undefined || listed(owner.attendeeId, owner.fullName) || reported.has(owner.fullName))
      return;
    reported.add(owner.fullName);
    hits.push({
      pointer: '/circulation/recipients',
      message: `${owner.fullName} (${owner.agency ?? 'action owner'}) owns action ${position + 1} but is not on the circulation list.`,
    });
  });
  return hits.length > 0 ? hits : NO_HITS;
});
