import type { ResolvedProfile } from '../profiles/profileTypes.js';
import { computeDeadline } from './computeDeadline.js';
import type { Deadline } from './deadlineTypes.js';

/**
 * When the minutes must be circulated by, counted from the end of the discussion (1 working day in the
 * national default; 24 hours in Lancashire).
 *
 * @param discussionEndedAt the record's `meeting.endedAt` (or `startedAt` when no end was recorded)
 */
export function circulationDeadline(discussionEndedAt: string, profile: ResolvedProfile): Deadline {
  return computeDeadline('circulation', discussionEndedAt, profile.circulation, profile);
}
