import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NameSet } from './NameSet.js';

describe('NameSet', () => {
  it.each([
    ['Łukasz Żak', '  łukasz żak '],
    ['Nguyễn Thị Hương', 'Nguyễn Thị Hương'.normalize('NFD')],
    ['Siobhán Ní Bhriain', 'SIOBHÁN NÍ BHRIAIN'],
    ['Mariam  Al-Hassan', 'mariam al-hassan'],
  ])('finds %j when it is written %j', (stored, written) => {
    const names = new NameSet();
    names.add(stored);
    expect(names.has(written)).toBe(true);
  });

  it('does not confuse different names', () => {
    const names = new NameSet();
    names.add('Zofia Wójcik');
    expect(names.has('Zofia Wojcik')).toBe(false);
  });

  it('finds every name it was given, in any Unicode composition', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', minLength: 1 }), { minLength: 1, maxLength: 10 }),
        fc.nat(),
        (list, pick) => {
          const names = new NameSet();
          for (const name of list) names.add(name);
          const chosen = list[pick % list.length]!;
          expect(names.has(chosen.normalize('NFD'))).toBe(true);
        },
      ),
    );
  });
});
