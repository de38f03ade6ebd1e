import { strategyDiscussionDeadline } from '../../deadlines/strategyDiscussionDeadline.js';
import { isBundledProfileId } from '../../profiles/bundledProfiles.js';
import { describeTimescale } from '../../profiles/describeTimescale.js';
import { URGENCY_CATEGORIES } from '../../profiles/urgencyCategories.js';
import { defineRule } from '../defineRule.js';
import { quote } from '../text.js';
import { NO_HITS, type RuleHit } from '../types.js';
import { checkDeadline } from './checkDeadline.js';
import { breachHit, formatActual, timescaleProfile } from './timescaleBreach.js';

/**
 * SD-TIM-1: the discussion was held later than the profile allows for its urgency category. Also says,
 * as a warning, when the timescales were checked against another profile than the one the record names,
 * and when the deadline could not be worked out or compared.
 */
export const discussionHeldInTime = defineRule('SD-TIM-1', (context) => {
  const { meeting } = context.record;
  const profile = timescaleProfile(context);
  const hits: RuleHit[] = [];
  const named = meeting?.profileId;
  if (named !== undefined && named !== profile.id) {
    hits.push({
      pointer: '/meeting/profileId',
      severity: 'warning',
      message: `The record names the local procedure ${quote(named)}${isBundledProfileId(named) ? '' : ', which is not one of the bundled profiles'}; its timescales were checked against the ${profile.shortName} instead.`,
    });
  }
  const concernsAt = meeting?.concernsIdentifiedAt;
  const heldAt = meeting?.startedAt;
  if (concernsAt === undefined || heldAt === undefined) return hits.length > 0 ? hits : NO_HITS;
  const deadline = strategyDiscussionDeadline(concernsAt, meeting?.urgency, profile);
  const check = checkDeadline(context, deadline, heldAt, { from: '/meeting/concernsIdentifiedAt', actual: '/meeting/startedAt' });
  if (check.outcome === 'unchecked') hits.push(check.hit);
  if (check.outcome === 'late') {
    const category = meeting?.urgency ?? 'standard';
    hits.push(
      breachHit(context, 'SD-TIM-1', check.deadline, {
        pointer: '/meeting/startedAt',
        what: `The concerns were identified on ${formatActual(concernsAt)} and the discussion was held on ${formatActual(heldAt)}`,
        why: `${describeTimescale(check.deadline.limit.timescale)} for ${URGENCY_CATEGORIES[category]}${meeting?.urgency === undefined ? '; no urgency was recorded' : ''}`,
      }),
    );
  }
  return hits.length > 0 ? hits : NO_HITS;
});
