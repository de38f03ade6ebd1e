import { dayNumberFromIsoDate } from '../../calendar/civilDate.js';
import { formatLondonDate, formatLondonTime } from '../../calendar/formatLondon.js';
import { parseInstant } from '../../calendar/parseInstant.js';
import type { Deadline } from '../../deadlines/deadlineTypes.js';
import { quote } from '../text.js';
import type { RuleHit } from '../types.js';

/**
 * The hit for a timescale a rule could not check: the deadline cannot be worked out (a year outside
 * the bank holiday table, a time that cannot be read), the recorded date cannot be compared with it, or
 * the deadline counts from a discussion whose date is in another record.
 *
 * Always a warning, whatever severity the profile sets for the rule: not knowing is not a breach and
 * must not block sign-off, but it must not pass in silence either, so the chair checks it by hand.
 */
export function uncheckedTimescale(label: string, pointer: string, reason: string): RuleHit {
  return {
    pointer,
    severity: 'warning',
    message: `The timescale "${label}" could not be checked, so check it by hand: ${reason}.`,
  };
}

/**
 * Why a deadline and the date recorded against it could not be compared (when `isDeadlineMet` gave
 * `undefined` for a deadline with a limit): the deadline's own reason, or what is wrong with `actual`.
 */
export function whyUnchecked(deadline: Deadline, actual: string): string {
  if (deadline.status === 'unavailable') return `the deadline cannot be worked out (${deadline.reason})`;
  if (parseInstant(actual) === undefined && dayNumberFromIsoDate(actual) === undefined) {
    return `${quote(actual)} is not a date, or a date and time with its UTC offset, that can be read`;
  }
  if (deadline.status === 'due') {
    return `only the date ${formatLondonDate(actual)} is recorded, and the deadline falls at ${formatLondonTime(deadline.lastMomentMs) ?? 'a time'} on that day`;
  }
  return 'the procedure sets no measurable limit';
}
