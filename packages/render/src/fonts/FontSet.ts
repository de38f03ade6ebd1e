/** The three faces every PDF back end embeds, chosen per character. */
export type FontFace = 'latin' | 'arabic' | 'cjk';

/** TrueType bytes of one face in the two weights the minutes use. */
export interface FontBytes {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

/**
 * The fonts the minutes are drawn with, as bytes (never a path or URL taken from a record).
 *
 * - `latin`: DejaVu Sans (Latin with every European and Vietnamese diacritic, Greek, Cyrillic, Hebrew).
 * - `arabic`: IBM Plex Sans Arabic (Arabic, Urdu, Persian letters; DejaVu lacks several Urdu
 *   letters). Chosen over Noto Sans Arabic, which draws letters as a dotless skeleton plus a separate
 *   dots glyph: a PDF can then only say the skeleton's letter, so "ش" is extracted as "س".
 *   Optional, like `cjk`: a browser need not fetch its 460 kB for a record with no Arabic-script
 *   text (see `browserFontLoader`); without it such text is drawn as visible code points.
 * - `cjk`: Noto Sans SC (Chinese ideographs, kana). Optional: a set without it draws Chinese
 *   characters as visible code points with a notice, never as blank boxes.
 */
export interface FontSet {
  readonly latin: FontBytes;
  readonly arabic?: FontBytes;
  readonly cjk?: FontBytes;
}
