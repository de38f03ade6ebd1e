import { formatLondonInstant } from '../../calendar/formatLondon.js';
import { childSeenDeadline } from '../../deadlines/childSeenDeadline.js';
import { isDeadlineMet } from '../../deadlines/isDeadlineMet.js';
import { describeTimescale } from '../../profiles/describeTimescale.js';
import { defineRule } from '../defineRule.js';
import { NO_HITS, type RuleHit } from '../types.js';
import { breachHit, formatActual, reportedDeadline, timescaleProfile } from './timescaleBreach.js';

/**
 * SD-S47-4: a child is to be seen later than the profile allows after the Section 47 decision. The
 * record holds no time for the decision itself, so it is taken as the end of the discussion (the latest
 * it can have been made), else its start.
 */
export const childSeenInTime = defineRule('SD-S47-4', (context) => {
  const { record, index } = context;
  const decidedAt = record.meeting?.endedAt ?? record.meeting?.startedAt;
  if (decidedAt === undefined || index.s47Decisions.length === 0) return NO_HITS;
  const deadline = childSeenDeadline(decidedAt, timescaleProfile(context));
  if (deadline.status !== 'due') return NO_HITS;
  const hits: RuleHit[] = [];
  index.decisions.forEach((decision, position) => {
    const seeBy = decision.outcome === 's47-enquiry' ? decision.s47?.seeChild?.byWhen : undefined;
    if (seeBy === undefined) return;
    const pointer = `/decisions/${position}/s47/seeChild/byWhen`;
    const name = index.children.find((child) => child.id === decision.childId)?.fullName ?? `The child (${decision.childId ?? position + 1})`;
    const met = isDeadlineMet(deadline, seeBy);
    context.addDeadline(reportedDeadline(deadline, pointer, seeBy, met, `${deadline.label}: ${name}`));
    if (met === false) {
      hits.push(
        breachHit(context, 'SD-S47-4', deadline, {
          pointer,
          what: `${name} is to be seen by ${formatActual(seeBy)}`,
          due: 'the child must be seen',
          why: `${describeTimescale(deadline.limit.timescale)} after the Section 47 decision, taken as the ${record.meeting?.endedAt === undefined ? 'start' : 'end'} of the discussion on ${formatLondonInstant(decidedAt)}`,
        }),
      );
    }
  });
  return hits.length > 0 ? hits : NO_HITS;
});
