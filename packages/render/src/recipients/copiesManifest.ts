import type { Audience } from '../model/MinutesDocument.js';

/** One file of a set of per-recipient copies, as the manifest lists it. */
export interface ManifestEntry {
  /**
   * The number printed on the copy ("Copy 4 of 9 for …"): the recipient's position on the
   * circulation list, which traces a leaked copy to one entry even when two recipients share a name
   * and agency. Null for the family copy.
   */
  readonly copy: number | null;
  /** The recipient's name as the record has it, or "the family" for the family copy. */
  readonly recipient: string;
  /** The recipient's agency; empty for the family copy. */
  readonly agency: string;
  readonly audience: Audience;
  /** The file's name in the folder (no path). */
  readonly file: string;
  /** SHA-256 of the file's bytes, lower-case hex. */
  readonly sha256: string;
  /** Whether the file is password-protected. */
  readonly protected: boolean;
}

const CSV_COLUMNS = ['copy', 'recipient', 'agency', 'audience', 'file', 'sha256', 'protected'] as const;

/**
 * The manifest as JSON (an object with `recordId`, `files` and, when the family gets no copy,
 * `noFamilyCopy` saying why; two-space indented, ending in a newline).
 */
export function manifestJson(recordId: string, entries: readonly ManifestEntry[], noFamilyCopy?: string): string {
  return `${JSON.stringify({ recordId, files: entries, ...(noFamilyCopy === undefined ? {} : { noFamilyCopy }) }, null, 2)}\n`;
}

/** UTF-8's byte-order mark: without it, Excel on Windows reads the CSV as Windows-1252 and garbles "Siobhán" and 王秀英. */
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * The manifest as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line
 * break), starting with a UTF-8 byte-order mark, `protected` as yes or no, `copy` empty for the
 * family copy. A field that a spreadsheet would run as a formula (one starting
 * with =, +, -, @, a tab or a carriage return) gets a leading apostrophe: names come from a record.
 */
export function manifestCsv(entries: readonly ManifestEntry[]): string {
  const rows = entries.map((entry) =>
    CSV_COLUMNS.map((column) => {
      const value = entry[column];
      return typeof value === 'boolean' ? (value ? 'yes' : 'no') : value === null ? '' : String(value);
    }),
  );
  return BYTE_ORDER_MARK + [[...CSV_COLUMNS], ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
