import type { Font, Glyph, GlyphRun } from 'fontkit';
import type { FontFace } from './FontSet.js';

// Characters DejaVu Sans draws with one precomposed glyph each, where OpenType shaping changes
// nothing but kerning and the fi/fl ligatures: printable ASCII, Latin-1, Latin Extended-A and -B,
// Latin Extended Additional (every Vietnamese letter), general punctuation and currency signs.
// No combining mark is in these ranges, so no mark ever needs positioning.
const PLAIN_LATIN = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u024F\u1E00-\u1EFF\u2010-\u2027\u2030-\u205E\u20A0-\u20C0]*$/;
// Han ideographs (and spaces between them) in Noto Sans SC: one glyph each, a full em wide, with
// no default feature that substitutes or moves them.
const PLAIN_HAN = /^[\p{Script=Han} ]*$/u;

/** Whether `simpleLayout` lays this text out in this face exactly as the OpenType engine would, but for kerning and ligatures. */
export function isSimpleText(face: FontFace, text: string): boolean {
  return face === 'latin' ? PLAIN_LATIN.test(text) : face === 'cjk' ? PLAIN_HAN.test(text) : false;
}

interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** The shape of fontkit's GlyphRun that pdfkit reads: glyphs, positions and their total advance. */
class SimpleGlyphRun {
  readonly language = null;
  readonly direction = 'ltr';
  readonly features = {};

  constructor(
    readonly glyphs: Glyph[],
    readonly positions: GlyphPosition[],
    readonly script: string,
  ) {}

  /** The sum of the advances, as fontkit's GlyphRun computes it (after pdfkit has scaled the positions). */
  get advanceWidth(): number {
    let width = 0;
    for (const position of this.positions) width += position.xAdvance;
    return width;
  }
}

const glyphCaches = new WeakMap<Font, Map<number, Glyph>>();

/** The glyph a font maps a code point to, looked up in the character map once per font and code point. */
function glyphFor(font: Font, codePoint: number): Glyph {
  let cache = glyphCaches.get(font);
  if (cache === undefined) {
    cache = new Map();
    glyphCaches.set(font, cache);
  }
  let glyph = cache.get(codePoint);
  if (glyph === undefined) {
    glyph = font.glyphForCodePoint(codePoint);
    cache.set(codePoint, glyph);
  }
  return glyph;
}

/** Calls `visit` with the glyph of each character of `text`, in order. */
function forEachGlyph(font: Font, text: string, visit: (glyph: Glyph) => void): void {
  for (let index = 0; index < text.length; index += 1) {
    const codePoint = text.codePointAt(index) ?? 0;
    if (codePoint > 0xffff) index += 1;
    visit(glyphFor(font, codePoint));
  }
}

/** Advance of simple text in font units: the sum of its glyphs' advances. */
export function simpleAdvance(font: Font, text: string): number {
  let advance = 0;
  forEachGlyph(font, text, (glyph) => {
    advance += glyph.advanceWidth;
  });
  return advance;
}

/**
 * A layout of simple text (see isSimpleText) that maps each character to its glyph through the
 * character map and advances by the glyph's width, without running the OpenType layout engine (no
 * kerning, no ligatures). The same glyphs in the same order as fontkit's full layout, about ten
 * times cheaper; in a fresh process the engine's first run also decodes the font's layout tables.
 */
export function simpleLayout(font: Font, face: FontFace, text: string): GlyphRun {
  const glyphs: Glyph[] = [];
  const positions: GlyphPosition[] = [];
  forEachGlyph(font, text, (glyph) => {
    glyphs.push(glyph);
    positions.push({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
  });
  return new SimpleGlyphRun(glyphs, positions, face === 'cjk' ? 'hani' : 'latn') as unknown as GlyphRun;
}
