import type { FontFace } from '../fonts/FontSet.js';
import type { GlyphCoverage } from '../fonts/GlyphCoverage.js';
import { bidiEngine, type EmbeddingLevels } from '../text/bidiEngine.js';
import { layoutReversesRun, paragraphDirection } from '../text/rtlText.js';

/** A piece of one line: drawn with one face, its characters already in the order fontkit needs. */
export interface LineSegment {
  readonly face: FontFace;
  readonly text: string;
}

/** One line of a paragraph, in visual order (left to right on the page). */
export interface VisualLine {
  readonly segments: readonly LineSegment[];
  /** True when the paragraph is right to left: the line is aligned to the right. */
  readonly rightToLeft: boolean;
}

/** Width of a logical run of text in points. */
export type MeasureText = (text: string) => number;

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
export function bidiLines(text: string, width: number, coverage: GlyphCoverage, measure: MeasureText): VisualLine[] {
  const bidi = bidiEngine();
  const lines: VisualLine[] = [];
  for (const paragraph of text.split('\n')) {
    if (paragraph.trim() === '') {
      lines.push({ segments: [], rightToLeft: false });
      continue;
    }
    const direction = paragraphDirection(paragraph);
    const embedding = bidi.getEmbeddingLevels(paragraph, direction);
    const rightToLeft = direction === 'rtl';
    const faces = faceOfEachUnit(paragraph, coverage);
    for (const [start, end] of breakLines(paragraph, width, measure)) {
      lines.push({ segments: visualSegments(paragraph, embedding, faces, start, end), rightToLeft });
    }
  }
  return lines;
}

/** The face of each UTF-16 code unit (both halves of a surrogate pair get the face of the character). */
function faceOfEachUnit(text: string, coverage: GlyphCoverage): FontFace[] {
  const faces: FontFace[] = [];
  for (const run of coverage.faceRuns(text)) for (let unit = 0; unit < run.text.length; unit += 1) faces.push(run.face);
  return faces;
}

/**
 * Greedy line breaking at spaces in logical order; a word wider than the line is broken between
 * characters. Returns inclusive [start, end] code-unit ranges with trailing spaces left out. Each
 * word is measured once (with and without its trailing spaces) and lines are summed from the words:
 * shaping never crosses a space, so the sum is the width of the line.
 */
function breakLines(text: string, width: number, measure: MeasureText): [number, number][] {
  const words = [...text.matchAll(/\S+\s*/gu)].map((match) => {
    const start = match.index;
    const word = match[0];
    const bare = word.trimEnd();
    const bareWidth = measure(bare);
    return { start, end: start + word.length, bareWidth, fullWidth: bare.length === word.length ? bareWidth : bareWidth + measure(word.slice(bare.length)) };
  });
  const lines: [number, number][] = [];
  let lineStart: number | undefined;
  let lineEnd = 0;
  let lineWidth = 0; // width of the line so far, trailing spaces included
  for (const word of words) {
    if (lineStart !== undefined && lineWidth + word.bareWidth <= width) {
      lineEnd = word.end;
      lineWidth += word.fullWidth;
      continue;
    }
    if (lineStart !== undefined) lines.push([lineStart, trimmedEnd(text, lineStart, lineEnd)]);
    lineStart = word.start;
    lineEnd = word.end;
    lineWidth = word.fullWidth;
    if (word.bareWidth > width) {
      // A single word wider than the line: cut it between characters.
      let pieceStart = word.start;
      for (let index = word.start; index < word.end; index += 1) {
        if (isLowSurrogate(text.charCodeAt(index))) continue;
        if (index > pieceStart && measure(text.slice(pieceStart, nextCharacterEnd(text, index)).trimEnd()) > width) {
          lines.push([pieceStart, index - 1]);
          pieceStart = index;
        }
      }
      lineStart = pieceStart;
      lineWidth = measure(text.slice(pieceStart, word.end));
    }
  }
  if (lineStart !== undefined && trimmedEnd(text, lineStart, lineEnd) >= lineStart) lines.push([lineStart, trimmedEnd(text, lineStart, lineEnd)]);
  return lines;
}

function trimmedEnd(text: string, start: number, end: number): number {
  let last = end - 1;
  while (last >= start && /\s/u.test(text[last] ?? '')) last -= 1;
  return last;
}

function nextCharacterEnd(text: string, index: number): number {
  return isHighSurrogate(text.charCodeAt(index)) ? index + 2 : index + 1;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
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
    layoutReversesRun(visual) ? { face, text: reverseCharacters(visual).replace(/ /g, '\u00a0') } : { face, text: visual },
  );
}

/** Reverses by code point, so that surrogate pairs survive. */
function reverseCharacters(text: string): string {
  return [...text].reverse().join('');
}
