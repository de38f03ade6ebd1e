import { defineRule } from './defineRule.js';
import { nameKey } from './text.js';
import { NO_HITS, type RuleHit } from './types.js';

/** SD-CIR-1: the circulation list omits an invitee or an action owner. */
export const circulationCoversEveryone = defineRule('SD-CIR-1', ({ record, index }) => {
  const recipients = record.circulation?.recipients ?? [];
  const byId = new Set<string>();
  const byName = new Set<string>();
  for (const recipient of recipients) {
    if (recipient.attendeeId !== undefined) byId.add(recipient.attendeeId);
    if (recipient.fullName !== undefined) byName.add(nameKey(recipient.fullName));
  }
  const listed = (id: string | undefined, name: string | undefined) =>
    (id !== undefined && byId.has(id)) || (name !== undefined && byName.has(nameKey(name)));
  const hits: RuleHit[] = [];
  const reported = new Set<string>();
  index.attendees.forEach((attendee) => {
    if (!listed(attendee.id, attendee.fullName) && attendee.fullName !== undefined) {
      reported.add(nameKey(attendee.fullName));
      hits.push({ pointer: '/circulation/recipients', message: `${attendee.fullName} (${attendee.agency?.name ?? 'invitee'}) was invited but is not on the circulation list.` });
    }
  });
  (record.actions ?? []).forEach((action, position) => {
    const owner = action.owner;
    if (owner?.fullName === undefined || reported.has(nameKey(owner.fullName))) return;
    if (!listed(owner.attendeeId, owner.fullName)) {
      reported.add(nameKey(owner.fullName));
      hits.push({ pointer: '/circulation/recipients', message: `${owner.fullName} (${owner.agency ?? 'action owner'}) owns action ${position + 1} but is not on the circulation list.` });
    }
  });
  return hits.length > 0 ? hits : NO_HITS;
});
