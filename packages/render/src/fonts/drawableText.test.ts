import { beforeAll, describe, expect, it } from 'vitest';
import { validateRecord } from '@strategy-record/validators';
import { toMinutes } from '../model/toMinutes.js';
import type { MinutesDocument } from '../model/MinutesDocument.js';
import { codePointNotation, drawableMinutes, withDrawableText } from './drawableText.js';
import type { FontSet } from './FontSet.js';
import { glyphCoverage, type GlyphCoverage } from './GlyphCoverage.js';
import { loadFontkit } from './loadFontkit.js';
import { loadPackageFonts } from './loadPackageFonts.js';

let fonts: FontSet;
let coverage: GlyphCoverage;
beforeAll(async () => {
  fonts = await loadPackageFonts();
  coverage = glyphCoverage(fonts, await loadFontkit());
});

function minutesWithName(fullName: string): MinutesDocument {
  const record = { attendees: [{ fullName }] };
  return toMinutes(record, { audience: 'professionals', report: validateRecord(record, { mode: 'draft' }) });
}

function attendeeName(minutes: MinutesDocument): string | undefined {
  const table = minutes.sections.find((section) => section.id === 'attendees')?.blocks[0];
  return table?.kind === 'table' ? table.rows[0]?.[0] : undefined;
}

describe('withDrawableText', () => {
  it.each([
    'Zofia Wójcik',
    'Ștefan Bălănescu',
    'Nguyễn Thị Hương',
    'Ayşe Yılmaz',
    'Jiří Dvořák',
    'Siobhán Ní Bhriain',
    'Cabdi Maxamed Xasan',
    'عائشہ خان',
    'مريم الحسن',
    'Dr 王秀英 (Wang Xiuying)',
  ])('keeps %s exactly: every character has a glyph', (name) => {
    const drawable = withDrawableText(minutesWithName(name), coverage);
    expect(attendeeName(drawable)).toBe(name);
    expect(drawable.notices).toEqual([]);
  });

  it('prints a character no font has as its code point, and says so on the first page', () => {
    const drawable = withDrawableText(minutesWithName('김민준 and देवी'), coverage);
    expect(attendeeName(drawable)).toBe('[U+AE40][U+BBFC][U+C900] and [U+0926][U+0947][U+0935][U+0940]');
    expect(drawable.notices).toHaveLength(1);
    expect(drawable.notices[0]).toContain('[U+AE40]');
  });

  it('prints a character only the regular weight has as its code point, as bold text would show an empty box', () => {
    // DejaVu Sans has the mathematical sans-serif letters; DejaVu Sans Bold does not.
    const drawable = withDrawableText(minutesWithName('𝖮lga Nowak'), coverage);
    expect(attendeeName(drawable)).toBe('[U+1D5AE]lga Nowak');
    expect(drawable.notices[0]).toContain('[U+1D5AE]');
  });

  it('drops invisible formatting characters that no font has', () => {
    expect(attendeeName(withDrawableText(minutesWithName('Zofia\u2066 Wójcik\u2069'), coverage))).toBe('Zofia Wójcik');
  });

  it('says Chinese has no glyph when the font set has no Chinese face', async () => {
    const withoutCjk = glyphCoverage({ latin: fonts.latin, arabic: fonts.arabic }, await loadFontkit());
    expect(attendeeName(withDrawableText(minutesWithName('王秀英'), withoutCjk))).toBe(
      ['王', '秀', '英'].map(codePointNotation).join(''),
    );
  });
});

describe('drawableMinutes: the record characters behind a changed string (ActualText of a tagged PDF)', () => {
  it('gives each character of the record with what is drawn for it', () => {
    const { minutes, recordCharacters } = drawableMinutes(minutesWithName('Li \u{16956}\u2066x'), coverage);
    const drawn = attendeeName(minutes) ?? '';
    expect(drawn).toBe('Li [U+16956]x');
    expect(recordCharacters(drawn)).toEqual([
      { original: 'L', drawn: 'L' },
      { original: 'i', drawn: 'i' },
      { original: ' ', drawn: ' ' },
      { original: '\u{16956}', drawn: '[U+16956]' },
      { original: '\u2066', drawn: '' },
      { original: 'x', drawn: 'x' },
    ]);
  });

  it.each([
    ['a string drawn as the record has it', ['مريم الحسن'], 'مريم الحسن'],
    ['a string the record holds as it is drawn, beside one drawn alike', ['[U+16956]', '\u{16956}'], '[U+16956]'],
    ['two record strings drawn alike', ['a\u2066b', 'a\u2067b'], 'ab'],
  ])('names no characters for %s', (_case, names, drawn) => {
    const record = { attendees: names.map((fullName) => ({ fullName })) };
    const minutes = toMinutes(record, { audience: 'professionals', report: validateRecord(record, { mode: 'draft' }) });
    expect(drawableMinutes(minutes, coverage).recordCharacters(drawn)).toBeUndefined();
  });
});
