import fc from 'fast-check';
import type { Font } from 'fontkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { glyphCoverage, type GlyphCoverage } from '../fonts/GlyphCoverage.js';
import { loadFontkit } from '../fonts/loadFontkit.js';
import { loadPackageFonts } from '../fonts/loadPackageFonts.js';
import { isSimpleText, simpleLayout } from '../fonts/simpleLayout.js';
import { loadLineBreaker, type LineBreaker } from '../text/lineBreaker.js';
import { FAMILY } from './pdfmakeFonts.js';
import { pdfmakeText, type TextContent } from './pdfmakeText.js';
import type { PdfmakeContent, PdfmakeInline } from './pdfmakeTypes.js';

let coverage: GlyphCoverage;
let Breaker: LineBreaker;
let text: TextContent;
const FONT_SIZE = 9;

beforeAll(async () => {
  coverage = glyphCoverage(await loadPackageFonts(), await loadFontkit());
  Breaker = await loadLineBreaker();
  text = pdfmakeText(coverage, Breaker);
});

interface Line {
  readonly text: string;
  readonly runs: readonly PdfmakeInline[];
  readonly alignment: string | undefined;
}

/** The lines pdfmake is handed, in order, each with its runs. */
function linesOf(content: PdfmakeContent): Line[] {
  if (typeof content === 'string') return [{ text: content, runs: [{ text: content }], alignment: undefined }];
  if ('stack' in content) return content.stack.flatMap(linesOf);
  if ('text' in content) {
    expect(content.noWrap).toBe(true);
    const runs = typeof content.text === 'string' ? [{ text: content.text, font: FAMILY.latin }] : content.text;
    return [{ text: runs.map((run) => run.text).join(''), runs, alignment: content.alignment }];
  }
  throw new Error(`unexpected content ${JSON.stringify(content)}`);
}

const width = (line: Line): number =>
  line.runs.reduce((total, run) => {
    const face = run.font === FAMILY.arabic ? 'arabic' : run.font === FAMILY.cjk ? 'cjk' : 'latin';
    return total + coverage.width(face, false, run.text, FONT_SIZE);
  }, 0);

describe('pdfmakeText: lines broken before pdfmake sees them', () => {
  it('keeps a short text as one unwrapped line of the Latin face', () => {
    expect(text('Zofia Wójcik', 200, { fontSize: FONT_SIZE })).toEqual({
      text: 'Zofia Wójcik',
      noWrap: true,
      alignment: 'left',
      fontSize: FONT_SIZE,
    });
  });

  it.each([
    ['after a hyphen', 'Agnieszka Kowalska-Wiśniewska-Zielińska', 'Agnieszka Kowalska-'],
    ['at a space', 'Siobhán Ní Bhriain attended for the local authority', 'Siobhán Ní'],
  ])('breaks %s, as UAX #14 allows', (_case, paragraph, firstLine) => {
    const lines = linesOf(
      text(paragraph, coverage.width('latin', false, firstLine, FONT_SIZE) + 1, { fontSize: FONT_SIZE }),
    );
    expect(lines[0]?.text).toBe(firstLine.trimEnd());
    expect(lines.length).toBeGreaterThan(1);
  });

  it('breaks Chinese between ideographs, with no spaces to break at', () => {
    const paragraph = '王秀英说孩子在学校里很安静但是很少和其他同学一起玩耍老师们也注意到了这一点';
    const lines = linesOf(text(paragraph, 60, { fontSize: FONT_SIZE }));
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.map((line) => line.text).join('')).toBe(paragraph);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(60);
  });

  it('cuts a word longer than the line between characters, losing none', () => {
    const word = 'https://example.org/'.padEnd(400, 'a');
    const lines = linesOf(text(word, 100, { fontSize: FONT_SIZE }));
    expect(lines.map((line) => line.text).join('')).toBe(word);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(100);
  });

  it.each([
    ['\n', 'LF'],
    ['\r\n', 'CR LF'],
    ['\r', 'CR'],
    ['\u2028', 'line separator'],
  ])('starts a new line at every mandatory break (%j, %s), keeping blank lines', (separator) => {
    const lines = linesOf(text(['Line one', '', 'Line three'].join(separator), 400, { fontSize: FONT_SIZE }));
    expect(lines.map((line) => line.text)).toEqual(['Line one', ' ', 'Line three']);
  });

  it('ends a text that ends with a line break without an extra blank line, as pdfmake does', () => {
    expect(linesOf(text('Line one\nLine two\n', 400, { fontSize: FONT_SIZE })).map((line) => line.text)).toEqual([
      'Line one',
      'Line two',
    ]);
    expect(linesOf(text('\n', 400, { fontSize: FONT_SIZE })).map((line) => line.text)).toEqual([' ']);
  });

  it('gives each face its own run and keeps mixed lines short of the width, for pdfmake never to re-wrap', () => {
    const lines = linesOf(
      text('Dr 王秀英 (Wang Xiuying) and Mariam Al-Hassan met the family of Ayaan Raza together', 120, {
        fontSize: FONT_SIZE,
      }),
    );
    expect(lines[0]?.runs.map((run) => run.font)).toEqual([FAMILY.latin, FAMILY.cjk, FAMILY.latin]);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(120 * 0.97);
  });

  it('measures a stretch with the face the whole paragraph gives it (a quote mark after Chinese is drawn in the Chinese face)', () => {
    const lines = linesOf(text('李/ ’ a a', 20, { fontSize: FONT_SIZE }));
    expect(
      lines
        .map((line) => line.text)
        .join('')
        .replace(/ /g, ''),
    ).toBe('李/’aa');
    for (const line of lines) if ([...line.text].length > 1) expect(width(line)).toBeLessThanOrEqual(20);
  });

  it('aligns centred text centred and right-to-left paragraphs to the right', () => {
    expect(linesOf(text('OFFICIAL-SENSITIVE', 400, { fontSize: FONT_SIZE, alignment: 'center' }))[0]?.alignment).toBe(
      'center',
    );
    expect(linesOf(text('مريم الحسن', 400, { fontSize: FONT_SIZE }))[0]?.alignment).toBe('right');
  });

  it('loses, adds and reorders no character of left-to-right text, and every line fits (property)', () => {
    const letter = fc.constantFrom(
      ...'aeiouAEIOU łśżźćńąęóŁŚŻŹĆŃĄĘÓ ăâîșțĂÂÎȘȚ ươđƯƠĐ ễệữựờở çğışöüÇĞİŞÖÜ čďěňřšťůžČĎĚŇŘŠŤŮŽ áéíóúÁÉÍÓÚ 王秀英李明华 -/’'.split(
        '',
      ),
    );
    const word = fc.array(letter, { minLength: 1, maxLength: 30 }).map((letters) => letters.join(''));
    const paragraph = fc.array(word, { minLength: 1, maxLength: 40 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(paragraph, fc.integer({ min: 20, max: 500 }), (value, available) => {
        const lines = linesOf(text(value, available, { fontSize: FONT_SIZE }));
        // Only the spaces where a line was broken go; everything else is there, in order.
        expect(
          lines
            .map((line) => line.text)
            .join('')
            .replace(/ /g, ''),
        ).toBe(value.replace(/ /g, ''));
        for (const line of lines) {
          if ([...line.text].length > 1) expect(width(line)).toBeLessThanOrEqual(available);
          if (line.text.trim() !== '') expect(line.text).toBe(line.text.trimEnd());
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** Each line pdfmake is handed with the ActualText its inlines carry (one value per line, or none). */
function actualTexts(content: PdfmakeContent): (string | undefined)[] {
  if (typeof content === 'string') return [undefined];
  if ('stack' in content) return content.stack.flatMap(actualTexts);
  if (!('text' in content)) throw new Error(`unexpected content ${JSON.stringify(content)}`);
  if (typeof content.text === 'string') return [undefined];
  const values = new Set(content.text.map((inline) => inline.actualText));
  expect(values.size).toBe(1);
  return [...values];
}

const withoutSpace = (text: string): string => text.replace(/\s+/g, '');

/** The lines read as a screen reader reads them in a tagged PDF: each its ActualText, else its glyphs (white space aside). */
const readAs = (content: PdfmakeContent): string => {
  const actual = actualTexts(content);
  return withoutSpace(
    linesOf(content)
      .map((line, index) => actual[index] ?? line.text)
      .join(''),
  );
};

describe('pdfmakeText for a tagged PDF: lines drawn otherwise than they read carry the record text', () => {
  const name = 'Unborn baby of مريم الحسن (Mariam Al-Hassan)';
  const fallback = 'Li Wei [U+16956] and [U+A48B]';
  const record = 'Li Wei \u{16956} and \uA48B';
  const recordCharacters = (drawn: string) =>
    drawn === fallback
      ? [...record].map((original) => ({
          original,
          drawn:
            original.codePointAt(0)! > 0x7f ? `[U+${original.codePointAt(0)!.toString(16).toUpperCase()}]` : original,
        }))
      : undefined;

  it('gives each line that holds right-to-left letters its text in reading order, and no other line', () => {
    const tagged = pdfmakeText(coverage, Breaker, recordCharacters);
    const content = tagged(name, 70, { fontSize: FONT_SIZE });
    const lines = linesOf(content);
    const actual = actualTexts(content);
    expect(lines.length).toBeGreaterThan(2);
    expect(actual.filter((text) => text !== undefined).length).toBeGreaterThan(0);
    expect(readAs(content)).toBe(withoutSpace(name));
    lines.forEach((line, index) => expect(actual[index] !== undefined).toBe(/\p{Script=Arabic}/u.test(line.text)));
  });

  it('gives lines with code-point fallback the characters of the record', () => {
    const tagged = pdfmakeText(coverage, Breaker, recordCharacters);
    expect(actualTexts(tagged(fallback, 400, { fontSize: FONT_SIZE }))).toEqual([record]);
    const lines = tagged(fallback, 60, { fontSize: FONT_SIZE });
    expect(linesOf(lines).length).toBeGreaterThan(1);
    expect(readAs(lines)).toBe(withoutSpace(record));
  });

  it('adds no ActualText for an untagged PDF, nor to text drawn as it reads', () => {
    expect(actualTexts(text(name, 70, { fontSize: FONT_SIZE })).every((value) => value === undefined)).toBe(true);
    expect(actualTexts(text(fallback, 400, { fontSize: FONT_SIZE }))).toEqual([undefined]);
    const tagged = pdfmakeText(coverage, Breaker, recordCharacters);
    expect(actualTexts(tagged('Zofia Wójcik [U+16956]', 400, { fontSize: FONT_SIZE }))).toEqual([undefined]);
  });
});

describe('simpleLayout: the OpenType engine skipped only where it would change nothing but kerning', () => {
  const glyphIds = (font: Font, value: string, face: 'latin' | 'cjk'): { simple: number[]; full: number[] } => ({
    simple: simpleLayout(font, face, value).glyphs.map((glyph) => glyph.id),
    full: font.layout(value, { liga: false, clig: false, kern: false }).glyphs.map((glyph) => glyph.id),
  });

  it('maps every plain Latin character to the glyph DejaVu Sans shapes it to, regular and bold', () => {
    const characters: string[] = [];
    for (let codePoint = 0x20; codePoint <= 0x20c0; codePoint += 1) {
      const character = String.fromCodePoint(codePoint);
      if (isSimpleText('latin', character)) characters.push(character);
    }
    expect(characters.length).toBeGreaterThan(850);
    for (const bold of [false, true]) {
      const font = coverage.font('latin', bold);
      if (font === undefined) throw new Error('no Latin face');
      for (const character of characters) {
        if (!font.hasGlyphForCodePoint(character.codePointAt(0) ?? 0)) continue;
        const { simple, full } = glyphIds(font, character, 'latin');
        expect([character, simple]).toEqual([character, full]);
      }
    }
  });

  it('maps Han ideographs to the glyphs Noto Sans SC shapes them to, when that font is installed', () => {
    const font = coverage.font('cjk');
    if (font === undefined) return; // the optional Chinese font is not installed
    const sample = '王秀英李明华张伟刘洋陈静杨帆赵磊黄敏周杰吴芳 说孩子在学校里很安静';
    expect(isSimpleText('cjk', sample)).toBe(true);
    const { simple, full } = glyphIds(font, sample, 'cjk');
    expect(simple).toEqual(full);
  });

  it('measures runs as the sum of their glyph advances, as pdfkit will draw them', () => {
    const font = coverage.font('latin');
    if (font === undefined) throw new Error('no Latin face');
    const run = simpleLayout(font, 'latin', 'Nguyễn Thị Hương');
    expect(run.advanceWidth).toBe(run.glyphs.reduce((sum, glyph) => sum + glyph.advanceWidth, 0));
    expect(coverage.width('latin', false, 'Nguyễn Thị Hương', 10)).toBeCloseTo(
      (run.advanceWidth / font.unitsPerEm) * 10,
      9,
    );
  });
});
