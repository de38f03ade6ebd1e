import { strategyDiscussionDeadline } from '../../deadlines/strategyDiscussionDeadline.js';
import { isDeadlineMet } from '../../deadlines/isDeadlineMet.js';
import { isBundledProfileId } from '../../profiles/bundledProfiles.js';
import { describeTimescale } from '../../profiles/describeTimescale.js';
import { URGENCY_CATEGORIES } from '../../profiles/urgencyCategories.js';
import { defineRule } from '../defineRule.js';
import { quote } from '../text.js';
import { NO_HITS, type RuleHit } from '../types.js';
import { breachHit, formatActual, reportedDeadline, timescaleProfile } from './timescaleBreach.js';

/**
 * SD-TIM-1: the discussion was held later than the profile allows for its urgency category. Also says,
 * as a warning, when the timescales were checked against another profile than the one the record names.
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
  if (deadline.status !== 'due') return hits.length > 0 ? hits : NO_HITS;
  const met = isDeadlineMet(deadline, heldAt);
  context.addDeadline(reportedDeadline(deadline, '/meeting/startedAt', heldAt, met));
  if (met === false) {
    const category = meeting?.urgency ?? 'standard';
    hits.push(
      breachHit(context, 'SD-TIM-1', deadline, {
        pointer: '/meeting/startedAt',
        what: `The concerns were identified on ${formatActual(concernsAt)} and the discussion was held on ${formatActual(heldAt)}`,
        why: `${describeTimescale(deadline.limit.timescale)} for ${URGENCY_CATEGORIES[category]}${meeting?.urgency === undefined ? '; no urgency was recorded' : ''}`,
      }),
    );
  }
  return hits.length > 0 ? hits : NO_HITS;
});
