import { defineRule } from './defineRule.js';
import { NO_HITS, type RuleHit } from './types.js';

/** SD-ACT-3: an action is due before the discussion was held. */
export const actionsNotDueBeforeDiscussion = defineRule('SD-ACT-3', ({ record, index }) => {
  const { discussionDate, discussionStartMs } = index;
  if (discussionDate === undefined || discussionStartMs === undefined) return NO_HITS;
  const hits: RuleHit[] = [];
  (record.actions ?? []).forEach((action, position) => {
    const due = action.dueBy;
    if (due === undefined) return;
    // A date alone is compared as a date (due that day is fine); a date and time as an instant.
    const early = due.length === 10 ? due < discussionDate : Date.parse(due) < discussionStartMs;
    if (early) {
      hits.push({
        pointer: `/actions/${position}/dueBy`,
        message: `Action ${position + 1} is due on ${due}, before the discussion was held (${record.meeting?.startedAt}).`,
      });
    }
  });
  return hits.length > 0 ? hits : NO_HITS;
});
