import { describe, expect, it } from 'vitest';
import { cssString } from './cssString.js';

describe('cssString', () => {
  it.each([
    ['Record SD-1', 'Record\\000020SD\\00002d1'],
    ['</style>', '\\00003c\\00002fstyle\\00003e'],
    ['"quote\'', '\\000022quote\\000027'],
    ['Żak', '\\00017bak'],
    ['😀', '\\01f600'],
  ])('writes %j as %j', (text, escaped) => {
    expect(cssString(text)).toBe(escaped);
  });

  it('never writes a character that HTML escaping would change or that could end the string', () => {
    const all = Array.from({ length: 0x3000 }, (_, codePoint) => String.fromCodePoint(codePoint)).join('');
    expect(cssString(all)).toMatch(/^[A-Za-z0-9\\]*$/);
  });
});
