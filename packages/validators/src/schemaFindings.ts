import { unreadableVersionMessage } from '@strategy-record/schemas/core';
import {
  DATE_TIME_PATTERN,
  EMAIL_PATTERN,
  escapePointerSegment,
  FILLED_IN_PATTERN,
  valueAtPointer,
} from '@strategy-record/schemas/core';
import type { SchemaValidationError as ErrorObject } from './schemaValidatorTypes.js';
import { describeLocationIn, schemaPositionOf, sectionOf } from './describeLocation.js';
import type { SchemaIndex } from './schemaIndexTypes.js';
import type { Finding, ValidationMode } from './findings.js';
import { isRuleId, ruleCatalogue, type RuleId } from './ruleCatalogue.js';
import { quote } from './rules/text.js';

/** Whether an ajv error only says "not filled in": ignored for drafts, a completeness finding for final records. */
export function isCompletenessError(error: ErrorObject): boolean {
  switch (error.keyword) {
    case 'required':
    case 'minItems':
    case 'minLength':
    case 'if':
      return true;
    case 'pattern':
      return error.params['pattern'] === FILLED_IN_PATTERN;
    default:
      return false;
  }
}

/** Whether an ajv error says that text is not filled in (no visible character): such text counts as missing. */
export function isBlankTextError(error: ErrorObject): boolean {
  return error.keyword === 'pattern' && error.params['pattern'] === FILLED_IN_PATTERN;
}

/**
 * Whether an ajv error says that a field of options holds `""`: what a form posts for a radio or a
 * select nobody chose. It means "not answered", as blank text does (docs/versions.md), so the field
 * counts as absent: no error in a draft, missing in a final record. Only a field of an object: `""`
 * as an entry of a list of options is still a wrong option (dropping it would move the entries after
 * it), and so is `""` as the schema version, which says which options the record has.
 */
export function isUnchosenOptionError(error: ErrorObject, record: unknown): boolean {
  if (error.keyword !== 'enum' || error.instancePath === '/schemaVersion') return false;
  if (valueAtPointer(record, error.instancePath) !== '') return false;
  const parent = valueAtPointer(record, error.instancePath.slice(0, error.instancePath.lastIndexOf('/')));
  return typeof parent === 'object' && parent !== null && !Array.isArray(parent);
}

/**
 * Turns ajv's errors into findings with stable rule ids and plain-English messages.
 *
 * Structural errors (wrong type, unknown field, bad date) are reported in both modes under SD-STR-*
 * ids. Completeness errors are reported in final mode only, under the rule the schema names with
 * `x-rule` for that field or condition, so a missing medical rationale is SD-MED-2 whether the
 * schema or code found it. `schemaIndex` gives the titles and rule ids by position (the entry's).
 */
export function schemaFindings(
  schemaIndex: SchemaIndex,
  errors: readonly ErrorObject[],
  mode: ValidationMode,
  record: unknown,
  blank: ReadonlySet<string> = NONE,
  unchosen: ReadonlySet<string> = NONE,
): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const add = (finding: Finding | undefined): void => {
    if (finding === undefined) return;
    const key = `${finding.ruleId} ${finding.pointer}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(finding);
  };
  for (const error of errors) {
    add(
      isCompletenessError(error)
        ? mode === 'final' && error.keyword !== 'if'
          ? completenessFinding(schemaIndex, error, record, blank, unchosen)
          : undefined
        : structuralFinding(schemaIndex, error, record),
    );
  }
  // A blank field the record did not need is still an error in a final record: the schema refuses
  // it (so does any other validator of the schema), and it says nothing the reader can use.
  const reported = new Set(findings.map((finding) => finding.pointer));
  for (const pointer of blank) {
    if (!reported.has(pointer))
      add(
        finding(
          'SD-STR-BLANK',
          pointer,
          `${describeLocationIn(schemaIndex, record, pointer)}: ${blankWords(pointer, unchosen)}. ${ruleCatalogue['SD-STR-BLANK'].summary}`,
        ),
      );
  }
  return findings;
}

const NONE: ReadonlySet<string> = new Set();

/** How a field counted as missing was left: blank text, or an option nobody chose. */
function blankWords(pointer: string, unchosen: ReadonlySet<string>): string {
  return unchosen.has(pointer) ? 'no option chosen (it is "")' : 'left blank (it has no visible character)';
}

function completenessFinding(
  schemaIndex: SchemaIndex,
  error: ErrorObject,
  record: unknown,
  blank: ReadonlySet<string>,
  unchosen: ReadonlySet<string>,
): Finding {
  const missing = error.keyword === 'required' ? String(error.params['missingProperty']) : undefined;
  const pointer = missing === undefined ? error.instancePath : `${error.instancePath}/${escapePointerSegment(missing)}`;
  const ruleId =
    conditionalRuleOf(schemaIndex, error) ??
    ruleAt(schemaIndex, pointer) ??
    (error.keyword === 'required' || error.keyword === 'minItems' ? 'SD-STR-REQUIRED' : 'SD-STR-BLANK');
  const label = describeLocationIn(schemaIndex, record, pointer);
  const what = blank.has(pointer)
    ? blankWords(pointer, unchosen)
    : error.keyword === 'required'
      ? 'not filled in'
      : error.keyword === 'minItems'
        ? 'no entries'
        : 'left blank';
  return finding(ruleId, pointer, `${label}: ${what}. ${ruleCatalogue[ruleId].summary}`);
}

function structuralFinding(schemaIndex: SchemaIndex, error: ErrorObject, record: unknown): Finding | undefined {
  const pointer = error.instancePath;
  const label = describeLocationIn(schemaIndex, record, pointer);
  const params = error.params;
  switch (error.keyword) {
    case 'type':
      return finding(
        'SD-STR-TYPE',
        pointer,
        `${label} must be ${TYPE_WORDS[String(params['type'])] ?? String(params['type'])}.`,
      );
    case 'enum':
    case 'const': {
      if (pointer === '/schemaVersion') {
        return finding('SD-STR-VERSION', pointer, unreadableVersionMessage(valueAtPointer(record, pointer)));
      }
      const allowed = (params['allowedValues'] as unknown[] | undefined) ?? [params['allowedValue']];
      return finding(
        'SD-STR-ENUM',
        pointer,
        `${label} is ${quote(valueAtPointer(record, pointer))}, which is not one of the options (${allowed.map((v) => String(v)).join(', ')}).`,
      );
    }
    case 'format':
      return formatFinding(record, pointer, label, String(params['format']));
    case 'anyOf':
      return finding(
        'SD-STR-FORMAT',
        pointer,
        `${label} is ${quote(valueAtPointer(record, pointer))}, which is not a date (2026-03-14) or a date and time with its UTC offset (2026-03-14T17:00:00Z).`,
      );
    case 'additionalProperties': {
      const property = String(params['additionalProperty']);
      const where = pointer === '' ? 'the record' : label;
      return finding(
        'SD-STR-UNKNOWN',
        `${pointer}/${escapePointerSegment(property)}`,
        `${quote(property)} is not a field of ${where}. Remove it, or check its spelling.`,
      );
    }
    case 'maxLength':
      return finding('SD-STR-LENGTH', pointer, `${label} is too long: at most ${String(params['limit'])} characters.`);
    case 'maxItems':
      return finding('SD-STR-ITEMS', pointer, `${label} has too many entries: at most ${String(params['limit'])}.`);
    case 'uniqueItems':
      return finding('SD-STR-ITEMS', pointer, `${label} lists the same option twice.`);
    case 'pattern':
      // Date-times and email addresses carry a pattern so that every validator reads them alike: a
      // value that fails it is badly written, as one that fails the format is.
      if (params['pattern'] === DATE_TIME_PATTERN) return formatFinding(record, pointer, label, 'date-time');
      if (params['pattern'] === EMAIL_PATTERN) return formatFinding(record, pointer, label, 'email');
      return finding(
        'SD-STR-ID',
        pointer,
        `${label} is ${quote(valueAtPointer(record, pointer))}: a reference must start with a letter or digit and use only letters, digits, dots, dashes and underscores (at most 64).`,
      );
    default:
      // Sub-errors of an anyOf branch are summarised by the anyOf error itself.
      if (error.schemaPath.includes('/anyOf/')) return undefined;
      return finding('SD-STR-TYPE', pointer, `${label} is not valid (${error.keyword}).`);
  }
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  boolean: 'yes or no (true or false)',
  object: 'a group of fields (a JSON object)',
  array: 'a list (a JSON array)',
  number: 'a number',
  integer: 'a whole number',
};

const FORMAT_WORDS: Readonly<Record<string, string>> = {
  date: 'a date written as YYYY-MM-DD',
  'date-time': 'a date and time with its UTC offset, such as 2026-03-14T09:30:00Z or 2026-07-01T16:45:00+01:00',
  email: 'an email address (such as a.nowak@police.example.uk)',
};

function formatFinding(record: unknown, pointer: string, label: string, format: string): Finding {
  return finding(
    'SD-STR-FORMAT',
    pointer,
    `${label} is ${quote(valueAtPointer(record, pointer))}, which is not ${FORMAT_WORDS[format] ?? 'in the expected format'}.`,
  );
}

function conditionalRuleOf(schemaIndex: SchemaIndex, error: ErrorObject): RuleId | undefined {
  const { schemaPath } = error;
  const at = Math.max(schemaPath.lastIndexOf('/then/'), schemaPath.lastIndexOf('/else/'));
  if (at < 0) return undefined;
  // The failing object is at the instance path; its conditions are keyed by def-relative schema path.
  const rule = schemaPositionOf(schemaIndex, error.instancePath).c?.[schemaPath.slice(0, at + 5)];
  return rule !== undefined && isRuleId(rule) ? rule : undefined;
}

function ruleAt(schemaIndex: SchemaIndex, pointer: string): RuleId | undefined {
  const rule = schemaPositionOf(schemaIndex, pointer).r;
  return rule !== undefined && isRuleId(rule) ? rule : undefined;
}

function finding(ruleId: RuleId, pointer: string, message: string): Finding {
  const { severity, source } = ruleCatalogue[ruleId];
  return { ruleId, severity, pointer, message, source, section: sectionOf(pointer) };
}
