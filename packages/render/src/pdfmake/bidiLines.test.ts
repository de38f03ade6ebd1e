import { beforeAll, describe, expect, it } from 'vitest';
import type { FontFace } from '../fonts/FontSet.js';
import { glyphCoverage, type GlyphCoverage } from '../fonts/GlyphCoverage.js';
import { loadFontkit } from '../fonts/loadFontkit.js';
import { loadPackageFonts } from '../fonts/loadPackageFonts.js';
import { loadLineBreaker, type LineBreaker } from '../text/lineBreaker.js';
import { bidiLines, type VisualLine } from './bidiLines.js';

let coverage: GlyphCoverage;
let Breaker: LineBreaker;
const FONT_SIZE = 9;
const widthOf = (face: FontFace, text: string): number => coverage.width(face, false, text, FONT_SIZE);
const measure = (text: string): number =>
  coverage.faceRuns(text).reduce((width, run) => width + coverage.width(run.face, false, run.text, FONT_SIZE), 0);

beforeAll(async () => {
  coverage = glyphCoverage(await loadPackageFonts(), await loadFontkit());
  Breaker = await loadLineBreaker();
});

/** What a reader sees, left to right: each segment as fontkit will lay it out (reversed when right to left). */
function seen(line: VisualLine): string {
  return line.segments
    .map((segment) => (/\p{Script=Arabic}/u.test(segment.text) ? [...segment.text].reverse().join('') : segment.text))
    .join('')
    .replace(/\u00a0/g, ' ');
}

describe('bidiLines', () => {
  it.each([
    ['an Arabic name alone', 'مريم الحسن', ['نسحلا ميرم'], true],
    ['an Urdu name inside English', 'Minute-taker عائشہ خان wrote', ['Minute-taker ناخ ہشئاع wrote'], false],
    // An English document: a paragraph with any left-to-right letter is a left-to-right paragraph.
    ['a name with its transliteration', 'مريم الحسن (Mariam Al-Hassan)', ['نسحلا ميرم (Mariam Al-Hassan)'], false],
    ['digits inside Arabic', 'عمر 12 سنة', ['ةنس 12 رمع'], true],
  ])('orders %s visually', (_case, text, expected, rightToLeft) => {
    const lines = bidiLines(text, 500, coverage, Breaker, widthOf);
    expect(lines.map(seen)).toEqual(expected);
    expect(lines.every((line) => line.rightToLeft === rightToLeft)).toBe(true);
  });

  it('hands Arabic runs to fontkit in logical order, so that letters join', () => {
    const [line] = bidiLines('مريم الحسن', 500, coverage, Breaker, widthOf);
    expect(line?.segments.map((segment) => segment.text)).toEqual(['مريم\u00a0الحسن']);
  });

  it('breaks a long Urdu paragraph into lines that fit, first words on the first line', () => {
    const text = 'یہ ایک طویل اردو جملہ ہے جو کئی لائنوں پر لپیٹا جائے گا تاکہ ہم دیکھ سکیں کہ سطریں کیسے ٹوٹتی ہیں';
    const lines = bidiLines(text, 120, coverage, Breaker, widthOf);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines)
      expect(measure(line.segments.map((segment) => segment.text).join(''))).toBeLessThanOrEqual(120);
    expect(
      lines[0]?.segments
        .map((segment) => segment.text)
        .join('')
        .replace(/\u00a0/g, ' '),
    ).toMatch(/^یہ ایک/);
    expect(
      lines.flatMap((line) => line.segments.map((segment) => segment.text.replace(/\u00a0/g, ' '))).join(' '),
    ).toBe(text);
  });
});
