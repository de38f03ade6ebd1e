import type { FieldSchema } from './fieldIndex.js';
import { londonWallTime } from './londonTime.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A `YYYY-MM-DD` date as GOV.UK writes it: "14 March 2026". Anything else comes back unchanged. */
export function formatDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const month = match === null ? undefined : MONTHS[Number(match[2]) - 1];
  return match === null || month === undefined ? value : `${Number(match[3])} ${month} ${match[1]}`;
}

/** An instant as the time in England, GOV.UK style: "14 March 2026 at 9:30am". A date alone is formatted as one. */
export function formatDateTime(value: string): string {
  const wall = londonWallTime(value);
  if (wall === undefined) return formatDate(value);
  const suffix = wall.hour < 12 ? 'am' : 'pm';
  const hour = wall.hour % 12 === 0 ? 12 : wall.hour % 12;
  const time =
    wall.hour === 12 && wall.minute === 0
      ? 'midday'
      : wall.hour === 0 && wall.minute === 0
        ? 'midnight'
        : `${hour}:${String(wall.minute).padStart(2, '0')}${suffix}`;
  return `${formatDate(wall.date)} at ${time}`;
}

/** An answer as a sentence fragment for the check-answers page: option labels, Yes/No, formatted dates. */
export function formatAnswer(field: FieldSchema, value: unknown): string {
  const labelOf = (option: unknown) =>
    field.options?.find((candidate) => candidate.value === option)?.label ?? String(option);
  switch (field.kind) {
    case 'choice':
    case 'boolean':
      return labelOf(value);
    case 'choices':
      return Array.isArray(value) ? value.map(labelOf).join(', ') : '';
    case 'date':
      return typeof value === 'string' ? formatDate(value) : '';
    case 'dateTime':
    case 'dateOrDateTime':
      return typeof value === 'string' ? formatDateTime(value) : '';
    default:
      return typeof value === 'string' ? value : '';
  }
}
