import { valueText } from '../model/blocks.js';
import type { DecisionBlock, KeyValue, MinutesBlock, MinutesSection, Table } from '../model/MinutesDocument.js';

// Estimates shared by the PDF engines, which draw the same page: A4 (595.28 pt) less 42 pt each
// side, and the same type sizes (pdfmake/pageGeometry.ts, react-pdf/minutesStyles.ts).
const CONTENT_WIDTH = 511;
const BODY = 9;
const TABLE = 8.5;
const SUBHEADING = 10.5;
const HEADING = 13;
const CELL_PADDING = 3;
// DejaVu Sans averages about 0.55 em a character in running text and sets lines about 1.17 em
// apart; both are rounded up, so an estimate errs towards a page break a little early, never
// towards a heading or header row left alone at the foot of a page.
const CHARACTER_WIDTH = 0.6;
const LINE_HEIGHT = 1.25;

/** The height in points of text set in a column `width` points wide, estimated from its length. */
function textHeight(text: string, width: number, fontSize: number): number {
  const perLine = Math.max(1, Math.floor(width / (fontSize * CHARACTER_WIDTH)));
  const lines = text
    .split('\n')
    .reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
  return lines * fontSize * LINE_HEIGHT;
}

function rowHeight(cells: readonly string[], table: Table): number {
  const total = table.columns.reduce((sum, column) => sum + column.weight, 0);
  const heights = cells.map((cell, index) =>
    textHeight(cell, (CONTENT_WIDTH * (table.columns[index]?.weight ?? 1)) / total - 2 * CELL_PADDING, TABLE),
  );
  return Math.max(0, ...heights) + 2 * CELL_PADDING + 1;
}

/** A table's caption (when shown), header row and first row: what must fit below whatever comes before the table. */
export function tableStartHeight(table: Table): number {
  const caption = table.showCaption ? textHeight(table.caption, CONTENT_WIDTH, TABLE) + 4 : 0;
  return caption + headerAndFirstRowHeight(table);
}

/** A table's header row and first row: what must fit below its caption. */
export function headerAndFirstRowHeight(table: Table): number {
  const header = rowHeight(
    table.columns.map((column) => column.label),
    table,
  );
  return 2 + header + rowHeight(table.rows[0] ?? [], table);
}

function keyValueHeight(item: KeyValue | undefined): number {
  if (item === undefined) return 0;
  return (
    Math.max(
      textHeight(item.label, CONTENT_WIDTH / 3 - 8, BODY),
      textHeight(valueText(item.value), (CONTENT_WIDTH * 2) / 3, BODY),
    ) + 2
  );
}

function decisionHeight(decision: DecisionBlock): number {
  const inner = CONTENT_WIDTH - 2 * 9.5;
  return (
    4 +
    16 +
    textHeight(decision.child, inner, SUBHEADING) +
    textHeight(`Decision: ${decision.outcome}`, inner, HEADING) +
    6 +
    BODY * LINE_HEIGHT +
    textHeight(decision.rationale, inner, 9.5) +
    4 +
    decision.details.reduce((sum, item) => sum + keyValueHeight(item), 0)
  );
}

// A value longer than this may not fit on one page: its row or box may split across pages rather
// than be cut off (react-pdf cuts off what does not fit in an element that must not split).
export const LONG_VALUE = 600;

// A list of label and value pairs this short is drawn whole by react-pdf (see keyValuesMayWrap).
const SHORT_KEY_VALUES = 8;

/**
 * Whether react-pdf may split a list of label and value pairs across pages. A short list is drawn
 * whole (`wrap={false}`): left to split, react-pdf moved a four-row list whole to the next page
 * anyway, leaving the heading above it alone at the foot of the page, so it is moved with its heading.
 */
export function keyValuesMayWrap(items: readonly KeyValue[]): boolean {
  return items.length > SHORT_KEY_VALUES || items.some((item) => valueText(item.value).length > LONG_VALUE);
}

/** Whether react-pdf may split a decision box across pages (it draws it whole otherwise). */
export function decisionMayWrap(decision: DecisionBlock): boolean {
  return (
    decision.rationale.length + decision.details.reduce((sum, item) => sum + valueText(item.value).length, 0) >
    LONG_VALUE
  );
}

/**
 * How much of the blocks from `index` on must fit below a heading for the heading to stay on its page
 * (react-pdf's `minPresenceAhead`; pdfmake's page break before a heading): the first two lines of a
 * paragraph, the first row of a list, a table's header row with its first row, a decision box whole
 * when the engine does not split it (`decisionSplits`), a list of label and value pairs likewise
 * (`keyValuesSplit`; by default its first pair), and a subheading with what it in turn keeps.
 */
export function presenceAhead(
  blocks: readonly MinutesBlock[],
  index: number,
  decisionSplits: (decision: DecisionBlock) => boolean,
  keyValuesSplit: (items: readonly KeyValue[]) => boolean = () => true,
): number {
  const block = blocks[index];
  if (block === undefined) return 0;
  switch (block.kind) {
    case 'paragraph':
    case 'notice':
      return Math.min(textHeight(block.text, CONTENT_WIDTH, BODY), 2 * BODY * LINE_HEIGHT) + 4;
    case 'subheading':
      return (
        textHeight(block.text, CONTENT_WIDTH, SUBHEADING) +
        8 +
        presenceAhead(blocks, index + 1, decisionSplits, keyValuesSplit)
      );
    case 'keyValues':
      return keyValuesSplit(block.items)
        ? keyValueHeight(block.items[0])
        : block.items.reduce((sum, item) => sum + keyValueHeight(item), 4);
    case 'table':
      // More than the view before the table asks for, so that a heading does not stay while the table moves.
      return block.rows.length === 0 ? BODY * LINE_HEIGHT + 4 : tableStartHeight(block) + 8;
    case 'decision':
      return decisionSplits(block) ? 6 * BODY * LINE_HEIGHT : decisionHeight(block);
  }
}

/**
 * How much of a section must fit below its heading: its introduction's first two lines, and when the
 * introduction is no longer than that, what {@link presenceAhead} asks for its first block as well, so
 * that a heading and a one-line introduction do not end a page above the block they introduce.
 */
export function sectionPresenceAhead(
  section: Pick<MinutesSection, 'introduction' | 'blocks'>,
  decisionSplits: (decision: DecisionBlock) => boolean,
): number {
  const first = presenceAhead(section.blocks, 0, decisionSplits);
  if (section.introduction === undefined) return first;
  const introduction = textHeight(section.introduction, CONTENT_WIDTH, BODY) + 4;
  const twoLines = 2 * BODY * LINE_HEIGHT + 4;
  return introduction <= twoLines ? introduction + first : twoLines;
}
