import { describe, expect, it } from 'vitest';
import type { MinutesBlock, Table } from '../model/MinutesDocument.js';
import { headerAndFirstRowHeight, presenceAhead, sectionPresenceAhead, tableStartHeight } from './presenceAhead.js';

const splitNever = (): boolean => false;
const table = (firstRow: readonly string[]): Table => ({
  kind: 'table',
  role: 'actions',
  caption: 'Actions',
  showCaption: false,
  columns: [
    { label: 'Ref', weight: 1 },
    { label: 'Action', weight: 5 },
  ],
  rows: [firstRow, ['A2', 'Second']],
  emptyText: 'No actions.',
});
const longText = 'Visit the family home and check the sleeping arrangements with Zofia Wójcik. '.repeat(6);

describe('presenceAhead', () => {
  it('asks more room for a table whose first row runs over several lines', () => {
    expect(tableStartHeight(table(['A1', longText]))).toBeGreaterThan(tableStartHeight(table(['A1', 'Short'])) + 30);
  });

  it('asks for no more than two lines of a long paragraph, which may split after them', () => {
    const long: MinutesBlock = { kind: 'paragraph', text: longText.repeat(5) };
    const short: MinutesBlock = { kind: 'paragraph', text: 'One line.' };
    expect(presenceAhead([long], 0, splitNever)).toBeLessThan(2 * presenceAhead([short], 0, splitNever) + 1);
  });

  it('keeps a subheading with the start of the block after it', () => {
    const blocks: MinutesBlock[] = [{ kind: 'subheading', text: 'Adults' }, table(['A1', longText])];
    expect(presenceAhead(blocks, 0, splitNever)).toBeGreaterThan(presenceAhead(blocks, 1, splitNever));
  });

  it('asks for a whole decision box only when the engine will not split it', () => {
    const decision: MinutesBlock = {
      kind: 'decision',
      child: 'Zofia Wójcik',
      outcome: 'Section 47 enquiry',
      rationale: longText.repeat(3),
      details: [{ label: 'Enquiry', value: 'Joint with the police' }],
    };
    expect(presenceAhead([decision], 0, () => true)).toBeLessThan(presenceAhead([decision], 0, splitNever));
  });

  it('asks room below a shown caption for the header row and the first row, as before the caption less the caption', () => {
    const captioned: Table = { ...table(['A1', 'Short']), showCaption: true };
    expect(headerAndFirstRowHeight(captioned)).toBeLessThan(tableStartHeight(captioned));
    expect(headerAndFirstRowHeight(captioned)).toBe(tableStartHeight(table(['A1', 'Short'])));
  });
});

describe('sectionPresenceAhead', () => {
  const blocks: readonly MinutesBlock[] = [table(['A1', longText])];
  it.each([
    ['no introduction: the start of the first block', undefined, presenceAhead(blocks, 0, splitNever)],
    [
      'a one-line introduction: the introduction and the start of the first block',
      'Decisions come first.',
      presenceAhead([{ kind: 'paragraph', text: 'Decisions come first.' }, ...blocks], 0, splitNever) +
        presenceAhead(blocks, 0, splitNever),
    ],
    [
      'a long introduction: its first two lines only',
      longText,
      presenceAhead([{ kind: 'paragraph', text: longText }], 0, splitNever),
    ],
  ])('keeps with a heading %s', (_, introduction, expected) => {
    expect(
      sectionPresenceAhead({ blocks, ...(introduction === undefined ? {} : { introduction }) }, splitNever),
    ).toBeCloseTo(expected, 6);
  });
});
