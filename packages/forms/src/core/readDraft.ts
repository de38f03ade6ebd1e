import { CURRENT_SCHEMA_VERSION, type MigrationResult, migrateRecord } from '@strategy-record/schemas/core';
import type { FieldIndex, FieldSchema } from './fieldIndex.js';
import { FORBIDDEN_KEYS, formatPointer, isPlainObject } from './jsonPointer.js';

/** The `format` a saved draft carries, so that restoring can tell a draft from any other JSON. */
export const DRAFT_FORMAT = 'strategy-record-form-draft';

/** What a saved draft holds: the record and where the user had got to. */
interface SavedDraft {
  readonly record: Record<string, unknown>;
  readonly touched: readonly string[];
  readonly submitted: boolean;
}

/** One reason a draft was not restored, with where in the draft it is. */
export interface DraftProblem {
  readonly pointer: string;
  readonly message: string;
}

/** The answer to reading a draft: the draft, or every reason it was refused (the form is left as it was). */
export type ReadDraftResult =
  | {
      readonly ok: true;
      readonly draft: SavedDraft;
      /** Present when the draft was written for an earlier schema version: what the migration changed. */
      readonly migration?: Omit<MigrationResult, 'record'>;
    }
  | { readonly ok: false; readonly problems: readonly DraftProblem[] };

/** Drafts larger than this are refused before parsing: a record is tens of kilobytes. */
export const MAX_DRAFT_LENGTH = 5_000_000;
const MAX_PROBLEMS = 50;
const MAX_TOUCHED = 20_000;

/**
 * Reads a saved draft (or a bare record) from text, refusing anything the form did not write:
 * keys the schema does not have, values of the wrong type, and the keys `__proto__`, `constructor`
 * and `prototype` anywhere, so a crafted draft can neither reach `Object.prototype` nor put data the
 * form cannot show into the record. Never throws.
 */
export function readDraft(text: unknown, index: FieldIndex): ReadDraftResult {
  if (typeof text !== 'string') return refuse('', 'A draft must be text (JSON).');
  if (text.length > MAX_DRAFT_LENGTH)
    return refuse('', `The draft is too large (${text.length} characters; at most ${MAX_DRAFT_LENGTH}).`);
  const problems: DraftProblem[] = [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, function rejectDangerousKeys(this: unknown, key: string, value: unknown) {
      // A backstop for keys in places the schema walk below never visits.
      if (FORBIDDEN_KEYS.has(key))
        problems.push({ pointer: '', message: `The draft contains the key "${key}", which is never allowed.` });
      return value;
    });
  } catch {
    return refuse('', 'The draft is not valid JSON, so it cannot be restored.');
  }
  if (!isPlainObject(parsed)) return refuse('', 'A draft must be a JSON object.');
  const envelope = Object.hasOwn(parsed, 'format')
    ? readEnvelope(parsed, problems)
    : { record: parsed, touched: [], submitted: false };
  // A draft saved under an earlier schema version is moved to the current one first, so every answer
  // lands in its box; a version this toolkit does not read is left as it is and refused below.
  const migrated = envelope === undefined ? undefined : migrateOlder(envelope.record);
  if (envelope !== undefined && migrated !== undefined) envelope.record = migrated.record;
  if (envelope !== undefined) checkValue(index.root, envelope.record, [], problems);
  if (envelope !== undefined) checkTouched(index, envelope.touched, problems);
  if (problems.length > 0 || envelope === undefined)
    return { ok: false, problems: unique(problems).slice(0, MAX_PROBLEMS) };
  if (migrated === undefined) return { ok: true, draft: envelope as SavedDraft };
  const { record: _record, ...migration } = migrated;
  return { ok: true, draft: envelope as SavedDraft, migration };
}

function migrateOlder(record: unknown): MigrationResult | undefined {
  if (!isPlainObject(record) || !Object.hasOwn(record, 'schemaVersion')) return undefined;
  if (record['schemaVersion'] === CURRENT_SCHEMA_VERSION) return undefined;
  const result = migrateRecord(record);
  return 'refused' in result ? undefined : result;
}

function readEnvelope(
  parsed: Record<string, unknown>,
  problems: DraftProblem[],
): { record: unknown; touched: unknown; submitted: boolean } | undefined {
  if (parsed['format'] !== DRAFT_FORMAT) {
    problems.push({
      pointer: '/format',
      message: `This is not a saved strategy record draft (its format is not "${DRAFT_FORMAT}").`,
    });
    return undefined;
  }
  if (parsed['version'] !== 1) {
    problems.push({
      pointer: '/version',
      message: 'The draft was saved by a different version of the form (only version 1 can be restored).',
    });
    return undefined;
  }
  for (const key of Object.keys(parsed)) {
    if (!ENVELOPE_KEYS.has(key))
      problems.push({ pointer: formatPointer([key]), message: `"${key}" is not part of a saved draft.` });
  }
  if (typeof parsed['submitted'] !== 'boolean' && parsed['submitted'] !== undefined) {
    problems.push({ pointer: '/submitted', message: '"submitted" must be true or false.' });
  }
  if (!isPlainObject(parsed['record'])) {
    problems.push({ pointer: '/record', message: 'The draft holds no record.' });
    return undefined;
  }
  return { record: parsed['record'], touched: parsed['touched'] ?? [], submitted: parsed['submitted'] === true };
}

const ENVELOPE_KEYS = new Set(['format', 'version', 'savedAt', 'record', 'touched', 'submitted']);

function checkValue(field: FieldSchema, value: unknown, at: string[], problems: DraftProblem[]): void {
  if (problems.length >= MAX_PROBLEMS) return;
  const pointer = formatPointer(at);
  const wrong = (expected: string) => problems.push({ pointer, message: `${field.title} must be ${expected}.` });
  switch (field.kind) {
    case 'group': {
      if (!isPlainObject(value)) return void wrong('a group of fields');
      for (const [key, item] of Object.entries(value)) {
        const property = FORBIDDEN_KEYS.has(key) ? undefined : field.properties?.get(key);
        if (property === undefined) {
          problems.push({
            pointer: formatPointer([...at, key]),
            message: FORBIDDEN_KEYS.has(key)
              ? `The key "${key}" is never allowed.`
              : `"${key}" is not a field of ${at.length === 0 ? 'the record' : field.title}.`,
          });
        } else {
          checkValue(property, item, [...at, key], problems);
        }
      }
      return;
    }
    case 'list':
      if (!Array.isArray(value)) return void wrong('a list');
      if (value.length > (field.maxItems ?? 1000))
        return void wrong(`a list of at most ${field.maxItems ?? 1000} entries`);
      value.forEach((item, position) => checkValue(field.items!, item, [...at, String(position)], problems));
      return;
    case 'choices':
      if (!Array.isArray(value) || !value.every((item) => field.options!.some((option) => option.value === item)))
        wrong('a list of the options offered');
      return;
    case 'choice':
      if (!field.options!.some((option) => option.value === value)) wrong('one of the options offered');
      return;
    case 'boolean':
      if (typeof value !== 'boolean') wrong('yes or no');
      return;
    default:
      if (typeof value !== 'string') wrong('text');
      else if (value.length > (field.maxLength ?? 20_000)) wrong(`at most ${field.maxLength ?? 20_000} characters`);
  }
}

function checkTouched(index: FieldIndex, touched: unknown, problems: DraftProblem[]): void {
  if (!Array.isArray(touched) || touched.length > MAX_TOUCHED) {
    problems.push({ pointer: '/touched', message: '"touched" must be a list of field pointers.' });
    return;
  }
  touched.forEach((pointer, position) => {
    const known =
      typeof pointer === 'string' &&
      /^(\/[^/]*)*$/.test(pointer) &&
      !pointer.split('/').some((segment) => FORBIDDEN_KEYS.has(segment)) &&
      index.fieldAt(pointer) !== undefined;
    if (!known)
      problems.push({
        pointer: `/touched/${position}`,
        message: 'This entry of "touched" is not a field of the record.',
      });
  });
}

function refuse(pointer: string, message: string): ReadDraftResult {
  return { ok: false, problems: [{ pointer, message }] };
}

function unique(problems: readonly DraftProblem[]): DraftProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.pointer} ${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
