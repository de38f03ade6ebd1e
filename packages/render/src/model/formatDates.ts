const LONDON = 'Europe/London';

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

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
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly !== null) {
    const date = new Date(Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])));
    return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? value : dateFormat.format(date);
  }
  if (!DATE_TIME.test(value)) return value;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  const parts = Object.fromEntries(dateTimeFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute}`;
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
