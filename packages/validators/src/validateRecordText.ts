import { describeJsonError } from './locateJsonError.js';
import { readValidateOptions } from './readValidateOptions.js';
import { ruleCatalogue } from './ruleCatalogue.js';
import type { Finding, ValidationReport } from './findings.js';
import type { ValidateOptions, ValidateRecord } from './createValidateRecord.js';

/** Where and why a text is not a JSON record. */
export interface RecordTextError {
  readonly code: 'malformed-json' | 'too-large' | 'empty';
  readonly message: string;
  /** 1-based line and column of the first syntax error, for malformed JSON. */
  readonly line?: number;
  readonly column?: number;
}

/** The outcome of reading a record from text: the parsed value, or why it could not be read. */
export type ParsedRecordText =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: RecordTextError };

/** Texts longer than this (in UTF-16 code units, about 64 MB) are refused before parsing. */
export const MAX_RECORD_TEXT_LENGTH = 64 * 1024 * 1024;

/**
 * Parses record JSON, naming the line and column of the first syntax error. Never throws. A leading
 * byte-order mark is accepted; comments and trailing commas are not (they are not JSON).
 */
export function parseRecordText(text: string, maxLength = MAX_RECORD_TEXT_LENGTH): ParsedRecordText {
  if (typeof text !== 'string') {
    return {
      ok: false,
      error: {
        code: 'malformed-json',
        message: `A record's text must be a string; this is ${text === null ? 'null' : typeof text}.`,
      },
    };
  }
  if (text.length > maxLength) {
    return {
      ok: false,
      error: {
        code: 'too-large',
        message: `The file is too large to be a record (${Math.round(text.length / 1048576)} MB; at most ${Math.round(maxLength / 1048576)} MB).`,
      },
    };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '')
    return { ok: false, error: { code: 'empty', message: 'The file is empty: a record is a JSON object.' } };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    return { ok: false, error: { code: 'malformed-json', ...describeJsonError(body, error) } };
  }
}

/** Validates record JSON text: see {@link createValidateRecordText}. */
export type ValidateRecordText = (
  text: string,
  options?: ValidateOptions,
) => ValidationReport & { readonly parseError?: RecordTextError };

/**
 * Parses and validates record JSON in one call: malformed text gives a report with one SD-STR-JSON
 * finding naming the line and column, so callers handle one shape of answer.
 */
export const createValidateRecordText =
  (validateRecord: ValidateRecord): ValidateRecordText =>
  (text, options) => {
    // Read once, here, and handed on as read: a getter runs once, and a bad options value is reported
    // the same way whether or not the text parses.
    const read = readValidateOptions(options);
    const parsed = parseRecordText(text);
    if (parsed.ok) return validateRecord(parsed.value, read as ValidateOptions);
    const json = ruleCatalogue['SD-STR-JSON'];
    const findings: Finding[] = [
      {
        ruleId: 'SD-STR-JSON',
        severity: json.severity,
        source: json.source,
        section: json.section,
        pointer: '',
        message: parsed.error.message,
      },
    ];
    if (read.problem !== undefined) {
      const { severity, source, section } = ruleCatalogue['SD-STR-OPTIONS'];
      findings.push({ ruleId: 'SD-STR-OPTIONS', severity, source, section, pointer: '', message: read.problem });
    }
    return {
      valid: false,
      mode: read.mode,
      errorCount: findings.length,
      warningCount: 0,
      findings,
      deadlines: [],
      parseError: parsed.error,
    };
  };
