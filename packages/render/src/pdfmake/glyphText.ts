/** The parts of a fontkit font this reads: its character map and its glyphs' names. */
interface FontkitFont {
  readonly _cmapProcessor?: { codePointsForGlyph(id: number): number[] };
  getGlyph(id: number): { readonly name?: string };
}

/** The parts of a pdfkit 0.19 font that say which glyphs it drew and what text each stands for. */
interface PdfkitFont {
  readonly font?: FontkitFont;
  /** The glyph ids of the font's subset, in subset order (fontkit's Subset). */
  readonly subset?: { readonly glyphs: readonly number[] };
  /** Per subset glyph, the code points pdfkit writes to the font's ToUnicode map. */
  readonly unicode?: (readonly number[] | undefined)[];
}

/** The part of a pdfkit document this reads: every font it has loaded. */
interface PdfkitDocument {
  readonly _fontFamilies?: Readonly<Record<string, PdfkitFont>>;
}

/**
 * Gives every glyph a pdfkit document drew the text it stands for, before the document is ended
 * and pdfkit writes each font's ToUnicode map from what it recorded (so, in Node and in a browser
 * bundle alike, for any pdfkit instance: this only reads and replaces entries of that record).
 *
 * pdfkit records, per glyph, the code points of the first glyph object fontkit gave it, and fontkit
 * gives none to the second and later glyphs of a decomposition (GSUB multiple substitution): pdfkit
 * wrote an empty entry, and that glyph's text could not be copied, searched or read aloud (PDF/UA
 * 10-001). (In Node, where documents share parsed fonts, glyphs decoded as components of composite
 * glyphs were another source: see keepOnlyGlyphsWithText in sharedPdfkitFonts.) And a ligature of
 * right-to-left letters (lam-alef) stands for its letters in logical order, while text extraction
 * reverses right-to-left text, letters of ligatures included: "علاء" came back as "عالء". So an
 * empty entry gets {@link glyphCodePoints}, and a right-to-left ligature's letters are given in
 * visual order, as react-pdf does. Entries are replaced, never changed in place: they are fontkit's
 * own arrays.
 */
export function giveEveryGlyphItsText(document: PdfkitDocument): void {
  for (const pdfkitFont of new Set(Object.values(document._fontFamilies ?? {}))) {
    const { font, subset, unicode } = pdfkitFont;
    if (font === undefined || subset === undefined || unicode === undefined) continue;
    // Subset glyph 0 is .notdef, which pdfkit maps to U+0000 itself.
    for (let subsetId = 1; subsetId < unicode.length; subsetId += 1) {
      const codePoints = unicode[subsetId];
      const glyphId = subset.glyphs[subsetId];
      if (codePoints === undefined || glyphId === undefined) continue;
      if (codePoints.length === 0) unicode[subsetId] = glyphCodePoints(font, glyphId);
      else if (codePoints.length > 1 && RIGHT_TO_LEFT.test(String.fromCodePoint(codePoints[0] ?? 0)))
        unicode[subsetId] = [...codePoints].reverse();
    }
  }
}

const RIGHT_TO_LEFT =
  /^[\p{Script_Extensions=Arabic}\p{Script_Extensions=Hebrew}\p{Script_Extensions=Syriac}\p{Script_Extensions=Thaana}\p{Script_Extensions=Nko}]$/u;

const found = new WeakMap<FontkitFont, Map<number, readonly number[]>>();

/**
 * The code points a glyph that was given none stands for: those the font's character map has for it
 * or, for a contextual form the map leaves out (an Arabic initial or medial letter), those its name
 * (uniFEB3) stands for, as the letter it is a form of (U+0633), or, for an accent a capital letter is
 * decomposed into (DejaVu Sans shapes "Ÿ" as "Y" and a glyph named Dieresis), the combining accent
 * (U+0308). Remembered per font and glyph.
 */
function glyphCodePoints(font: FontkitFont, glyphId: number): readonly number[] {
  let known = found.get(font);
  if (known === undefined) {
    known = new Map();
    found.set(font, known);
  }
  let codePoints = known.get(glyphId);
  if (codePoints === undefined) {
    codePoints = asLetters(font._cmapProcessor?.codePointsForGlyph(glyphId) ?? []);
    if (codePoints.length === 0) {
      const { name } = font.getGlyph(glyphId);
      codePoints = codePointsNamed(name);
      if (codePoints.length === 0) codePoints = accentNamed(name);
    }
    known.set(glyphId, codePoints);
  }
  return codePoints;
}

/**
 * Code points from the font's character map, an Arabic presentation form (U+FB50 to U+FDFF, U+FE70
 * to U+FEFF: IBM Plex Sans Arabic maps U+FEB4 to its medial seen) as the letters it is a form of,
 * so that "الحسن" is not extracted as "الحﺴن"; the space NFKC puts before an isolated mark is left out.
 */
function asLetters(codePoints: readonly number[]): readonly number[] {
  return codePoints.flatMap((codePoint) =>
    (codePoint >= 0xfb50 && codePoint <= 0xfdff) || (codePoint >= 0xfe70 && codePoint <= 0xfeff)
      ? [...String.fromCodePoint(codePoint).normalize('NFKC').replace(/ /g, '')].map(
          (character) => character.codePointAt(0) ?? 0,
        )
      : [codePoint],
  );
}

/** The letters an Adobe Glyph List name such as `uniFEB3` or `uni06440627` stands for, presentation forms normalised (NFKC). */
function codePointsNamed(name: string | undefined): readonly number[] {
  const match = /^uni((?:[0-9A-F]{4})+)(?:\.|$)/.exec(name ?? '');
  if (match?.[1] === undefined) return [];
  const text = String.fromCharCode(...(match[1].match(/.{4}/g) ?? []).map((hex) => Number.parseInt(hex, 16)));
  return [...text.normalize('NFKC')].map((character) => character.codePointAt(0) ?? 0);
}

// Names of the capital-height accents fonts decompose precomposed capitals into (glyph composition,
// GSUB ccmp), as the combining marks they draw: the font's own "dieresis" (U+00A8) is another glyph.
const COMBINING_ACCENTS: Readonly<Record<string, number>> = {
  grave: 0x0300,
  acute: 0x0301,
  circumflex: 0x0302,
  tilde: 0x0303,
  macron: 0x0304,
  breve: 0x0306,
  dotaccent: 0x0307,
  dieresis: 0x0308,
  ring: 0x030a,
  ringabove: 0x030a,
  hungarumlaut: 0x030b,
  caron: 0x030c,
  doublegrave: 0x030f,
  cedilla: 0x0327,
  ogonek: 0x0328,
};

/** The combining mark an accent glyph's name (`Dieresis`, `caron.cap`) stands for, if it names one. */
function accentNamed(name: string | undefined): readonly number[] {
  const accent = COMBINING_ACCENTS[(name ?? '').split('.')[0]?.toLowerCase() ?? ''];
  return accent === undefined ? [] : [accent];
}
