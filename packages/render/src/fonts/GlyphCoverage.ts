import type { Font } from 'fontkit';
import type { FontFace, FontSet } from './FontSet.js';
import { loadFontkit, type Fontkit } from './loadFontkit.js';
import { facePreference } from './scriptClass.js';
import { isSimpleText, simpleAdvance } from './simpleLayout.js';

/** A run of text drawn with one face. */
export interface FaceRun {
  readonly face: FontFace;
  readonly text: string;
}

/** Which face draws which character, from the fonts' own character maps. */
export interface GlyphCoverage {
  /** The face that draws this character in this context, or undefined when no face has it. */
  faceFor(character: string, currentFace: FontFace | undefined): FontFace | undefined;
  /** Splits text into runs that each face can draw; characters no face has are left in the run they sit in. */
  faceRuns(text: string): FaceRun[];
  /** The parsed font of a face, or undefined when the set has no such face. */
  font(face: FontFace, bold?: boolean): Font | undefined;
  /** Width in points of a run of text set in one face (results are remembered). */
  width(face: FontFace, bold: boolean, text: string, fontSize: number): number;
}

// Printable ASCII is drawn by the Latin face in every font set: text made only of it skips the
// per-character look-ups.
const PRINTABLE_ASCII = /^[\x20-\x7E\n]*$/;
const WIDTH_CACHE_LIMIT = 20_000;

/** Reads the character maps of a font set. Parsing is lazy and cached per set. */
export function glyphCoverage(fonts: FontSet, fontkit: Fontkit): GlyphCoverage {
  const parsed = new Map<Uint8Array, Font>();
  const font = (face: FontFace, bold = false): Font | undefined => {
    const bytes = bold ? fonts[face]?.bold : fonts[face]?.regular;
    if (bytes === undefined) return undefined;
    let parsedFont = parsed.get(bytes);
    if (parsedFont === undefined) {
      parsedFont = fontkit.create(bytes);
      parsed.set(bytes, parsedFont);
    }
    return parsedFont;
  };
  // A face draws a character only when its regular AND its bold font have it: the minutes set
  // headings, labels and table headers in bold, and a character only the regular font has would be
  // drawn there as an empty box (DejaVu Sans has 140 characters its bold lacks, such as the
  // mathematical sans-serif letters "𝖮" of "fancy text" names). Such a character is printed as its
  // code point in every weight, the same everywhere, rather than missing wherever it is bold.
  const drawsInEveryWeight = (face: FontFace, codePoint: number): boolean =>
    font(face)?.hasGlyphForCodePoint(codePoint) === true && font(face, true)?.hasGlyphForCodePoint(codePoint) === true;
  const chosen = new Map<string, FontFace | null>();
  const faceFor = (character: string, currentFace: FontFace | undefined): FontFace | undefined => {
    const key = `${currentFace ?? ''}|${character}`;
    let answer = chosen.get(key);
    if (answer === undefined) {
      const codePoint = character.codePointAt(0) ?? 0;
      answer = facePreference(character, currentFace).find((face) => drawsInEveryWeight(face, codePoint)) ?? null;
      chosen.set(key, answer);
    }
    return answer ?? undefined;
  };
  const widths = new Map<string, number>();
  return {
    faceFor,
    font,
    faceRuns(text) {
      if (latinHasAscii(fonts) && PRINTABLE_ASCII.test(text)) return [{ face: 'latin', text }];
      const runs: { face: FontFace; text: string }[] = [];
      let current: FontFace | undefined;
      for (const character of text) {
        const face = faceFor(character, current) ?? current ?? 'latin';
        const last = runs.at(-1);
        if (last !== undefined && last.face === face) last.text += character;
        else runs.push({ face, text: character });
        current = face;
      }
      return runs;
    },
    width(face, bold, text, fontSize) {
      const key = `${face}${bold ? 'b' : 'r'}${text}`;
      let unitsPerEm = widths.get(key);
      if (unitsPerEm === undefined) {
        const parsedFont = font(face, bold);
        // Measured as it will be laid out: simple text without the OpenType engine (see simpleLayout).
        const advance =
          parsedFont === undefined
            ? 0
            : isSimpleText(face, text)
              ? simpleAdvance(parsedFont, text)
              : parsedFont.layout(text).advanceWidth;
        unitsPerEm = parsedFont === undefined ? 0 : advance / parsedFont.unitsPerEm;
        if (widths.size >= WIDTH_CACHE_LIMIT) widths.clear();
        widths.set(key, unitsPerEm);
      }
      return unitsPerEm * fontSize;
    },
  };
}

/** Every font set this package builds has DejaVu (full ASCII) as its Latin face. */
function latinHasAscii(fonts: FontSet): boolean {
  return fonts.latin !== undefined;
}

const coverages = new WeakMap<FontSet, Promise<GlyphCoverage>>();

/** The coverage of a font set, made once per set and shared by every render that uses the set. */
export function coverageFor(fonts: FontSet): Promise<GlyphCoverage> {
  let coverage = coverages.get(fonts);
  if (coverage === undefined) {
    coverage = loadFontkit().then((fontkit) => glyphCoverage(fonts, fontkit));
    coverages.set(fonts, coverage);
  }
  return coverage;
}
