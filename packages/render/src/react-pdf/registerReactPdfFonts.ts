import { Font } from '@react-pdf/renderer';
import type { Font as ParsedFont } from 'fontkit';
import type { FontBytes, FontFace, FontSet } from '../fonts/FontSet.js';
import { toBase64 } from '../fonts/toBase64.js';

const registered = new WeakMap<FontSet, readonly string[]>();
let sets = 0;

/** The fonts of a set already parsed by fontkit (GlyphCoverage.font), by face and weight. */
export type ParsedFaces = (face: FontFace, bold: boolean) => ParsedFont | undefined;

/**
 * Registers a font set with react-pdf and returns the family names in fallback order (Latin,
 * Arabic, Chinese): react-pdf picks, per character, the first family that has it.
 *
 * react-pdf takes a font as a file path or URL, not as bytes. With `parsed` (the fonts fontkit has
 * already parsed for the glyph coverage), react-pdf is handed those parsed fonts directly: its own
 * way of reading a `data:` URL splits the decoded text into one string per byte, which for the
 * 10 MB Chinese face cost 5.5 s and 350 MB in a command line render (`npm run bench`, render-cli).
 * Without `parsed`, or if react-pdf's font store is not shaped as in the version this package pins,
 * the bytes are handed over as `data:` URLs built here. Either way no path or URL from anywhere
 * else is ever loaded. Registration is global in react-pdf, so each set is registered once, under
 * names of its own.
 */
export function registerReactPdfFonts(fonts: FontSet, parsed?: ParsedFaces): readonly string[] {
  let families = registered.get(fonts);
  if (families === undefined) {
    sets += 1;
    const names: string[] = [];
    for (const face of ['latin', 'arabic', 'cjk'] as const satisfies readonly FontFace[]) {
      const bytes: FontBytes | undefined = fonts[face];
      if (bytes === undefined) continue;
      const family = `StrategyRecord-${face}-${sets}`;
      const weights = [
        { bold: false, fontWeight: 400, bytes: bytes.regular },
        { bold: true, fontWeight: 700, bytes: bytes.bold },
      ] as const;
      const handOver = parsed !== undefined && fontStoreTakesParsedFonts();
      Font.register({
        family,
        fonts: weights.map((weight) => ({
          src: handOver ? `${family}-${weight.fontWeight}` : dataUrl(weight.bytes),
          fontWeight: weight.fontWeight,
        })),
      });
      if (handOver)
        for (const weight of weights) {
          const font = parsed(face, weight.bold);
          if (font === undefined) throw new Error(`The ${face} font could not be read.`);
          preload(Font.getFont({ fontFamily: family, fontWeight: weight.fontWeight }) as unknown as FontSource, font);
        }
      names.push(family);
    }
    families = names;
    registered.set(fonts, families);
  }
  return families;
}

/** The part of @react-pdf/font's FontSource (4.x) that is set here. */
interface FontSource {
  data: unknown;
  loadResultPromise: Promise<void> | null;
}

function isFontSource(value: unknown): value is FontSource {
  return (
    typeof value === 'object' &&
    value !== null &&
    'data' in value &&
    'loadResultPromise' in value &&
    typeof (value as { load?: unknown }).load === 'function'
  );
}

/** Whether react-pdf's font sources are the ones this file knows how to preload (Helvetica is always registered). */
function fontStoreTakesParsedFonts(): boolean {
  return isFontSource(Font.getFont({ fontFamily: 'Helvetica', fontWeight: 400 }));
}

/** A source whose load resolves at once to the parsed font, so react-pdf never reads its `src`. */
function preload(source: FontSource, font: ParsedFont): void {
  source.data = font;
  source.loadResultPromise = Promise.resolve().then(() => {
    source.data = font;
  });
}

function dataUrl(bytes: Uint8Array): string {
  return `data:font/ttf;base64,${toBase64(bytes)}`;
}
