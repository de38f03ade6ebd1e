import type { ResolvedProfile } from '../profiles/profileTypes.js';
import { computeDeadline } from './computeDeadline.js';
import type { Deadline } from './deadlineTypes.js';

/**
 * When the initial child protection conference must be held by (15 working days in every bundled
 * profile): "ICPC due by the end of Thursday 2 April 2026".
 *
 * @param anchorDiscussionAt when the strategy discussion the profile counts from was held
 * (`profile.icpc.anchor`: the one that started the Section 47 enquiry, or the latest one); a date-time
 * with offset, or a `YYYY-MM-DD` date.
 */
export function icpcDeadline(anchorDiscussionAt: string, profile: ResolvedProfile): Deadline {
  return computeDeadline('icpc', anchorDiscussionAt, profile.icpc.limit, profile);
}
