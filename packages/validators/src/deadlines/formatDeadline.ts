import { formatLondonDate, formatLondonTime } from '../calendar/formatLondon.js';
import type { Deadline } from './deadlineTypes.js';

/**
 * A deadline in British English, London time, ready to follow "due": "by the end of Thursday 2 April
 * 2026" (same day, working or calendar days), "by 14:00 on Tuesday 17 March 2026" (hours), "with no
 * fixed limit", or "(cannot be worked out: …)".
 */
export function formatDeadline(deadline: Deadline): string {
  switch (deadline.status) {
    case 'due':
      return deadline.precision === 'end-of-day'
        ? `by the end of ${formatLondonDate(deadline.date)}`
        : `by ${formatLondonTime(deadline.lastMomentMs) as string} on ${formatLondonDate(deadline.date)}`;
    case 'no-limit':
      return 'with no fixed limit';
    case 'unavailable':
      return `(cannot be worked out: ${deadline.reason})`;
  }
}
