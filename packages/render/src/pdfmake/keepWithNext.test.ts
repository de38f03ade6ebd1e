import { describe, expect, it } from 'vitest';
import { keptWithNext } from './keepWithNext.js';
import { PAGE } from './pageGeometry.js';

const PAGE_INNER_HEIGHT = PAGE.height - PAGE.margins[1] - PAGE.margins[3];
const heading = { text: '3. Children and household', fontSize: 13, bold: true, margin: [0, 12, 0, 4] } as const;

describe('keptWithNext', () => {
  it('reserves the room below the heading inside one unbreakable block and gives it back after it', () => {
    expect(keptWithNext(heading, 41.2)).toEqual({
      margin: [0, 12, 0, -42],
      unbreakable: true,
      stack: [{ ...heading, margin: [0, 0, 0, 4 + 42] }],
    });
  });

  it.each([
    ['a heading on one line', heading],
    ['a heading broken into lines', { ...heading, stack: [{ text: '3. Children' }, { text: 'and household' }] }],
  ])('leaves %s and the room it keeps able to fit on an empty page, however much is asked', (_, content) => {
    const kept = keptWithNext(content, 5_000);
    const [inner] = 'stack' in kept ? kept.stack : [];
    const reserved = (inner as { margin: readonly number[] }).margin[3]!;
    const lines = 'stack' in content ? content.stack.length : 1;
    expect(reserved + lines * 13 * 1.4).toBeLessThan(PAGE_INNER_HEIGHT);
    expect(kept.margin?.[3]).toBe(-(reserved - 4));
  });
});
