import { circulationDeadline } from '../../deadlines/circulationDeadline.js';
import { afterDiscussionRule } from './afterTheDiscussion.js';

/** SD-TIM-3: the minutes were circulated later than the profile allows after the discussion ended. */
export const circulatedInTime = afterDiscussionRule({
  ruleId: 'SD-TIM-3',
  deadline: circulationDeadline,
  actual: (record) => record.circulation?.circulatedAt,
  pointer: '/circulation/circulatedAt',
  happened: 'The minutes were circulated',
  due: 'they were due',
});
