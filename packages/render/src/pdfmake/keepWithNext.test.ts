import { describe, expect, it } from 'vitest';
import { breakBeforeLoneHeading, keptWithNext } from './keepWithNext.js';

const INNER_HEIGHT = 717.89;
const at = (verticalRatio: number, headlineLevel?: number) => ({
  ...(headlineLevel === undefined ? {} : { headlineLevel }),
  startPosition: { verticalRatio, pageInnerHeight: INNER_HEIGHT },
});

describe('breakBeforeLoneHeading', () => {
  it.each([
    ['a heading with room for itself and what follows stays', at(0.5, 60), false],
    ['a heading 40 pt from the foot that needs 60 pt moves to the next page', at(1 - 40 / INNER_HEIGHT, 60), true],
    ['a heading that needs exactly the room left stays', at(1 - 60 / INNER_HEIGHT, 60), false],
    ['text that is not a heading never moves', at(0.99), false],
    ['a heading at the top of a page stays, however much it needs', at(0.01, 2000), false],
  ])('%s', (_, node, breaks) => {
    expect(breakBeforeLoneHeading(node)).toBe(breaks);
  });
});

describe('keptWithNext', () => {
  it('marks only the first line of a heading broken into lines, with the room rounded up', () => {
    const kept = keptWithNext({ stack: [{ text: 'Children' }, { text: 'and household' }] }, 41.2);
    expect(kept).toEqual({ stack: [{ text: 'Children', headlineLevel: 42 }, { text: 'and household' }] });
  });
});
