import type { GlyphCoverage } from '../fonts/GlyphCoverage.js';
import { hasRightToLeft } from '../text/rtlText.js';
import { bidiLines } from './bidiLines.js';
import { FAMILY } from './pdfmakeFonts.js';
import type { PdfmakeContent, PdfmakeInline, PdfmakeNodeStyle } from './pdfmakeTypes.js';

/** How a piece of text is set: the back end must know size and weight to break right-to-left lines itself. */
export interface TextStyle extends Omit<PdfmakeNodeStyle, 'font' | 'noWrap'> {
  readonly fontSize: number;
}

/** Turns display text into pdfmake content that fits `width` points. */
export type TextContent = (text: string, width: number, style: TextStyle) => Exclude<PdfmakeContent, string>;

// Measured lines are kept a little short of the available width, so that pdfmake, which measures
// again with the same fonts, never has to wrap a line that was already ordered.
const WIDTH_MARGIN = 0.97;

/**
 * Text in each face's font. Left-to-right text is left to pdfmake's own line breaking; text with
 * right-to-left letters is broken into lines and ordered here (see {@link bidiLines}), one unwrapped
 * line per pdfmake line, aligned right when the paragraph is right to left.
 */
export function pdfmakeText(coverage: GlyphCoverage): TextContent {
  return (text, width, style) => {
    if (!hasRightToLeft(text)) {
      const runs = coverage.faceRuns(text);
      if (runs.length === 1 && runs[0]?.face === 'latin') return { text, ...style };
      return { text: runs.map((run): PdfmakeInline => ({ text: run.text, font: FAMILY[run.face] })), ...style };
    }
    const bold = style.bold === true;
    const measure = (logical: string): number =>
      coverage.faceRuns(logical).reduce((total, run) => total + coverage.width(run.face, bold, run.text, style.fontSize), 0);
    const lines = bidiLines(text, Math.max(width * WIDTH_MARGIN - 1, style.fontSize), coverage, measure);
    return {
      ...style,
      stack: lines.map((line) => ({
        text: line.segments.length === 0 ? ' ' : line.segments.map((segment): PdfmakeInline => ({ text: segment.text, font: FAMILY[segment.face] })),
        noWrap: true,
        alignment: line.rightToLeft ? 'right' : style.alignment === 'center' ? 'center' : 'left',
      })),
    };
  };
}
