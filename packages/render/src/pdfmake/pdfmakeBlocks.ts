import type {
  DecisionBlock,
  KeyValue,
  MinutesBlock,
  MinutesSection,
  Table,
  ValueList,
} from '../model/MinutesDocument.js';
import { headerAndFirstRowHeight, presenceAhead, sectionPresenceAhead } from '../layout/presenceAhead.js';
import { keptWithNext } from './keepWithNext.js';
import { CELL_PADDING, FONT_SIZE, RULE_WIDTH } from './pageGeometry.js';
import { withOutline, type TextContent } from './pdfmakeText.js';
import type { PdfmakeContent, PdfmakeTableLayout } from './pdfmakeTypes.js';

const RULE_COLOUR = '#9a9a9a';
const HEADER_FILL = '#e8e8e8';

function ruledLayout(options: { readonly headerFill: boolean; readonly rules: boolean }): PdfmakeTableLayout {
  return {
    hLineWidth: () => (options.rules ? RULE_WIDTH : 0),
    vLineWidth: () => (options.rules ? RULE_WIDTH : 0),
    hLineColor: () => RULE_COLOUR,
    vLineColor: () => RULE_COLOUR,
    paddingLeft: () => CELL_PADDING,
    paddingRight: () => CELL_PADDING,
    paddingTop: () => 2,
    paddingBottom: () => 2,
    fillColor: (rowIndex) => (options.headerFill && rowIndex === 0 ? HEADER_FILL : null),
  };
}

/** Column content widths in points that, with padding and rules, fill `width` exactly. */
function columnWidths(weights: readonly number[], width: number, rules: boolean): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const free = width - weights.length * 2 * CELL_PADDING - (rules ? (weights.length + 1) * RULE_WIDTH : 0);
  return weights.map((weight) => Math.floor(((free * weight) / total) * 100) / 100);
}

/**
 * The widths with each column at least `minimums` wide, the room taken from the columns wider than
 * theirs in proportion to what they can spare; unchanged when the columns together cannot spare it.
 * A header such as "Attendance" in large print would otherwise break inside the word ("Attendanc/e").
 */
function withRoomFor(widths: readonly number[], minimums: readonly number[]): number[] {
  const short = widths.map((width, index) => Math.max(0, (minimums[index] ?? 0) - width));
  const needed = short.reduce((sum, value) => sum + value, 0);
  if (needed === 0) return [...widths];
  const spare = widths.map((width, index) => (short[index] === 0 ? Math.max(0, width - (minimums[index] ?? 0)) : 0));
  const available = spare.reduce((sum, value) => sum + value, 0);
  if (available < needed) return [...widths];
  return widths.map((width, index) =>
    (short[index] ?? 0) > 0
      ? (minimums[index] ?? width)
      : Math.floor((width - (needed * (spare[index] ?? 0)) / available) * 100) / 100,
  );
}

/** The width in points of text set in one line, at a size and weight (the engine's own measure). */
export type WordWidth = (text: string, fontSize: number, bold: boolean) => number;

// presenceAhead estimates lines 1.25 em apart; pdfmake sets DejaVu Sans (0.928 em above the baseline
// and 0.236 below) at the line height of 1.15, 1.34 em apart. The room kept below a heading grows to
// match, with a cell's padding on top, so that the first row of a table fits in it.
const LINE_SPACING = (1.164 * 1.15) / 1.25;

// The room beside a list's items, in em of its type: at least pdfmake's indent ("9. " in DejaVu Sans).
const LIST_INDENT = 1.4;

// pdfmake splits a decision box (a one-cell table) across pages like any text.
const SPLIT_DECISIONS = (): boolean => true;

/** Draws the blocks of the minutes model as pdfmake content. */
export class PdfmakeBlocks {
  /**
   * `accent`: the template's heading colour (checked for contrast by parseTemplate). `scale`: the
   * template's base font size over the default's, by which `text` scales every size; the room a
   * heading keeps for what follows, estimated at the default sizes, scales with it.
   * `pageInnerHeight`: the body's height on a page, less than the usual when the running header
   * needs more room (see pageHeader).
   */
  constructor(
    private readonly text: TextContent,
    private readonly accent?: string,
    private readonly scale = 1,
    private readonly pageInnerHeight?: number,
    private readonly wordWidth?: WordWidth,
  ) {}

  /** A heading kept on the page of the `ahead` points (estimated by presenceAhead) of what follows it. */
  private kept(content: Exclude<PdfmakeContent, string>, ahead: number): Exclude<PdfmakeContent, string> {
    return keptWithNext(content, ahead * this.scale * LINE_SPACING + CELL_PADDING, this.pageInnerHeight);
  }

  section(section: MinutesSection, width: number): PdfmakeContent[] {
    const heading = `${section.number}. ${section.heading}`;
    return [
      this.kept(
        withOutline(
          this.text(heading, width, {
            fontSize: FONT_SIZE.heading,
            bold: true,
            margin: [0, 12, 0, 4],
            role: 'H2',
            ...(this.accent === undefined ? {} : { color: this.accent }),
          }),
          heading,
        ),
        sectionPresenceAhead(section, SPLIT_DECISIONS),
      ),
      ...(section.introduction === undefined
        ? []
        : [this.text(section.introduction, width, { fontSize: FONT_SIZE.body, margin: [0, 0, 0, 4] })]),
      ...section.blocks.map((block, index) => this.block(block, width, section.blocks.slice(index + 1))),
    ];
  }

  /** A block; `following` are the blocks after it in its section, which a subheading keeps with it. */
  block(block: MinutesBlock, width: number, following: readonly MinutesBlock[] = []): PdfmakeContent {
    switch (block.kind) {
      case 'paragraph':
        return this.text(block.text, width, { fontSize: FONT_SIZE.body, margin: [0, 0, 0, 4] });
      case 'subheading':
        return this.kept(
          this.text(block.text, width, {
            fontSize: FONT_SIZE.subheading,
            bold: true,
            margin: [0, 6, 0, 2],
            role: 'H3',
          }),
          presenceAhead(following, 0, SPLIT_DECISIONS),
        );
      case 'notice':
        return this.text(block.text, width, {
          fontSize: FONT_SIZE.body,
          bold: true,
          margin: [0, 2, 0, 4],
          color: '#333333',
        });
      case 'keyValues':
        return this.keyValues(block.items, width);
      case 'table':
        return this.table(block, width);
      case 'decision':
        return this.decision(block, width);
    }
  }

  keyValues(items: readonly KeyValue[], width: number): PdfmakeContent {
    if (items.length === 0) return { text: '' };
    const widths = columnWidths([1, 2], width, false);
    return {
      margin: [0, 0, 0, 4],
      role: 'KeyValues',
      table: {
        widths,
        body: items.map((item) => [
          this.text(item.label, widths[0] ?? 0, { fontSize: FONT_SIZE.body, bold: true }),
          this.value(item.value, widths[1] ?? 0),
        ]),
      },
      layout: ruledLayout({ headerFill: false, rules: false }),
    };
  }

  private value(value: KeyValue['value'], width: number): PdfmakeContent {
    return typeof value === 'string' ? this.text(value, width, { fontSize: FONT_SIZE.body }) : this.list(value, width);
  }

  /**
   * A bulleted list (pdfmake's `ul`, tagged L > LI > Lbl + LBody). Each item is broken into lines by
   * `text`, as all text is (right-to-left and fallback faces included), at the width pdfmake leaves
   * beside the disc: it indents the items by the width of "9. " in the list's font (1.27 em in
   * DejaVu Sans), so they are broken a little short of that, never to be wrapped again by pdfmake.
   */
  private list(items: ValueList, width: number): PdfmakeContent {
    const itemWidth = width - LIST_INDENT * FONT_SIZE.body * this.scale;
    return {
      fontSize: FONT_SIZE.body * this.scale,
      ul: items.map((item) => this.text(item, itemWidth, { fontSize: FONT_SIZE.body })),
    };
  }

  /**
   * Every table repeats its header row on each page it runs onto, and its rows never split across
   * pages (a row that would cross the foot of a page moves whole to the next), unless a row could be
   * taller than a page, which must split to be printed at all.
   */
  table(table: Table, width: number): PdfmakeContent {
    if (table.rows.length === 0)
      return this.text(table.emptyText, width, { fontSize: FONT_SIZE.body, margin: [0, 0, 0, 4] });
    const headerSize = FONT_SIZE.table * this.scale;
    const widths = withRoomFor(
      columnWidths(
        table.columns.map((column) => column.weight),
        width,
        true,
      ),
      // Each header's longest word fits its column, with a point to spare for rounding.
      table.columns.map((column) =>
        this.wordWidth === undefined
          ? 0
          : Math.max(0, ...column.label.split(/\s+/u).map((word) => this.wordWidth?.(word, headerSize, true) ?? 0)) + 1,
      ),
    );
    const drawn: PdfmakeContent = {
      margin: [0, 2, 0, 6],
      table: {
        headerRows: 1,
        keepWithHeaderRows: 1,
        dontBreakRows: !rowsMayBeTallerThanAPage(table),
        widths,
        body: [
          table.columns.map((column, index) =>
            this.text(column.label, widths[index] ?? 0, { fontSize: FONT_SIZE.table, bold: true }),
          ),
          ...table.rows.map((row) =>
            row.map((cell, index) => this.text(cell, widths[index] ?? 0, { fontSize: FONT_SIZE.table })),
          ),
        ],
      },
      layout: ruledLayout({ headerFill: true, rules: true }),
    };
    if (!table.showCaption) return drawn;
    return {
      stack: [
        this.kept(
          this.text(table.caption, width, { fontSize: FONT_SIZE.table, bold: true, margin: [0, 4, 0, 0] }),
          headerAndFirstRowHeight(table),
        ),
        drawn,
      ],
    };
  }

  /** A boxed block: the child's name, the outcome in large bold type, the rationale, then details. */
  decision(decision: DecisionBlock, width: number): PdfmakeContent {
    const inner = width - 2 * 8 - 2 * 1.5;
    return {
      margin: [0, 4, 0, 8],
      role: 'Layout',
      unbreakable: false,
      table: {
        widths: [inner],
        body: [
          [
            {
              stack: [
                // The child's name never ends a page alone: it stays with the decision it heads.
                {
                  unbreakable: true,
                  stack: [
                    // A heading, as in the sections before it: a screen reader moving by headings reaches each child's decision.
                    this.text(decision.child, inner, { fontSize: FONT_SIZE.subheading, bold: true, role: 'H3' }),
                    this.text(`Decision: ${decision.outcome}`, inner, {
                      fontSize: FONT_SIZE.heading,
                      bold: true,
                      margin: [0, 2, 0, 4],
                    }),
                  ],
                },
                this.text('Rationale', inner, { fontSize: FONT_SIZE.body, bold: true }),
                this.text(decision.rationale, inner, { fontSize: FONT_SIZE.body + 0.5, margin: [0, 0, 0, 4] }),
                this.keyValues(decision.details, inner),
              ],
            },
          ],
        ],
      },
      layout: {
        hLineWidth: () => 1.5,
        vLineWidth: () => 1.5,
        hLineColor: () => '#1d3557',
        vLineColor: () => '#1d3557',
        paddingLeft: () => 8,
        paddingRight: () => 8,
        paddingTop: () => 6,
        paddingBottom: () => 6,
        fillColor: () => '#f1f5fb',
      },
    };
  }
}

// A cell this long may not fit on one page at table type size: such a table lets rows split.
const LONGEST_UNSPLITTABLE_CELL = 1_500;

function rowsMayBeTallerThanAPage(table: Table): boolean {
  return table.rows.some((row) => row.some((cell) => cell.length > LONGEST_UNSPLITTABLE_CELL));
}
