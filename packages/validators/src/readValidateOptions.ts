import type { ValidationMode } from './findings.js';
import { quote } from './rules/text.js';

/** The options of one validation, read once from what the caller passed. */
export interface ReadOptions {
  readonly mode: ValidationMode;
  readonly rules?: unknown;
  readonly profile?: unknown;
  /** Why the options could not be used as given (reported as SD-STR-OPTIONS, and the record checked as final). */
  readonly problem?: string;
}

const alreadyRead = new WeakSet<object>();

/**
 * Reads validation options once, safely, so that a getter is called at most once and cannot throw
 * out of the validator, and a gate fails closed: anything but no options, `{}` or `mode: 'draft'`
 * that is not exactly `mode: 'final'` (a string such as `'final'`, `null`, a number, an options
 * object whose getter throws, an unknown mode) is checked as final and reported.
 */
export function readValidateOptions(options: unknown): ReadOptions {
  if (options === undefined) return { mode: 'draft' };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return {
      mode: 'final',
      problem: `The validation options must be an object such as { mode: 'final' }; ${describeValue(options)} was given, so the record was checked as final.`,
    };
  }
  if (alreadyRead.has(options)) return options as ReadOptions;
  let given: { mode: unknown; rules: unknown; profile: unknown };
  try {
    const source = options as Record<string, unknown>;
    given = { mode: source['mode'], rules: source['rules'], profile: source['profile'] };
  } catch {
    return remember({
      mode: 'final',
      problem: 'The validation options could not be read (reading them failed), so the record was checked as final.',
    });
  }
  const { mode, rules, profile } = given;
  const read = { ...(rules === undefined ? {} : { rules }), ...(profile === undefined ? {} : { profile }) };
  if (mode === undefined || mode === 'draft') return remember({ mode: 'draft', ...read });
  if (mode === 'final') return remember({ mode: 'final', ...read });
  return remember({
    mode: 'final',
    ...read,
    problem: `The validation mode ${quote(mode)} is not "draft" or "final": the record was checked as final.`,
  });
}

function remember(read: ReadOptions): ReadOptions {
  const frozen = Object.freeze(read);
  alreadyRead.add(frozen);
  return frozen;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? `the text ${quote(value)}` : `${String(value).slice(0, 40)} (a ${typeof value})`;
}
