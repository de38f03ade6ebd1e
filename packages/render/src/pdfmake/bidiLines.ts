import type { FontFace } from '../fonts/FontSet.js';
import type { GlyphCoverage } from '../fonts/GlyphCoverage.js';
import { bidiEngine, type EmbeddingLevels } from '../text/bidiEngine.js';
import type { LineBreaker } from '../text/lineBreaker.js';
import { layoutReversesRun, paragraphDirection } from '../text/rtlText.js';
import { faceOfEachUnit, isLowSurrogate, paragraphLines, type FaceWidth } from './breakLines.js';
import { paragraphsAt } from './paragraphs.js';

/** A piece of one line: drawn with one face, its characters already in the order fontkit needs. */
interface LineSegment {
  readonly face: FontFace;
  readonly text: string;
}

/** One line of a paragraph, in visual order (left to right on the page). */
export interface VisualLine {
  readonly segments: readonly LineSegment[];
  /** True when the paragraph is right to left: the line is aligned to the right. */
  readonly rightToLeft: boolean;
  /** Where the line stands in the text, in logical (reading) order: its first offset and the one after its last. */
  readonly range: readonly [number, number];
}

/**
 * Breaks text that contains right-to-left letters into lines that fit `width`, and orders each line
 * visually with the Unicode Bidirectional Algorithm (bidi-js, UAX #9 including per-line reordering
 * and mirroring), left to right unless the paragraph has no left-to-right letter (see paragraphDirection).
 *
 * pdfmake lays words out strictly left to right, so it puts the words of an Arabic or Urdu phrase in
 * the wrong order; fontkit, underneath it, reverses the glyphs of each right-to-left run it shapes.
 * Lines are therefore broken here (measured with the same fonts), and each segment is handed over in
 * the order that makes fontkit's own reversal come out right: Arabic shaping still sees letters in
 * their logical order.
 */
export function bidiLines(
  text: string,
  width: number,
  coverage: GlyphCoverage,
  Breaker: LineBreaker,
  widthOf: FaceWidth,
): VisualLine[] {
  const bidi = bidiEngine();
  const lines: VisualLine[] = [];
  for (const { paragraph, start: offset } of paragraphsAt(text)) {
    if (paragraph.trim() === '') {
      lines.push({ segments: [], rightToLeft: false, range: [offset, offset + paragraph.length] });
      continue;
    }
    const direction = paragraphDirection(paragraph);
    const embedding = bidi.getEmbeddingLevels(paragraph, direction);
    const rightToLeft = direction === 'rtl';
    const faces = faceOfEachUnit(paragraph, coverage);
    for (const [start, end] of paragraphLines(paragraph, faces, Breaker, width, widthOf)) {
      lines.push({
        segments: visualSegments(paragraph, embedding, faces, start, end),
        rightToLeft,
        range: [offset + start, offset + end + 1],
      });
    }
  }
  return lines;
}

/** The segments of one line in visual order, each ready for fontkit. */
function visualSegments(
  text: string,
  embedding: EmbeddingLevels,
  faces: readonly FontFace[],
  start: number,
  end: number,
): LineSegment[] {
  const engine = bidiEngine();
  const order: number[] = [];
  for (let index = start; index <= end; index += 1) order.push(index);
  for (const [flipStart = start, flipEnd = start] of engine.getReorderSegments(text, embedding, start, end)) {
    const reversed = order.slice(flipStart - start, flipEnd - start + 1).reverse();
    order.splice(flipStart - start, reversed.length, ...reversed);
  }
  const mirrored = engine.getMirroredCharactersMap(text, embedding.levels, start, end);
  // Keep surrogate pairs in their logical order after a reversal.
  for (let position = 0; position + 1 < order.length; position += 1) {
    const here = order[position] ?? 0;
    const next = order[position + 1] ?? 0;
    if (isLowSurrogate(text.charCodeAt(here)) && next === here - 1) {
      order[position] = next;
      order[position + 1] = here;
      position += 1;
    }
  }
  const segments: { face: FontFace; visual: string; rightToLeft: boolean }[] = [];
  for (const index of order) {
    const character = mirrored.get(index) ?? text[index] ?? '';
    const face = faces[index] ?? 'latin';
    const rightToLeft = ((embedding.levels[index] ?? 0) & 1) === 1;
    const last = segments.at(-1);
    if (last !== undefined && last.face === face && last.rightToLeft === rightToLeft) last.visual += character;
    else segments.push({ face, visual: character, rightToLeft });
  }
  // pdfkit shapes a run word by word, splitting at spaces, which would reverse each word on its own:
  // inside a run fontkit reverses, spaces become no-break spaces so that the run is shaped whole.
  return segments.map(({ face, visual }) =>
    layoutReversesRun(visual)
      ? { face, text: reverseCharacters(visual).replace(/ /g, '\u00a0') }
      : { face, text: visual },
  );
}

/** Reverses by code point, so that surrogate pairs survive. */
function reverseCharacters(text: string): string {
  return [...text].reverse().join('');
}
