import { strategyDiscussionDeadline } from '../../deadlines/strategyDiscussionDeadline.js';
import { describeTimescale } from '../../profiles/describeTimescale.js';
import { URGENCY_CATEGORIES } from '../../profiles/urgencyCategories.js';
import { defineRule } from '../defineRule.js';
import { NO_HITS } from '../types.js';
import { checkDeadline } from './checkDeadline.js';
import { breachHit, formatActual, timescaleProfile } from './timescaleBreach.js';

/**
 * SD-TIM-1: the discussion was held later than the profile allows for its urgency category. Also says,
 * as a warning, when the deadline could not be worked out or compared. (Checking against another
 * profile than the one the record names is SD-TIM-PROFILE's finding, not a late discussion.)
 */
export const discussionHeldInTime = defineRule('SD-TIM-1', (context) => {
  const { meeting } = context.record;
  const concernsAt = meeting?.concernsIdentifiedAt;
  const heldAt = meeting?.startedAt;
  if (concernsAt === undefined || heldAt === undefined) return NO_HITS;
  const deadline = strategyDiscussionDeadline(concernsAt, meeting?.urgency, timescaleProfile(context));
  const check = checkDeadline(context, deadline, heldAt, {
    from: '/meeting/concernsIdentifiedAt',
    actual: '/meeting/startedAt',
  });
  if (check.outcome === 'unchecked') return [check.hit];
  if (check.outcome !== 'late') return NO_HITS;
  const category = meeting?.urgency ?? 'standard';
  return [
    breachHit(context, 'SD-TIM-1', check.deadline, {
      pointer: '/meeting/startedAt',
      what: `The concerns were identified on ${formatActual(concernsAt)} and the discussion was held on ${formatActual(heldAt)}`,
      why: `${describeTimescale(check.deadline.limit.timescale)} for ${URGENCY_CATEGORIES[category]}${meeting?.urgency === undefined ? '; no urgency was recorded' : ''}`,
    }),
  ];
});
