import { PAGE } from './pageGeometry.js';
import type { PdfmakeContent } from './pdfmakeTypes.js';

type Block = Exclude<PdfmakeContent, string>;

/** The height of the page's content area in points with the usual margins: what a block on a page of its own has. */
const PAGE_INNER_HEIGHT = PAGE.height - PAGE.margins[1] - PAGE.margins[3];
// pdfmake sets a line of DejaVu Sans at about 1.17 em times the line height of 1.15; rounded up.
const LINE_EM = 1.4;
const DEFAULT_FONT_SIZE = 12;

/**
 * A heading, subheading or caption that must stay on the page of what follows it: it is drawn with
 * `ahead` points of room reserved below it, as one block pdfmake never splits (`unbreakable`), and
 * the room is given back to what follows by a negative bottom margin. So pdfmake moves the heading to
 * the next page exactly when the heading and the start of what follows (see presenceAhead) would not
 * fit below its top, in the one layout it makes of the document.
 *
 * A `pageBreakBefore` callback would say the same, but pdfmake 0.3 lays the whole document out again
 * after every heading a callback moves (LayoutBuilder.layoutDocument): a 30-page minutes paid for
 * five layouts where this costs one (BENCHMARKS.md, issue 15: minutes templates).
 *
 * The heading's top margin stays outside the unbreakable block, so a heading moved to a new page
 * starts at its top, not a margin below it. The room is capped so that the heading and its room
 * always fit on an empty page: pdfmake drops an unbreakable block that fits on no page.
 */
export function keptWithNext(content: Block, ahead: number, pageInnerHeight = PAGE_INNER_HEIGHT): Block {
  const [left, top, right, bottom] = content.margin ?? [0, 0, 0, 0];
  const room = Math.max(0, Math.min(Math.ceil(ahead), pageInnerHeight - 2 * heightOf(content)));
  return {
    margin: [left, top, right, -room],
    unbreakable: true,
    stack: [{ ...content, margin: [0, 0, 0, bottom + room] }],
  };
}

/** A generous estimate of the height of text broken into lines by pdfmakeText (one line, or a stack of lines). */
function heightOf(content: Block): number {
  const lines = 'stack' in content ? content.stack.length : 1;
  const [, top, , bottom] = content.margin ?? [0, 0, 0, 0];
  return lines * (content.fontSize ?? DEFAULT_FONT_SIZE) * LINE_EM + top + bottom;
}
