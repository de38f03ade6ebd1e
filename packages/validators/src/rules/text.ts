import { isFilledIn } from '@strategy-record/schemas/core';

/**
 * Whether a value is text with at least one visible character: blank or invisible text counts as
 * missing (the schema's definition of "filled in", shared with the forms and the minutes).
 */
export const hasText: (value: unknown) => value is string = isFilledIn;

/** A person's name folded for matching across lists: Unicode-normalised, trimmed, spaces collapsed, case-folded. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * A record value for a message: text and numbers quoted and cut short, so a 10 MB field never floods a
 * report; lists and groups described by kind, never serialised (a value may be nested thousands deep).
 */
export function quote(value: unknown, max = 60): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'a group of fields';
  const text = typeof value === 'string' ? value : String(value);
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `"${short.replace(/[\u0000-\u001f\u007f]/g, ' ')}"`;
}

/** Whole years between a date of birth and a date, both YYYY-MM-DD; undefined when either is unusable. */
export function ageOn(dateOfBirth: string | undefined, on: string | undefined): number | undefined {
  if (dateOfBirth === undefined || on === undefined) return undefined;
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [oy, om, od] = on.split('-').map(Number);
  if (![by, bm, bd, oy, om, od].every((part) => Number.isInteger(part))) return undefined;
  const beforeBirthday = om! < bm! || (om === bm && od! < bd!);
  return oy! - by! - (beforeBirthday ? 1 : 0);
}
