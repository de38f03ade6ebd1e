// The parts of fontkit 2 this package uses (fontkit ships no type declarations).
declare module 'fontkit' {
  export interface Glyph {
    readonly id: number;
    readonly advanceWidth: number;
  }
  export interface GlyphRun {
    readonly glyphs: readonly Glyph[];
    readonly advanceWidth: number;
    readonly direction: 'ltr' | 'rtl';
  }
  export interface Subset {
    includeGlyph(glyph: number | Glyph): number;
    encode(): Uint8Array;
  }
  export interface Font {
    readonly unitsPerEm: number;
    /** Above the baseline, in font units (pdfkit sets a line this high plus the descent). */
    readonly ascent: number;
    /** Below the baseline, in font units: negative. */
    readonly descent: number;
    readonly postscriptName: string;
    readonly familyName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
    layout(text: string, features?: readonly string[] | Record<string, boolean>): GlyphRun;
    createSubset(): Subset;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
  const fontkit: { create: typeof create };
  export default fontkit;
}
