import { formatLondonInstant } from '../../calendar/formatLondon.js';
import { childSeenDeadline } from '../../deadlines/childSeenDeadline.js';
import { describeTimescale } from '../../profiles/describeTimescale.js';
import { defineRule } from '../defineRule.js';
import { NO_HITS, type RuleHit } from '../types.js';
import { checkDeadline } from './checkDeadline.js';
import { breachHit, formatActual, timescaleProfile } from './timescaleBreach.js';

/**
 * SD-S47-4: a child is to be seen later than the profile allows after the Section 47 decision. The
 * record holds no time for the decision itself, so it is taken as the end of the discussion (the latest
 * it can have been made), else its start.
 *
 * An unborn baby cannot be seen, so decisions about an unborn child are not checked against the limit.
 * One `child-seen` timescale exception (reason and escalation) lowers every late child's finding to a
 * warning: the record's exceptions name a timescale, not a child, so an exception cannot be matched to
 * the child it was written for.
 */
export const childSeenInTime = defineRule('SD-S47-4', (context) => {
  const { record, index } = context;
  const decidedAt = record.meeting?.endedAt ?? record.meeting?.startedAt;
  if (decidedAt === undefined || index.s47Decisions.length === 0) return NO_HITS;
  const deadline = childSeenDeadline(decidedAt, timescaleProfile(context));
  if (deadline.status === 'no-limit') return NO_HITS;
  const from = record.meeting?.endedAt === undefined ? '/meeting/startedAt' : '/meeting/endedAt';
  const hits: RuleHit[] = [];
  index.decisions.forEach((decision, position) => {
    const seeBy = decision.outcome === 's47-enquiry' ? decision.s47?.seeChild?.byWhen : undefined;
    if (seeBy === undefined) return;
    const child = index.children.find((candidate) => candidate.id === decision.childId);
    if (child?.unborn === true) return;
    const pointer = `/decisions/${position}/s47/seeChild/byWhen`;
    const name = child?.fullName ?? `The child (${decision.childId ?? position + 1})`;
    const check = checkDeadline(context, deadline, seeBy, { from, actual: pointer }, `${deadline.label}: ${name}`);
    if (check.outcome === 'unchecked') hits.push(check.hit);
    if (check.outcome === 'late') {
      hits.push(
        breachHit(context, 'SD-S47-4', check.deadline, {
          pointer,
          what: `${name} is to be seen by ${formatActual(seeBy)}`,
          due: 'the child must be seen',
          why: `${describeTimescale(check.deadline.limit.timescale)} after the Section 47 decision, taken as the ${record.meeting?.endedAt === undefined ? 'start' : 'end'} of the discussion on ${formatLondonInstant(decidedAt)}`,
        }),
      );
    }
  });
  return hits.length > 0 ? hits : NO_HITS;
});
