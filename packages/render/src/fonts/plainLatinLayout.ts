import type { Font, GlyphRun } from 'fontkit';

// Characters DejaVu Sans draws with one precomposed glyph each, where OpenType shaping changes
// nothing but kerning and the fi/fl ligatures: printable ASCII, Latin-1, Latin Extended-A and -B,
// Latin Extended Additional (every Vietnamese letter), general punctuation and currency signs.
// No combining mark is in these ranges, so no mark ever needs positioning.
const PLAIN_LATIN = /^[\u0020-\u007E\u00A0-\u024F\u1E00-\u1EFF\u2010-\u2027\u2030-\u205E\u20A0-\u20C0]*$/;

/** Whether `plainLatinLayout` may lay this text out. */
export function isPlainLatin(text: string): boolean {
  return PLAIN_LATIN.test(text);
}

/**
 * A layout of plain Latin text that maps each character to its glyph through the character map and
 * advances by the glyph's width, without running the OpenType layout engine (no kerning, no
 * ligatures). The same characters in the same order as fontkit's full layout; about ten times
 * cheaper, and most of the time of a first render in a fresh process went into that engine.
 */
export function plainLatinLayout(font: Font, text: string, runPrototype: object): GlyphRun {
  const glyphs = [...text].map((character) => font.glyphForCodePoint(character.codePointAt(0) ?? 0));
  const positions = glyphs.map((glyph) => ({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }));
  const run = Object.create(runPrototype) as Record<string, unknown>;
  Object.assign(run, { glyphs, positions, script: 'latn', language: null, direction: 'ltr', features: {} });
  return run as unknown as GlyphRun;
}
