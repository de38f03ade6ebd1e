import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateRecord } from '@strategy-record/validators';
import schema from '../../schemas/record.schema.json' with { type: 'json' };
import { leafStrings } from '../render/support/exampleRecords.js';
import { completeRecordArbitrary, draftRecordArbitrary } from './recordArbitrary.js';

/** The draft schema: the record schema without `required` and `minItems`, wherever they appear. */
function withoutCompleteness(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutCompleteness);
  if (typeof node !== 'object' || node === null) return node;
  const entries = Object.entries(node).filter(([keyword]) => keyword !== 'required' && keyword !== 'minItems');
  return Object.fromEntries(
    entries.map(([keyword, value]) =>
      keyword === 'properties' || keyword === '$defs'
        ? [
            keyword,
            Object.fromEntries(
              Object.entries(value as object).map(([name, child]) => [name, withoutCompleteness(child)]),
            ),
          ]
        : keyword === 'enum' || keyword === 'const' || keyword.startsWith('x-')
          ? [keyword, value]
          : [keyword, withoutCompleteness(value)],
    ),
  );
}

function compile(target: object) {
  const ajv = new Ajv2020({ allErrors: true, strictRequired: false });
  // ajv-formats is CommonJS: under NodeNext its default import is the module, whose `default` is the plugin.
  ajvFormats.default(ajv);
  ajv.addVocabulary(['x-rule', 'x-enumTitles']);
  return ajv.compile(target);
}

const draftSchema = compile(withoutCompleteness(schema) as object);
const fullSchema = compile(schema);
const errorsOf = (validate: typeof draftSchema, record: unknown) =>
  validate(record)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? error.keyword}`);

describe('draftRecordArbitrary', () => {
  it.each([
    ['default options', {}],
    ['long lists, no arbitrary Unicode', { maxArrayLength: 8, unicodeWeight: 0 }],
    ['only arbitrary Unicode strings', { unicodeWeight: 10, maxTextLength: 60 }],
    ['long texts', { maxSentences: 60, maxTextLength: 6000 }],
  ])('generates records that pass the draft schema (%s)', (_label, options) => {
    fc.assert(
      fc.property(draftRecordArbitrary(options), (record) => {
        expect(errorsOf(draftSchema, record)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('reaches deep fields: decisions with a Section 47 plan, actions with owners, children with dates of birth', () => {
    const samples = fc.sample(draftRecordArbitrary(), { numRuns: 300, seed: 20260210 });
    const reached = {
      s47: samples.some((record) => record.decisions?.some((decision) => decision.s47?.seeChild?.byWhen !== undefined)),
      owner: samples.some((record) => record.actions?.some((action) => action.owner?.fullName !== undefined)),
      dateOfBirth: samples.some((record) => record.children?.some((child) => child.dateOfBirth !== undefined)),
    };
    expect(reached).toEqual({ s47: true, owner: true, dateOfBirth: true });
  });

  it('writes texts of many sentences when asked (maxSentences), within the text cap', () => {
    const samples = fc.sample(draftRecordArbitrary({ maxSentences: 60, maxTextLength: 6000 }), {
      numRuns: 100,
      seed: 20261206,
    });
    const longest = Math.max(...samples.flatMap((record) => leafStrings(record).map((text) => [...text].length)));
    expect({ over2000: longest > 2000, within6000: longest <= 6000 }).toEqual({ over2000: true, within6000: true });
  });

  it.each([
    ['a text cap too short for a date-time', { maxTextLength: 20 }, 'maxTextLength must be at least 40'],
    ['a negative list length', { maxArrayLength: -1 }, 'maxArrayLength must be a whole number'],
    ['a Unicode weight above 10', { unicodeWeight: 11 }, 'unicodeWeight must be between 0 and 10'],
    ['texts of no sentences', { maxSentences: 0 }, 'maxSentences must be a whole number, 1 or more'],
  ])('refuses %s rather than filter forever or generate invalid records', (_label, options, message) => {
    expect(() => draftRecordArbitrary(options)).toThrow(message);
  });
});

describe('completeRecordArbitrary', () => {
  it('generates records that pass the full (final) schema', () => {
    fc.assert(
      fc.property(completeRecordArbitrary(), (record) => {
        expect(errorsOf(fullSchema, record)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('generates records that the validators accept for sign-off (no errors in final mode)', () => {
    fc.assert(
      fc.property(completeRecordArbitrary(), (record) => {
        const errors = validateRecord(record, { mode: 'final' }).findings.filter(
          (finding) => finding.severity === 'error',
        );
        expect(errors).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every action owner on the circulation list and the chair as the signatory', () => {
    fc.assert(
      fc.property(completeRecordArbitrary({ maxExtraActions: 20 }), (record) => {
        const recipients = new Set(record.circulation?.recipients?.map((recipient) => recipient.fullName));
        const missing = record.actions
          ?.map((action) => action.owner?.fullName)
          .filter((owner) => !recipients.has(owner));
        expect({ missing, signatory: record.signOff?.chairName }).toEqual({
          missing: [],
          signatory: record.meeting?.chair?.fullName,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('varies the number of actions and never repeats or nests a free text', () => {
    const samples = fc.sample(completeRecordArbitrary(), { numRuns: 100, seed: 42 });
    const counts = new Set(samples.map((record) => record.actions?.length));
    const overlapping = samples.filter((record) => {
      const texts = [
        record.concerns?.reason,
        record.riskAnalysis?.analysis,
        ...(record.familySharing?.withheld ?? []).map((item) => item.what),
        ...(record.actions ?? []).map((action) => action.description),
      ];
      return texts.some((text, i) =>
        texts.some((other, j) => i !== j && text !== undefined && other !== undefined && other.includes(text)),
      );
    });
    expect({ severalCounts: counts.size > 5, overlapping: overlapping.length }).toEqual({
      severalCounts: true,
      overlapping: 0,
    });
  });
});
