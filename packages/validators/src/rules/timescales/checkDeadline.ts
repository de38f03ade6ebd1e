import type { Deadline, DueDeadline } from '../../deadlines/deadlineTypes.js';
import { isDeadlineMet } from '../../deadlines/isDeadlineMet.js';
import type { RuleContext, RuleHit } from '../types.js';
import { reportedDeadline } from './timescaleBreach.js';
import { uncheckedTimescale, whyUnchecked } from './uncheckedTimescale.js';

/** What comparing a recorded date with a deadline gave. */
export type DeadlineCheck =
  | { readonly outcome: 'met' | 'no-limit' }
  | { readonly outcome: 'late'; readonly deadline: DueDeadline }
  | { readonly outcome: 'unchecked'; readonly hit: RuleHit };

// Shared: most deadlines are met, and a clean record should allocate as little as possible.
const MET: DeadlineCheck = Object.freeze({ outcome: 'met' });
const NO_LIMIT: DeadlineCheck = Object.freeze({ outcome: 'no-limit' });

/** Where the two sides of a deadline are in the record. */
export interface DeadlineFields {
  /** The field the clock starts from, blamed when the deadline cannot be worked out. */
  readonly from: string;
  /** The field holding the date compared with the deadline. */
  readonly actual: string;
}

/**
 * Compares the date recorded at `fields.actual` with a deadline, adds the deadline to the report when it
 * falls due (labelled `label`), and says how it went. A deadline that cannot be worked out, or a date
 * that cannot be compared with it, is never passed over in silence: it gives the warning hit of
 * `uncheckedTimescale`, which the rule returns.
 */
export function checkDeadline(
  context: RuleContext,
  deadline: Deadline,
  actual: string,
  fields: DeadlineFields,
  label?: string,
): DeadlineCheck {
  if (deadline.status === 'no-limit') return NO_LIMIT;
  if (deadline.status === 'unavailable')
    return {
      outcome: 'unchecked',
      hit: uncheckedTimescale(label ?? deadline.label, fields.from, whyUnchecked(deadline, actual)),
    };
  const met = isDeadlineMet(deadline, actual);
  context.addDeadline(reportedDeadline(deadline, fields.actual, actual, met, label));
  if (met === true) return MET;
  if (met === false) return { outcome: 'late', deadline };
  return {
    outcome: 'unchecked',
    hit: uncheckedTimescale(label ?? deadline.label, fields.actual, whyUnchecked(deadline, actual)),
  };
}
