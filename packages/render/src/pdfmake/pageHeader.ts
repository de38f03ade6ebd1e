import type { MinutesDocument } from '../model/MinutesDocument.js';
import { FONT_SIZE, PAGE } from './pageGeometry.js';
import type { TextContent } from './pdfmakeText.js';
import type { PdfmakeContent, PdfmakeInline } from './pdfmakeTypes.js';

/**
 * The height of one line of a font family (a pdfmake family name, see FAMILY) per point of type, as
 * pdfkit sets it: the font's ascent less its descent over its units per em.
 */
export type LineEm = (family: string, bold: boolean) => number;

/** The running header and the top margin that holds it whole. */
interface PageHeader {
  readonly content: PdfmakeContent;
  /** The page's top margin: the usual one, or more when the header's lines need it. */
  readonly topMargin: number;
}

const HEADER_TOP = 16;
/** The least room between the header's last line and the body, as the default header leaves with a stamp. */
const HEADER_GAP = 12;
/** pdfmake's line height (the document's defaultStyle), which the header inherits. */
const LINE_HEIGHT = 1.15;
/** The colour of every DRAFT mark. */
export const DRAFT_COLOUR = '#b00020';

/**
 * The header drawn above the body of every page: the marking, the record line (with "DRAFT: not
 * signed off" beside it) and, in a per-recipient copy, whose copy it is. pdfmake lays the header out
 * in the page's top margin and silently drops whatever does not fit there, so the margin is computed
 * here from the header's own lines, measured with the fonts that draw them: a record line or a
 * "Copy for" line that wraps (large print, a long profile id, a long name and agency) pushes the
 * body down instead of losing a line. Every line is broken by `text`, never by pdfmake, so the
 * lines counted are the lines drawn.
 */
export function pageHeader(
  minutes: MinutesDocument,
  text: TextContent,
  unscaledText: TextContent,
  width: number,
  lineEm: LineEm,
  defaultFamily: string,
): PageHeader {
  const recordWidth = width * 0.7;
  const stack: PdfmakeContent[] = [
    unscaledText(minutes.marking, width, { fontSize: FONT_SIZE.marking, bold: true, alignment: 'center' }),
    {
      columns: [
        { ...text(minutes.recordLine, recordWidth, { fontSize: FONT_SIZE.small }), width: recordWidth },
        minutes.status.final
          ? { text: '', width: '*' }
          : {
              ...unscaledText('DRAFT: not signed off', width - recordWidth, {
                fontSize: FONT_SIZE.small,
                bold: true,
                alignment: 'right',
                color: DRAFT_COLOUR,
              }),
              width: '*',
            },
      ],
      margin: [0, 3, 0, 0],
    },
    ...(minutes.copyFor === undefined
      ? []
      : [text(minutes.copyFor, width, { fontSize: FONT_SIZE.small, margin: [0, 1, 0, 0] })]),
  ];
  const height = heightOf({ stack }, { family: defaultFamily, bold: false, fontSize: FONT_SIZE.body }, lineEm);
  return {
    content: { margin: [PAGE.margins[0], HEADER_TOP, PAGE.margins[2], 0], stack },
    topMargin: Math.max(PAGE.margins[1], Math.ceil(HEADER_TOP + height + HEADER_GAP)),
  };
}

interface Inherited {
  readonly family: string;
  readonly bold: boolean;
  readonly fontSize: number;
}

/** The height pdfmake gives content made of stacks, columns and unwrapped lines (what `text` returns). */
function heightOf(content: PdfmakeContent, inherited: Inherited, lineEm: LineEm): number {
  if (typeof content === 'string') return lineHeight([inherited.family], inherited, lineEm);
  const style: Inherited = {
    family: content.font ?? inherited.family,
    bold: content.bold ?? inherited.bold,
    fontSize: content.fontSize ?? inherited.fontSize,
  };
  const [, top, , bottom] = content.margin ?? [0, 0, 0, 0];
  let inner = 0;
  if ('stack' in content) inner = content.stack.reduce((sum, child) => sum + heightOf(child, style, lineEm), 0);
  else if ('columns' in content)
    inner = Math.max(0, ...content.columns.map((column) => heightOf(column, style, lineEm)));
  else if ('text' in content)
    inner = lineHeight(
      typeof content.text === 'string'
        ? [style.family]
        : content.text.map((run: PdfmakeInline) => run.font ?? style.family),
      style,
      lineEm,
    );
  return top + inner + bottom;
}

/** A line is as tall as its tallest face, at the document's line height. */
function lineHeight(families: readonly string[], style: Inherited, lineEm: LineEm): number {
  return Math.max(0, ...families.map((family) => lineEm(family, style.bold))) * style.fontSize * LINE_HEIGHT;
}
