import type { ResolvedProfile, UrgencyCategory } from '../profiles/profileTypes.js';
import { computeDeadline } from './computeDeadline.js';
import type { Deadline } from './deadlineTypes.js';

/**
 * When the strategy discussion must be held by: counted from when the child protection concerns were
 * identified or the referral received, under the profile's timescale for the urgency category.
 * An unrecorded urgency counts as `standard` ("all other concerns"), the category every procedure has.
 *
 * @param concernsIdentifiedAt the record's `meeting.concernsIdentifiedAt` (date-time with offset)
 */
export function strategyDiscussionDeadline(
  concernsIdentifiedAt: string,
  urgency: UrgencyCategory | undefined,
  profile: ResolvedProfile,
): Deadline {
  return computeDeadline('strategy-discussion', concernsIdentifiedAt, profile.urgency[urgency ?? 'standard'], profile);
}
