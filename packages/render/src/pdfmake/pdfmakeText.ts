import type { GlyphCoverage } from '../fonts/GlyphCoverage.js';
import type { LineBreaker } from '../text/lineBreaker.js';
import { hasRightToLeft } from '../text/rtlText.js';
import { bidiLines } from './bidiLines.js';
import { faceOfEachUnit, faceRunsOf, paragraphLines, type FaceWidth } from './breakLines.js';
import { paragraphsOf } from './paragraphs.js';
import { FAMILY } from './pdfmakeFonts.js';
import type { PdfmakeContent, PdfmakeInline, PdfmakeNodeStyle } from './pdfmakeTypes.js';

/** How a piece of text is set: the back end must know size and weight to break lines itself. */
interface TextStyle extends Omit<PdfmakeNodeStyle, 'font' | 'noWrap'> {
  readonly fontSize: number;
}

/** Turns display text into pdfmake content that fits `width` points. */
export type TextContent = (text: string, width: number, style: TextStyle) => Exclude<PdfmakeContent, string>;

/** One line as pdfmake draws it: runs of one face each, in the order they are drawn. */
interface DrawnLine {
  readonly runs: PdfmakeInline[];
  readonly alignment: 'left' | 'right' | 'center';
}

// Lines of more than one face are kept a little short of the available width: pdfkit shapes each
// face's run apart, so pdfmake's measure can differ from ours by a kerning pair, and it must never
// have to wrap a line that was already broken (and, for right-to-left text, ordered).
const WIDTH_MARGIN = 0.97;
// A line of one face is measured exactly as pdfkit measures it; this only absorbs rounding.
const ROUNDING = 0.01;

/** The width lines of more than one face are broken at: short of `width`, never under `floor`. */
const shortOf = (width: number, floor: number): number => Math.max(width * WIDTH_MARGIN - 1, floor);

/**
 * Text in each face's font, broken into lines here rather than by pdfmake, each line handed to
 * pdfmake as one unwrapped piece of text.
 *
 * - Right-to-left text must be broken and ordered here (see {@link bidiLines}): pdfmake lays words
 *   out strictly left to right.
 * - Left-to-right text is broken at the same UAX #14 opportunities pdfmake would use. pdfmake would
 *   otherwise carry every word through its style resolution, line layout and drawing as an object
 *   of its own; one piece of text per line makes a long document's render about a third faster
 *   (BENCHMARKS.md, issue 4).
 */
export function pdfmakeText(coverage: GlyphCoverage, Breaker: LineBreaker): TextContent {
  return (text, width, style) => {
    const bold = style.bold === true;
    const widthOf: FaceWidth = (face, run) => coverage.width(face, bold, run, style.fontSize);
    const lines = hasRightToLeft(text)
      ? bidiLines(text, shortOf(width, style.fontSize), coverage, Breaker, widthOf).map(
          (line): DrawnLine => ({
            runs: line.segments.map((segment): PdfmakeInline => ({ text: segment.text, font: FAMILY[segment.face] })),
            alignment: line.rightToLeft ? 'right' : style.alignment === 'center' ? 'center' : 'left',
          }),
        )
      : leftToRightLines(
          text,
          width,
          coverage,
          Breaker,
          widthOf,
          style.alignment === 'center' ? 'center' : style.alignment === 'right' ? 'right' : 'left',
        );
    const [only] = lines;
    if (lines.length === 1 && only !== undefined) return { ...style, ...drawn(only) };
    return { ...style, stack: lines.map(drawn) };
  };
}

/**
 * Text that is also a bookmark (a section heading, the title). pdfmake reads `outline` only on a
 * text item, never on a stack, so a heading broken into several lines carries it on its first line.
 */
export function withOutline(
  content: Exclude<PdfmakeContent, string>,
  outlineText: string,
): Exclude<PdfmakeContent, string> {
  const outline = { outline: true, outlineText };
  if (!('stack' in content)) return { ...content, ...outline };
  const [first, ...rest] = content.stack;
  if (first === undefined || typeof first === 'string') return { ...content, ...outline };
  return { ...content, stack: [{ ...first, ...outline }, ...rest] };
}

function drawn(line: DrawnLine): Exclude<PdfmakeContent, string> {
  const [only] = line.runs;
  const text =
    line.runs.length === 0
      ? ' '
      : line.runs.length === 1 && only !== undefined && only.font === FAMILY.latin
        ? only.text
        : line.runs;
  return { text, noWrap: true, alignment: line.alignment };
}

function leftToRightLines(
  text: string,
  width: number,
  coverage: GlyphCoverage,
  Breaker: LineBreaker,
  widthOf: FaceWidth,
  alignment: DrawnLine['alignment'],
): DrawnLine[] {
  const lines: DrawnLine[] = [];
  for (const paragraph of paragraphsOf(text)) {
    if (paragraph.trim() === '') {
      lines.push({ runs: [], alignment });
      continue;
    }
    const faces = faceOfEachUnit(paragraph, coverage);
    const oneFace = faces.every((face) => face === faces[0]);
    const available = oneFace ? width - ROUNDING : shortOf(width, 1);
    for (const [start, end] of paragraphLines(paragraph, faces, Breaker, available, widthOf)) {
      const runs = faceRunsOf(paragraph, faces, start, end + 1);
      lines.push({ runs: runs.map((run): PdfmakeInline => ({ text: run.text, font: FAMILY[run.face] })), alignment });
    }
  }
  return lines;
}
