import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRecordForm } from '@strategy-record/forms';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { toPointer } from '@strategy-record/schemas';
import { validateRecord as validateInNode, type ValidateRecord } from '@strategy-record/validators';
import { validateRecord as validateInBrowser } from '../../packages/validators/src/browser/validateRecord.js';
import { exampleRecords } from '../render/support/exampleRecords.js';

/**
 * Every code point a reader cannot see, found from the Unicode properties themselves (not from the
 * schema's pattern, which is what is under test): white space, controls, format characters,
 * default-ignorable code points, lone surrogates, and the fillers that draw nothing.
 */
const INVISIBLE = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}\u2800\u3164\uFFFC]$/u;
const invisibleCodePoints: string[] = [];
for (let codePoint = 0; codePoint < 0x110000; codePoint += 1) {
  const character = String.fromCodePoint(codePoint);
  if (INVISIBLE.test(character)) invisibleCodePoints.push(character);
}
// Lone surrogates side by side can pair into a visible character: only strings whose every code
// point is invisible are kept.
const invisibleText = fc
  .array(fc.constantFrom(...invisibleCodePoints), { minLength: 0, maxLength: 12 })
  .map((characters) => characters.join(''))
  .filter((text) => [...text].every((character) => INVISIBLE.test(character)));

type Path = (string | number)[];

/** Every text value of a record, with its path. */
function textPaths(value: unknown, path: Path = [], into: Path[] = []): Path[] {
  if (typeof value === 'string') into.push(path);
  else if (Array.isArray(value)) value.forEach((item, i) => textPaths(item, [...path, i], into));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) textPaths(item, [...path, key], into);
  return into;
}

function withValue(record: unknown, path: Path, value: unknown): Record<string, unknown> {
  const copy = structuredClone(record) as Record<string, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

const errorsAt = (validate: ValidateRecord, record: unknown, pointer: string) =>
  validate(record, { mode: 'final' })
    .findings.filter((finding) => finding.severity === 'error' && finding.pointer === pointer)
    .map((finding) => finding.ruleId);

/**
 * The required text fields of the final examples: text that is free (not an option or a date, whose
 * formats refuse blank text on their own) and whose removal makes the final record invalid there.
 * The rule removal raises is "the field's rule".
 */
const requiredTextFields = exampleRecords('final').flatMap(([name, record]) =>
  textPaths(record).flatMap((path) => {
    const pointer = toPointer(path);
    const missingRules = errorsAt(validateInNode, withValue(record, path, undefined), pointer);
    if (
      missingRules.length === 0 ||
      errorsAt(validateInNode, withValue(record, path, 'Zofia Wójcik'), pointer).length > 0
    )
      return [];
    return [{ name, record, path, pointer, rule: missingRules[0]! }];
  }),
);

/** A field by its position, so that a failing case prints as a number and a string, not a whole record. */
const fieldPosition = fc.nat({ max: requiredTextFields.length - 1 });

describe('text with no visible character is not filled in', () => {
  it('finds the required text fields of every final example to test', () => {
    expect(new Set(requiredTextFields.map((field) => field.name)).size).toBe(exampleRecords('final').length);
    expect(requiredTextFields.length).toBeGreaterThan(100);
  });

  it.each([
    ['Node (compiled)', validateInNode],
    ['browser (interpreted)', validateInBrowser],
  ])(
    "in every required text field of every final example, invisible text is the field's rule at the field's pointer (%s)",
    (_build, validate) => {
      for (const { record, path, pointer, rule } of requiredTextFields) {
        const report = validate(withValue(record, path, '\u200b\u2060\u00ad\u180e\u3164\u034f\u200e\u2800\ufffc'), {
          mode: 'final',
        });
        expect
          .soft({ pointer, valid: report.valid, rules: errorsAt(validate, withValue(record, path, '\u200b'), pointer) })
          .toEqual({ pointer, valid: false, rules: expect.arrayContaining([rule]) });
      }
    },
  );

  it('holds for any string built only from invisible code points, in both builds', () => {
    fc.assert(
      fc.property(fieldPosition, invisibleText, (position, text) => {
        const { record, path, pointer, rule } = requiredTextFields[position]!;
        const blanked = withValue(record, path, text);
        for (const validate of [validateInNode, validateInBrowser]) {
          const report = validate(blanked, { mode: 'final' });
          expect(report.valid).toBe(false);
          expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: rule, pointer, severity: 'error' }));
        }
      }),
      { numRuns: 400 },
    );
  });

  it("in the form: invisible text in a required field shows the field's error after submit", () => {
    fc.assert(
      fc.property(fieldPosition, invisibleText, (position, text) => {
        const { record, pointer } = requiredTextFields[position]!;
        const form = createRecordForm({ validate: validateInBrowser, initial: record as StrategyDiscussionRecord });
        expect(form.field(pointer).error).toBeUndefined();
        form.setValue(pointer, text);
        const result = form.submit();
        expect(result.valid).toBe(false);
        expect(form.field(pointer).error).toEqual(expect.any(String));
      }),
      { numRuns: 150 },
    );
  });

  it('a blank optional field is an error in a final record (SD-STR-BLANK), as the schema says', () => {
    const [, record] = exampleRecords('final')[0]!;
    const blanked = withValue(record, ['concerns', 'history'], ' \u200b ');
    for (const validate of [validateInNode, validateInBrowser]) {
      expect(validate(blanked, { mode: 'final' })).toMatchObject({
        valid: false,
        findings: expect.arrayContaining([
          expect.objectContaining({ ruleId: 'SD-STR-BLANK', pointer: '/concerns/history' }),
        ]),
      });
      expect(validate(blanked, { mode: 'draft' }).valid).toBe(true);
    }
  });

  it('visible text in any script still counts as filled in', () => {
    for (const { record, path, pointer } of requiredTextFields) {
      for (const text of [
        'Zofia Wójcik',
        'Nguyễn Thị Lan',
        'عائشہ خان',
        '王芳',
        'Ștefan Popescu',
        'Xamar Cabdi',
        '\u200b.',
        '\u{1F600}',
      ]) {
        expect
          .soft({ pointer, text, errors: errorsAt(validateInNode, withValue(record, path, text), pointer) })
          .toEqual({ pointer, text, errors: [] });
      }
    }
  });
});
