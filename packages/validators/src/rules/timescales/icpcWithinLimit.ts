import { londonDateOf } from '../../calendar/londonTime.js';
import { icpcDeadline } from '../../deadlines/icpcDeadline.js';
import { isDeadlineMet } from '../../deadlines/isDeadlineMet.js';
import { describeTimescale } from '../../profiles/describeTimescale.js';
import { defineRule } from '../defineRule.js';
import { NO_HITS } from '../types.js';
import { breachHit, formatActual, reportedDeadline, timescaleProfile } from './timescaleBreach.js';

/**
 * SD-S47-7: a Section 47 enquiry was decided and the ICPC target date is later than the profile allows.
 *
 * Counted from this discussion, unless the profile counts from the discussion that started the enquiry
 * and `icpc.anchorRecordId` names another record: that record's date is not in this one, so nothing is
 * computed rather than something wrong.
 */
export const icpcWithinLimit = defineRule('SD-S47-7', (context) => {
  const { record, index } = context;
  const target = record.icpc?.targetDate;
  const heldAt = record.meeting?.startedAt;
  if (target === undefined || heldAt === undefined || index.s47Decisions.length === 0) return NO_HITS;
  const profile = timescaleProfile(context);
  const anchorRecordId = record.icpc?.anchorRecordId;
  if (profile.icpc.anchor === 'enquiry-start' && anchorRecordId !== undefined && anchorRecordId !== record.recordId) return NO_HITS;
  const deadline = icpcDeadline(heldAt, profile);
  if (deadline.status !== 'due') return NO_HITS;
  const met = isDeadlineMet(deadline, target);
  context.addDeadline(reportedDeadline(deadline, '/icpc/targetDate', target, met));
  if (met !== false) return NO_HITS;
  const anchor = profile.icpc.anchor === 'enquiry-start' ? 'the strategy discussion at which the Section 47 enquiry was decided' : 'the latest strategy discussion';
  return [
    breachHit(context, 'SD-S47-7', deadline, {
      pointer: '/icpc/targetDate',
      what: `The initial child protection conference is planned for ${formatActual(target)}`,
      due: 'it is due',
      why: `${describeTimescale(deadline.limit.timescale)} after ${anchor}, held on ${formatActual(londonDateOf(heldAt) ?? heldAt)}`,
    }),
  ];
});
