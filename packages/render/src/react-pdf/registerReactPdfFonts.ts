import { Font } from '@react-pdf/renderer';
import type { FontBytes, FontFace, FontSet } from '../fonts/FontSet.js';
import { toBase64 } from '../fonts/toBase64.js';

const registered = new WeakMap<FontSet, readonly string[]>();
let sets = 0;

/**
 * Registers a font set with react-pdf and returns the family names in fallback order (Latin,
 * Arabic, Chinese): react-pdf picks, per character, the first family that has it.
 *
 * react-pdf takes a font as a file path or URL, not as bytes; the bytes are handed over as `data:`
 * URLs built here from the font set, so no path or URL from anywhere else is ever loaded.
 * Registration is global in react-pdf, so each set is registered once, under names of its own.
 */
export function registerReactPdfFonts(fonts: FontSet): readonly string[] {
  let families = registered.get(fonts);
  if (families === undefined) {
    sets += 1;
    const names: string[] = [];
    for (const face of ['latin', 'arabic', 'cjk'] as const satisfies readonly FontFace[]) {
      const bytes: FontBytes | undefined = fonts[face];
      if (bytes === undefined) continue;
      const family = `StrategyRecord-${face}-${sets}`;
      Font.register({
        family,
        fonts: [
          { src: dataUrl(bytes.regular), fontWeight: 'normal' },
          { src: dataUrl(bytes.bold), fontWeight: 'bold' },
        ],
      });
      names.push(family);
    }
    families = names;
    registered.set(fonts, families);
  }
  return families;
}

function dataUrl(bytes: Uint8Array): string {
  return `data:font/ttf;base64,${toBase64(bytes)}`;
}
