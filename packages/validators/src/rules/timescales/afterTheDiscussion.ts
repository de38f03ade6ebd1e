import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { formatLondonInstant } from '../../calendar/formatLondon.js';
import type { Deadline, DueDeadline } from '../../deadlines/deadlineTypes.js';
import type { ResolvedProfile } from '../../profiles/profileTypes.js';
import { describeTimescale } from '../../profiles/describeTimescale.js';
import type { RuleId } from '../../ruleCatalogue.js';
import { defineRule } from '../defineRule.js';
import { NO_HITS, type Rule } from '../types.js';
import { checkDeadline } from './checkDeadline.js';
import { breachHit, formatActual, timescaleProfile } from './timescaleBreach.js';

/**
 * "24 hours after the discussion ended on Tuesday 10 February 2026 at 14:40", for deadlines counted
 * from the end of the discussion (or from its start when no end is recorded, which the words then say).
 */
function afterTheDiscussion(deadline: DueDeadline, endRecorded: boolean): string {
  const when = formatLondonInstant(deadline.from);
  const counted = endRecorded ? `ended on ${when}` : `started on ${when} (no end time is recorded)`;
  return `${describeTimescale(deadline.limit.timescale)} after the discussion ${counted}`;
}

/** What differs between the rules on what happens after the discussion (write-up, circulation). */
export interface AfterDiscussionTimescale {
  readonly ruleId: RuleId;
  readonly deadline: (discussionEndedAt: string, profile: ResolvedProfile) => Deadline;
  readonly actual: (record: StrategyDiscussionRecord) => string | undefined;
  readonly pointer: string;
  /** "The record was written up". */
  readonly happened: string;
  /** "it was due", "they were due". */
  readonly due: string;
}

/**
 * A rule comparing when something was done after the discussion with the profile's limit, counted
 * from the end of the discussion (its start when no end is recorded). A deadline it cannot work out or
 * compare gives a warning that says so.
 */
export function afterDiscussionRule(timescale: AfterDiscussionTimescale): Rule {
  return defineRule(timescale.ruleId, (context) => {
    const { meeting } = context.record;
    const endedAt = meeting?.endedAt ?? meeting?.startedAt;
    const actual = timescale.actual(context.record);
    if (endedAt === undefined || actual === undefined) return NO_HITS;
    const deadline = timescale.deadline(endedAt, timescaleProfile(context));
    const from = meeting?.endedAt === undefined ? '/meeting/startedAt' : '/meeting/endedAt';
    const check = checkDeadline(context, deadline, actual, { from, actual: timescale.pointer });
    if (check.outcome === 'unchecked') return [check.hit];
    if (check.outcome !== 'late') return NO_HITS;
    return [
      breachHit(context, timescale.ruleId, check.deadline, {
        pointer: timescale.pointer,
        what: `${timescale.happened} on ${formatActual(actual)}`,
        due: timescale.due,
        why: afterTheDiscussion(check.deadline, meeting?.endedAt !== undefined),
      }),
    ];
  });
}
