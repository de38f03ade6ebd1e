import type { Audience } from '../model/MinutesDocument.js';

/** One file of a set of per-recipient copies, as the manifest lists it. */
export interface ManifestEntry {
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

const CSV_COLUMNS = ['recipient', 'agency', 'audience', 'file', 'sha256', 'protected'] as const;

/** The manifest as JSON (an object with `recordId` and `files`, two-space indented, ending in a newline). */
export function manifestJson(recordId: string, entries: readonly ManifestEntry[]): string {
  return `${JSON.stringify({ recordId, files: entries }, null, 2)}\n`;
}

/**
 * The manifest as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line
 * break), `protected` as yes or no. A field that a spreadsheet would run as a formula (one starting
 * with =, +, -, @, a tab or a carriage return) gets a leading apostrophe: names come from a record.
 */
export function manifestCsv(entries: readonly ManifestEntry[]): string {
  const rows = entries.map((entry) =>
    CSV_COLUMNS.map((column) => {
      const value = entry[column];
      return typeof value === 'boolean' ? (value ? 'yes' : 'no') : value;
    }),
  );
  return [[...CSV_COLUMNS], ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
