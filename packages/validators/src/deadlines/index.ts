export { calendarForProfile } from './calendarForProfile.js';
export { childSeenDeadline } from './childSeenDeadline.js';
export { circulationDeadline } from './circulationDeadline.js';
export { computeDeadline } from './computeDeadline.js';
export {
  DEADLINE_LABELS,
  type Deadline,
  type DeadlineKey,
  type DueDeadline,
  type NoLimitDeadline,
  type UnavailableDeadline,
} from './deadlineTypes.js';
export { formatDeadline } from './formatDeadline.js';
export { icpcDeadline } from './icpcDeadline.js';
export { isDeadlineMet } from './isDeadlineMet.js';
export { strategyDiscussionDeadline } from './strategyDiscussionDeadline.js';
export { writeUpDeadline } from './writeUpDeadline.js';
