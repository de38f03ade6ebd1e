import { formatLondonDate, formatLondonInstant } from '@strategy-record/validators';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * A date or date-time from the record as readers in England expect it, in London time:
 * "Tuesday 10 February 2026" or "Tuesday 10 February 2026 at 13:30". Anything that does not parse
 * (a draft may hold a half-typed date) is returned exactly as written: minutes never drop or invent
 * a date.
 */
export function formatDateOrDateTime(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return String(value);
  // The validators' calendar writes dates as its messages do, from its own table of London's clock
  // changes (checked against the time zone database), not from the host's ICU: the words cannot
  // change with the Node version, and no ICU time zone data is loaded (10 ms of a cold start).
  if (DATE_ONLY.test(value)) return formatLondonDate(value);
  if (!DATE_TIME.test(value)) return value;
  // RFC 3339 needs seconds and the validators' parser does too; ISO 8601 lets them go.
  const instant = value.toUpperCase().replace(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(Z|[+-]\d{2}:\d{2})$/, '$1:00$2');
  const formatted = formatLondonInstant(instant);
  return formatted === instant ? value : formatted;
}

/**
 * The instant a record value names, as an ISO string, or undefined when it does not name one.
 * Used for PDF creation dates, which must come from the record, never from the clock.
 */
export function toInstant(value: string | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (DATE_ONLY.test(value) || DATE_TIME.test(value)) {
    const instant = new Date(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
    if (!Number.isNaN(instant.getTime())) return instant.toISOString();
  }
  return undefined;
}
