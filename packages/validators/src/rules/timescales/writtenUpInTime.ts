import { writeUpDeadline } from '../../deadlines/writeUpDeadline.js';
import { afterDiscussionRule } from './afterTheDiscussion.js';

/** SD-TIM-2: the record was written up later than the profile allows after the discussion ended. */
export const writtenUpInTime = afterDiscussionRule({
  ruleId: 'SD-TIM-2',
  deadline: writeUpDeadline,
  actual: (record) => record.signOff?.writtenUpAt,
  pointer: '/signOff/writtenUpAt',
  happened: 'The record was written up',
  due: 'it was due',
});
