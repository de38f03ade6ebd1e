import { londonDateOf } from '../../calendar/londonTime.js';
import { icpcDeadline } from '../../deadlines/icpcDeadline.js';
import { DEADLINE_LABELS } from '../../deadlines/deadlineTypes.js';
import { describeTimescale } from '../../profiles/describeTimescale.js';
import { defineRule } from '../defineRule.js';
import { quote } from '../text.js';
import { NO_HITS } from '../types.js';
import { checkDeadline } from './checkDeadline.js';
import { breachHit, formatActual, timescaleProfile } from './timescaleBreach.js';
import { uncheckedTimescale } from './uncheckedTimescale.js';

/**
 * SD-S47-7: a Section 47 enquiry was decided and the ICPC target date is later than the profile allows.
 *
 * Counted from this discussion, unless the profile counts from the discussion that started the enquiry
 * and `icpc.anchorRecordId` names another record: that record's date is not in this one, so no deadline
 * is computed rather than a wrong one, and a warning says the timescale could not be checked.
 */
export const icpcWithinLimit = defineRule('SD-S47-7', (context) => {
  const { record, index } = context;
  const target = record.icpc?.targetDate;
  const heldAt = record.meeting?.startedAt;
  if (target === undefined || heldAt === undefined || index.s47Decisions.length === 0) return NO_HITS;
  const profile = timescaleProfile(context);
  const anchorRecordId = record.icpc?.anchorRecordId;
  if (profile.icpc.anchor === 'enquiry-start' && anchorRecordId !== undefined && anchorRecordId !== record.recordId) {
    if (profile.icpc.limit.timescale.kind === 'no-limit') return NO_HITS;
    const counted = `it is counted from the strategy discussion at which the Section 47 enquiry was decided, which is recorded in ${quote(anchorRecordId)}, not in this record`;
    return [uncheckedTimescale(DEADLINE_LABELS.icpc, '/icpc/anchorRecordId', counted)];
  }
  const deadline = icpcDeadline(heldAt, profile);
  const check = checkDeadline(context, deadline, target, { from: '/meeting/startedAt', actual: '/icpc/targetDate' });
  if (check.outcome === 'unchecked') return [check.hit];
  if (check.outcome !== 'late') return NO_HITS;
  const anchor =
    profile.icpc.anchor === 'enquiry-start'
      ? 'the strategy discussion at which the Section 47 enquiry was decided'
      : 'the latest strategy discussion';
  return [
    breachHit(context, 'SD-S47-7', check.deadline, {
      pointer: '/icpc/targetDate',
      what: `The initial child protection conference is planned for ${formatActual(target)}`,
      due: 'it is due',
      why: `${describeTimescale(check.deadline.limit.timescale)} after ${anchor}, held on ${formatActual(londonDateOf(heldAt) ?? heldAt)}`,
    }),
  ];
});
