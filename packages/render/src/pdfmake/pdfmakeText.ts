import type { DrawnCharacter } from '../fonts/drawableText.js';
import type { GlyphCoverage } from '../fonts/GlyphCoverage.js';
import type { LineBreaker } from '../text/lineBreaker.js';
import { hasRightToLeft } from '../text/rtlText.js';
import { bidiLines } from './bidiLines.js';
import { faceOfEachUnit, faceRunsOf, paragraphLines, type FaceWidth } from './breakLines.js';
import { paragraphsAt } from './paragraphs.js';
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
  /** Where the line stands in the text: its first offset and the one after its last. */
  readonly range: readonly [number, number];
  /** The line as the record says it, when it is drawn otherwise: in visual order, or with code-point fallback. */
  readonly actualText?: string;
}

/** The record's characters behind a drawn string that differs from it (see drawableMinutes). */
type RecordCharacters = (drawn: string) => readonly DrawnCharacter[] | undefined;

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
 *
 * With `recordCharacters` (a tagged PDF), each line drawn otherwise than the record says it (in
 * visual order, or with code points in brackets for characters no font has) carries the record's
 * text as `actualText` on its inlines, for the structure tree (tagging/tagDrawnItems.ts).
 */
export function pdfmakeText(
  coverage: GlyphCoverage,
  Breaker: LineBreaker,
  recordCharacters?: RecordCharacters,
): TextContent {
  return (text, width, style) => {
    const bold = style.bold === true;
    const widthOf: FaceWidth = (face, run) => coverage.width(face, bold, run, style.fontSize);
    const rightToLeft = hasRightToLeft(text);
    const lines = rightToLeft
      ? bidiLines(text, shortOf(width, style.fontSize), coverage, Breaker, widthOf).map(
          (line): DrawnLine => ({
            runs: line.segments.map((segment): PdfmakeInline => ({ text: segment.text, font: FAMILY[segment.face] })),
            alignment: line.rightToLeft ? 'right' : style.alignment === 'center' ? 'center' : 'left',
            range: line.range,
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
    const characters = recordCharacters?.(text);
    const withActualText =
      recordCharacters === undefined || (!rightToLeft && characters === undefined)
        ? lines
        : lines.map((line): DrawnLine => {
            const actualText = actualTextOf(text, line.range, characters);
            return actualText === undefined ? line : { ...line, actualText };
          });
    const [only] = withActualText;
    if (withActualText.length === 1 && only !== undefined) return { ...style, ...drawn(only) };
    return { ...style, stack: withActualText.map(drawn) };
  };
}

/**
 * The record's text of the line at `range` of `text` when the line is drawn otherwise: with code
 * points in brackets for characters no font has (`characters` says which), or in visual order
 * because it holds right-to-left letters. Undefined for a line drawn as it reads.
 */
function actualTextOf(
  text: string,
  [start, end]: DrawnLine['range'],
  characters: readonly DrawnCharacter[] | undefined,
): string | undefined {
  let fallback = false;
  let original = '';
  let offset = 0;
  for (const character of characters ?? []) {
    // A character drawn as nothing belongs to the line it would stand in; one at the very end, to the last line.
    if (offset >= start && (offset < end || (offset === end && end === text.length))) {
      original += character.original;
      fallback ||= character.drawn !== '' && character.drawn !== character.original;
    }
    offset += character.drawn.length;
  }
  if (fallback) return original;
  const line = text.slice(start, end);
  return hasRightToLeft(line) ? line : undefined;
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
  const { actualText } = line;
  if (actualText !== undefined) {
    // pdfmake keeps an inline's own properties on each word it lays out; a tagged PDF gives the
    // line its record text as ActualText (tagging/tagDrawnItems.ts).
    return { text: line.runs.map((run) => ({ ...run, actualText })), noWrap: true, alignment: line.alignment };
  }
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
  for (const { paragraph, start: offset } of paragraphsAt(text)) {
    if (paragraph.trim() === '') {
      lines.push({ runs: [], alignment, range: [offset, offset + paragraph.length] });
      continue;
    }
    const faces = faceOfEachUnit(paragraph, coverage);
    const oneFace = faces.every((face) => face === faces[0]);
    const available = oneFace ? width - ROUNDING : shortOf(width, 1);
    for (const [start, end] of paragraphLines(paragraph, faces, Breaker, available, widthOf)) {
      const runs = faceRunsOf(paragraph, faces, start, end + 1);
      lines.push({
        runs: runs.map((run): PdfmakeInline => ({ text: run.text, font: FAMILY[run.face] })),
        alignment,
        range: [offset + start, offset + end + 1],
      });
    }
  }
  return lines;
}
