import { describe, expect, it } from 'vitest';
import { recordSchema } from './recordSchema.js';
import { FILLED_IN_PATTERN, isFilledIn } from './filledIn.js';

// What "no visible character" means, in Unicode's own terms: the pattern spells these ranges out so
// that its verdict does not depend on an engine's Unicode tables, and this test holds it to them.
const INVISIBLE = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}\u2800\u3164\uFFFC]$/u;

describe('filled in', () => {
  it('every text definition of the schema carries the same pattern', () => {
    const defs = recordSchema.$defs as Record<string, { pattern?: string; type?: string }>;
    const textDefs = Object.entries(defs).filter(
      ([, def]) => def.type === 'string' && def.pattern !== undefined && !def.pattern.startsWith('^'),
    );
    expect(textDefs.map(([name]) => name).sort()).toEqual(['name', 'shortText', 'text']);
    for (const [, def] of textDefs) expect(def.pattern).toBe(FILLED_IN_PATTERN);
  });

  it('a single code point is filled in exactly when Unicode says a reader can see it (all 1,114,112)', () => {
    const disagreements: string[] = [];
    for (let codePoint = 0; codePoint < 0x110000; codePoint += 1) {
      const character = String.fromCodePoint(codePoint);
      if (isFilledIn(character) === INVISIBLE.test(character)) disagreements.push(codePoint.toString(16));
    }
    expect(disagreements).toEqual([]);
  });

  it.each([
    ['', false],
    [' \t\n', false],
    ['\u200b\u2060\u00ad\u180e\u3164\u034f\u200e\u2800\ufffc', false],
    ['\u{E0001}\u{E0020}\u{1D173}', false],
    ['\ud800', false],
    ['Zofia Wójcik', true],
    ['عائشہ', true],
    ['王芳', true],
    ['\u200b.', true],
    ['\u{1F600}', true],
  ])('%j is filled in: %s', (text, expected) => {
    expect(isFilledIn(text)).toBe(expected);
  });

  it('only text can be filled in', () => {
    for (const value of [undefined, null, 0, true, ['a'], { a: 'a' }]) expect(isFilledIn(value)).toBe(false);
  });
});
