import type { FontFace } from '../fonts/FontSet.js';
import type { GlyphCoverage } from '../fonts/GlyphCoverage.js';
import { breakUnits, type BreakUnit, type LineBreaker } from '../text/lineBreaker.js';

/** Width in points of the code units [start, end) of the paragraph being broken. */
type MeasureText = (start: number, end: number) => number;

/** Width in points of text set in one face. */
export type FaceWidth = (face: FontFace, text: string) => number;

/**
 * The face of each UTF-16 code unit of a paragraph (both halves of a surrogate pair get the face
 * of the character). Faces are chosen over the whole paragraph, since a character's face depends
 * on the one before it: a stretch must be measured with the paragraph's faces, not its own.
 */
export function faceOfEachUnit(paragraph: string, coverage: GlyphCoverage): FontFace[] {
  const faces: FontFace[] = [];
  for (const run of coverage.faceRuns(paragraph))
    for (let unit = 0; unit < run.text.length; unit += 1) faces.push(run.face);
  return faces;
}

/** The runs of one face each that make up the code units [start, end) of a paragraph. */
export function faceRunsOf(
  paragraph: string,
  faces: readonly FontFace[],
  start: number,
  end: number,
): { face: FontFace; text: string }[] {
  const runs: { face: FontFace; text: string }[] = [];
  let runStart = start;
  for (let index = start + 1; index <= end; index += 1) {
    if (index === end || faces[index] !== faces[runStart]) {
      runs.push({ face: faces[runStart] ?? 'latin', text: paragraph.slice(runStart, index) });
      runStart = index;
    }
  }
  return runs;
}

/** Measures stretches of a paragraph with the faces the paragraph gives them. */
function measureWithFaces(paragraph: string, faces: readonly FontFace[], widthOf: FaceWidth): MeasureText {
  return (start, end) =>
    faceRunsOf(paragraph, faces, start, end).reduce((total, run) => total + widthOf(run.face, run.text), 0);
}

/** The lines of one paragraph (see breakLines), broken at its UAX #14 opportunities, each stretch measured in the face the paragraph gives it. */
export function paragraphLines(
  paragraph: string,
  faces: readonly FontFace[],
  Breaker: LineBreaker,
  width: number,
  widthOf: FaceWidth,
): [number, number][] {
  return breakLines(paragraph, breakUnits(Breaker, paragraph), width, measureWithFaces(paragraph, faces, widthOf));
}

/**
 * Greedy line breaking of one paragraph at its break opportunities (`units`, from UAX #14). A unit
 * wider than the line is cut between characters. Returns inclusive [start, end] code-unit ranges
 * with trailing spaces left out. Each unit is measured once (with and without its trailing spaces)
 * and lines are summed from the units: the fonts' plain Latin layout has no kerning, and pdfkit
 * shapes every space-separated word on its own, so the sum is the width pdfkit draws.
 */
function breakLines(
  paragraph: string,
  units: readonly BreakUnit[],
  width: number,
  measure: MeasureText,
): [number, number][] {
  const lines: [number, number][] = [];
  /** Adds [start, end) as a line without its trailing spaces, unless nothing else is left. */
  const addLine = (start: number, end: number): void => {
    const last = trimmedEnd(paragraph, start, end);
    if (last >= start) lines.push([start, last]);
  };
  let lineStart: number | undefined;
  let lineEnd = 0;
  let lineWidth = 0; // width of the line so far, trailing spaces included
  for (const unit of units) {
    const bareEnd = trimmedEnd(paragraph, unit.start, unit.end) + 1;
    const bareWidth = measure(unit.start, bareEnd);
    const fullWidth = bareEnd === unit.end ? bareWidth : bareWidth + measure(bareEnd, unit.end);
    if (lineStart !== undefined && lineWidth + bareWidth <= width) {
      lineEnd = unit.end;
      lineWidth += fullWidth;
      continue;
    }
    if (lineStart !== undefined) addLine(lineStart, lineEnd);
    lineStart = unit.start;
    lineEnd = unit.end;
    lineWidth = fullWidth;
    if (bareWidth > width) {
      // A single unit wider than the line: cut it between characters.
      let pieceStart = unit.start;
      for (let index = unit.start; index < unit.end; index += 1) {
        if (isLowSurrogate(paragraph.charCodeAt(index))) continue;
        if (
          index > pieceStart &&
          measure(pieceStart, trimmedEnd(paragraph, pieceStart, nextCharacterEnd(paragraph, index)) + 1) > width
        ) {
          addLine(pieceStart, index);
          pieceStart = index;
        }
      }
      lineStart = pieceStart;
      lineWidth = measure(pieceStart, unit.end);
    }
  }
  if (lineStart !== undefined) addLine(lineStart, lineEnd);
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

export function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
