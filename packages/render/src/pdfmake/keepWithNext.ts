import type { PdfmakeContent } from './pdfmakeTypes.js';

/**
 * A heading, subheading or caption that must stay on the page of what follows it: its first line
 * carries, as its `headlineLevel`, the room in points the heading and the start of what follows need
 * (see presenceAhead), for {@link breakBeforeLoneHeading}. pdfmake hands `pageBreakBefore` only a few
 * named properties of a node; `headlineLevel` is the one meant for the document's own use.
 */
export function keptWithNext(content: Exclude<PdfmakeContent, string>, room: number): Exclude<PdfmakeContent, string> {
  const headlineLevel = Math.max(1, Math.ceil(room));
  if (!('stack' in content)) return { ...content, headlineLevel };
  const [first, ...rest] = content.stack;
  if (first === undefined || typeof first === 'string') return { ...content, headlineLevel };
  return { ...content, stack: [{ ...first, headlineLevel }, ...rest] };
}

/** What pdfmake 0.3 tells `pageBreakBefore` about a node. */
interface NodeInfo {
  readonly headlineLevel?: number;
  readonly startPosition?: { readonly verticalRatio: number; readonly pageInnerHeight: number };
}

/**
 * pdfmake's `pageBreakBefore`: moves a heading to the next page when the room it needs (its
 * `headlineLevel`, see keptWithNext) is not left below its top on its page, so no page ends with a
 * heading or with a heading and a table's lone header row. Judged from where the heading starts:
 * pdfmake's lists of the nodes on a page still hold the places of rows it moved to the next page.
 * A heading already at the top of a page stays, whatever follows.
 */
export function breakBeforeLoneHeading(node: NodeInfo): boolean {
  const position = node.startPosition;
  if (node.headlineLevel === undefined || position === undefined || position.verticalRatio < 0.05) return false;
  const used = position.verticalRatio * position.pageInnerHeight;
  return used + node.headlineLevel > position.pageInnerHeight;
}
