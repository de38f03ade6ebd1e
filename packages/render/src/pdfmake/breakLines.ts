import type { BreakUnit } from '../text/lineBreaker.js';

/** Width of a logical run of text in points. */
export type MeasureText = (text: string) => number;

/**
 * Greedy line breaking of one paragraph at its break opportunities (`units`, from UAX #14). A unit
 * wider than the line is cut between characters. Returns inclusive [start, end] code-unit ranges
 * with trailing spaces left out. Each unit is measured once (with and without its trailing spaces)
 * and lines are summed from the units: the fonts' plain Latin layout has no kerning, and pdfkit
 * shapes every space-separated word on its own, so the sum is the width pdfkit draws.
 */
export function breakLines(paragraph: string, units: readonly BreakUnit[], width: number, measure: MeasureText): [number, number][] {
  const lines: [number, number][] = [];
  let lineStart: number | undefined;
  let lineEnd = 0;
  let lineWidth = 0; // width of the line so far, trailing spaces included
  for (const unit of units) {
    const text = paragraph.slice(unit.start, unit.end);
    const bare = text.trimEnd();
    const bareWidth = measure(bare);
    const fullWidth = bare.length === text.length ? bareWidth : bareWidth + measure(text.slice(bare.length));
    if (lineStart !== undefined && lineWidth + bareWidth <= width) {
      lineEnd = unit.end;
      lineWidth += fullWidth;
      continue;
    }
    if (lineStart !== undefined && trimmedEnd(paragraph, lineStart, lineEnd) >= lineStart) lines.push([lineStart, trimmedEnd(paragraph, lineStart, lineEnd)]);
    lineStart = unit.start;
    lineEnd = unit.end;
    lineWidth = fullWidth;
    if (bareWidth > width) {
      // A single unit wider than the line: cut it between characters.
      let pieceStart = unit.start;
      for (let index = unit.start; index < unit.end; index += 1) {
        if (isLowSurrogate(paragraph.charCodeAt(index))) continue;
        if (index > pieceStart && measure(paragraph.slice(pieceStart, nextCharacterEnd(paragraph, index)).trimEnd()) > width) {
          if (trimmedEnd(paragraph, pieceStart, index) >= pieceStart) lines.push([pieceStart, trimmedEnd(paragraph, pieceStart, index)]);
          pieceStart = index;
        }
      }
      lineStart = pieceStart;
      lineWidth = measure(paragraph.slice(pieceStart, unit.end));
    }
  }
  if (lineStart !== undefined && trimmedEnd(paragraph, lineStart, lineEnd) >= lineStart) lines.push([lineStart, trimmedEnd(paragraph, lineStart, lineEnd)]);
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
