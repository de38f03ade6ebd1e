import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import schema from '../../../schemas/record.schema.json' with { type: 'json' };
import { validateRecordSchema } from './generated/schemaValidators.js';
import { completeRecord } from './testing/completeRecord.js';

// Bare ajv compiled at test time from the same schema: the reference the generated code must match.
// (Both CommonJS modules export themselves as `.default`, which is how NodeNext types them.)
const ajv = new Ajv2020.default({ allErrors: true, strict: false });
addFormats.default(ajv);
const reference = ajv.compile(schema);

const verdict = (validate: typeof reference, data: unknown) => {
  validate(data);
  return (validate.errors ?? [])
    .map((e: { instancePath: string; keyword: string }) => `${e.instancePath} ${e.keyword}`)
    .sort();
};

describe('the generated validator', () => {
  it('gives the same errors as bare ajv for text of any length around the limits (the .length fast path is exact)', () => {
    // Astral characters count once for maxLength but twice in .length: the case the fast path must not get wrong.
    const unit = fc.constantFrom('a', 'Ł', '😀', '王', '\ud83d', ' ');
    const text = fc
      .tuple(fc.array(unit, { maxLength: 30 }), fc.integer({ min: 0, max: 3 }))
      .map(([units, pad]) => units.join('') + ' '.repeat(pad));
    fc.assert(
      fc.property(fc.integer({ min: 180, max: 220 }), text, fc.constantFrom('😀', 'b'), (repeat, tail, filler) => {
        const record = completeRecord();
        record.children![0]!.fullName = filler.repeat(repeat) + tail; // the name field allows 200 code points
        record.meeting!.chair!.fullName = tail; // short or blank text: minLength and the non-blank pattern
        expect(verdict(validateRecordSchema as typeof reference, record)).toEqual(verdict(reference, record));
      }),
      { numRuns: 500 },
    );
  });
});
