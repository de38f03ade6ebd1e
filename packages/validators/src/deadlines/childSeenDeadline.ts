import type { ResolvedProfile } from '../profiles/profileTypes.js';
import { computeDeadline } from './computeDeadline.js';
import type { Deadline } from './deadlineTypes.js';

/**
 * When a child must be seen by after the strategy discussion decided on a Section 47 enquiry (24 hours
 * in Lancashire; no fixed limit in the national default, which gives `status: 'no-limit'`).
 *
 * @param s47DecisionAt when the decision was made; the record holds no separate time for it, so the
 * validators pass the end of the discussion (`meeting.endedAt`, else `startedAt`).
 */
export function childSeenDeadline(s47DecisionAt: string, profile: ResolvedProfile): Deadline {
  return computeDeadline('child-seen', s47DecisionAt, profile.childSeen, profile);
}
