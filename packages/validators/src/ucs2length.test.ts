import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ucs2length } from './ucs2length.js';

const require = createRequire(import.meta.url);
const ajvUcs2length = (require('ajv/dist/runtime/ucs2length') as { default: (s: string) => number }).default;

describe('ucs2length', () => {
  it("counts code points exactly as ajv's runtime helper does", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary-ascii' })),
        (text) => {
          expect(ucs2length(text)).toBe(ajvUcs2length(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['', 0],
    ['Łukasz', 6],
    ['😀', 1],
    ['\ud800', 1], // a lone surrogate is one unit
    ['王秀英', 3],
  ])('counts %j as %i', (text, expected) => expect(ucs2length(text)).toBe(expected));
});
