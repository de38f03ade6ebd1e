import { isFilledIn } from '@strategy-record/schemas/core';
import type {
  KeyValue,
  KeyValueList,
  MinutesBlock,
  Notice,
  Paragraph,
  Subheading,
  Table,
  TableColumn,
  TableRole,
} from './MinutesDocument.js';

/** What the minutes print for a field the record leaves empty, so that a gap is visible. */
export const NOT_RECORDED = 'Not recorded';

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * A record value as display text: line endings normalised, tabs as spaces, invisible control
 * characters removed (no engine can draw them), text that is not filled in (no visible character,
 * the schema's rule) treated as missing, so "Not recorded" shows where the record says nothing. Numbers and booleans
 * are shown as written; objects and lists are not display values.
 */
export function displayText(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(CONTROL_CHARACTERS, '');
  return isFilledIn(text) ? text : undefined;
}

/** A label and value, or nothing when an optional value is missing. */
export function field(
  label: string,
  value: unknown,
  options: { readonly optional?: boolean } = {},
): KeyValue | undefined {
  const text = displayText(value);
  if (text === undefined) return options.optional === true ? undefined : { label, value: NOT_RECORDED };
  return { label, value: text };
}

/**
 * A label with the values of a field that holds several (an enum multi-select): a {@link ValueList}
 * when there are two or more; one value as plain text, as any other field (a list of one bullet is
 * clutter on the page and "list, 1 item" to a screen reader, for nothing it does not already say);
 * none as {@link field} shows a missing value. Values that are not display text are left out.
 */
export function listField(
  label: string,
  values: readonly unknown[],
  options: { readonly optional?: boolean } = {},
): KeyValue | undefined {
  const items = values.map(displayText).filter((item): item is string => item !== undefined);
  return items.length > 1 ? { label, value: items } : field(label, items[0], options);
}

/** A value as one piece of text, a list's items one per line: what size estimates and checks of length read. */
export function valueText(value: KeyValue['value']): string {
  return typeof value === 'string' ? value : value.join('\n');
}

export function keyValues(...items: readonly (KeyValue | undefined)[]): KeyValueList {
  return { kind: 'keyValues', items: items.filter((item): item is KeyValue => item !== undefined) };
}

export function paragraph(value: unknown): Paragraph | undefined {
  const text = displayText(value);
  return text === undefined ? undefined : { kind: 'paragraph', text };
}

export function subheading(text: string): Subheading {
  return { kind: 'subheading', text };
}

export function notice(text: string): Notice {
  return { kind: 'notice', text };
}

/** A column: label and relative width. */
export function column(label: string, weight: number): TableColumn {
  return { label, weight };
}

/** A table whose cells are display text; a missing cell value shows as an empty cell. */
export function table(
  role: TableRole,
  caption: string,
  columns: readonly TableColumn[],
  rows: readonly (readonly unknown[])[],
  emptyText: string,
  options: { readonly showCaption?: boolean } = {},
): Table {
  return {
    kind: 'table',
    role,
    caption,
    showCaption: options.showCaption === true,
    columns,
    rows: rows.map((row) => columns.map((_, index) => displayText(row[index]) ?? '')),
    emptyText,
  };
}

/** Drops the blocks a builder chose not to emit. */
export function blocks(...items: readonly (MinutesBlock | undefined | false)[]): MinutesBlock[] {
  return items.filter((item): item is MinutesBlock => item !== undefined && item !== false);
}
