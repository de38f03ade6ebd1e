import { dayNumberFromIsoDate } from '../calendar/civilDate.js';
import { parseInstant } from '../calendar/parseInstant.js';
import type { Deadline } from './deadlineTypes.js';

/**
 * Whether something that happened (or is planned) at `actual` meets a deadline: `true`, `false`, or
 * `undefined` when it cannot be told (no limit, the deadline could not be worked out, `actual` is not a
 * date or date-time, or `actual` is a bare date on the very day an hours deadline falls).
 *
 * @param actual an RFC 3339 date-time with offset, or a `YYYY-MM-DD` date (an ICPC target date)
 */
export function isDeadlineMet(deadline: Deadline, actual: string): boolean | undefined {
  if (deadline.status !== 'due') return undefined;
  const actualMs = parseInstant(actual);
  if (actualMs !== undefined) return actualMs <= deadline.lastMomentMs;
  const actualDay = dayNumberFromIsoDate(actual);
  const dueDay = dayNumberFromIsoDate(deadline.date);
  if (actualDay === undefined || dueDay === undefined) return undefined;
  if (actualDay !== dueDay) return actualDay < dueDay;
  return deadline.precision === 'end-of-day' ? true : undefined;
}
