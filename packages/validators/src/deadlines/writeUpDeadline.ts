import type { ResolvedProfile } from '../profiles/profileTypes.js';
import { computeDeadline } from './computeDeadline.js';
import type { Deadline } from './deadlineTypes.js';

/**
 * When the record must be written up by, counted from the end of the discussion (24 hours in
 * Lancashire; no fixed limit in the national default).
 *
 * @param discussionEndedAt the record's `meeting.endedAt` (or `startedAt` when no end was recorded)
 */
export function writeUpDeadline(discussionEndedAt: string, profile: ResolvedProfile): Deadline {
  return computeDeadline('write-up', discussionEndedAt, profile.writeUp, profile);
}
