import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { recordSchema } from '@strategy-record/schemas';
import { completeRecordArbitrary, draftRecordArbitrary } from '../../../../test/support/recordArbitrary.js';
import { validateRecordSchema } from '../generated/schemaValidators.js';
import { completeRecord } from '../testing/completeRecord.js';
import { interpretSchema } from './interpretSchema.js';

const interpreted = interpretSchema(recordSchema as never);
const examples = fileURLToPath(new URL('../../../../schemas/examples/', import.meta.url));

/** Both validators' verdict and errors, in a comparable form. */
function outcome(validate: typeof interpreted, data: unknown) {
  const valid = validate(data);
  const errors = (validate.errors ?? [])
    .map((e) => `${e.instancePath} | ${e.schemaPath} | ${e.keyword} | ${JSON.stringify(e.params)}`)
    .sort();
  return { valid, errors };
}

function expectSameAsGenerated(data: unknown): void {
  expect(outcome(interpreted, data)).toEqual(outcome(validateRecordSchema, data));
}

/** A copy of a record with the value at a random path replaced (or removed). */
const mutated = (base: fc.Arbitrary<unknown>) =>
  fc
    .tuple(
      base,
      fc.nat(),
      fc.oneof(
        fc.jsonValue({ maxDepth: 2 }),
        fc.constant(undefined),
        fc.constantFrom('', ' ', 'x'.repeat(501), '2026-02-30', '😀'.repeat(201), '__proto__'),
      ),
    )
    .map(([record, pick, value]) => {
      const copy = structuredClone(record) as Record<string, unknown>;
      const paths: (string | number)[][] = [];
      const walk = (node: unknown, path: (string | number)[]) => {
        if (typeof node !== 'object' || node === null) return;
        for (const [key, child] of Object.entries(node)) {
          const next = [...path, Array.isArray(node) ? Number(key) : key];
          paths.push(next);
          walk(child, next);
        }
      };
      walk(copy, []);
      if (paths.length === 0) return copy;
      const path = paths[pick % paths.length]!;
      let parent: any = copy;
      for (const key of path.slice(0, -1)) parent = parent[key];
      if (value === undefined) delete parent[path.at(-1)!];
      else parent[path.at(-1)!] = value;
      return copy;
    });

describe('the schema interpreter (browser) against the generated validator (Node)', () => {
  it.each(
    ['final', 'incomplete'].flatMap((folder) => readdirSync(`${examples}${folder}`).map((file) => `${folder}/${file}`)),
  )('agrees on %s', (file) => {
    expectSameAsGenerated(JSON.parse(readFileSync(`${examples}${file}`, 'utf8')));
  });

  it('agrees on arbitrary draft records', () => {
    fc.assert(
      fc.property(draftRecordArbitrary(), (record) => expectSameAsGenerated(record)),
      { numRuns: 300 },
    );
  });

  it('agrees on complete records with one value replaced or removed anywhere', () => {
    fc.assert(
      fc.property(mutated(completeRecordArbitrary()), (record) => expectSameAsGenerated(record)),
      { numRuns: 600 },
    );
  });

  it('agrees on drafts with one value replaced or removed anywhere', () => {
    fc.assert(
      fc.property(mutated(draftRecordArbitrary()), (record) => expectSameAsGenerated(record)),
      { numRuns: 400 },
    );
  });

  it('agrees on any JSON value at all', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => expectSameAsGenerated(value)),
      { numRuns: 300 },
    );
  });

  it.each([
    ['duplicate categories', (r: any) => void (r.concerns.categories = ['physical', 'neglect', 'physical', 'neglect'])],
    ['a __proto__ key', (r: any) => void Object.defineProperty(r.meeting, '__proto__', { value: 1, enumerable: true })],
    ['an astral name at the limit', (r: any) => void (r.children[0].fullName = '😀'.repeat(200))],
    ['an astral name over the limit', (r: any) => void (r.children[0].fullName = '😀'.repeat(201))],
    ['a due date that is neither a date nor a time', (r: any) => void (r.actions[0].dueBy = 'soon')],
  ])('agrees on %s', (_what, change) => {
    const record = completeRecord();
    change(record);
    expectSameAsGenerated(record);
  });

  it('refuses a schema with a keyword it does not understand, rather than ignore it', () => {
    expect(() => interpretSchema({ type: 'string', contentMediaType: 'text/html' })).toThrow(
      /unsupported keyword contentMediaType/,
    );
  });
});
