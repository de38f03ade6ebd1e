import type { FontSet } from '../fonts/FontSet.js';
import { toBase64 } from '../fonts/toBase64.js';
import type { MinutesDocument } from '../model/MinutesDocument.js';
import type { HtmlFontFace } from './minutesTemplates.js';

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
// The Arabic blocks, so that Latin text, digits and punctuation stay in the Latin face.
const ARABIC_RANGES = 'U+0600-06FF, U+0750-077F, U+0870-08FF, U+FB50-FDFF, U+FE70-FEFF';

/**
 * The web fonts a print view of these minutes needs beyond the usual system fonts: IBM Plex Sans Arabic
 * when any text is in Arabic script (DejaVu Sans, the usual fallback, lacks Urdu letters such as
 * ہ and ے). About 300 kB each weight as base64, so only when needed. Chinese is left to the system's
 * fonts: a whole CJK font is 10 MB (see the README).
 *
 * Base64 is written without padding: browsers decode it, and it keeps `=` out of the `<style>`
 * element, where Handlebars would escape it and the browser would not unescape it.
 */
export function htmlFontFaces(minutes: MinutesDocument, fonts: FontSet): HtmlFontFace[] {
  const arabic = fonts.arabic;
  if (arabic === undefined || !ARABIC_SCRIPT.test(JSON.stringify(minutes))) return [];
  return [
    {
      family: 'StrategyRecordArabic',
      weight: 'normal',
      base64: toBase64(arabic.regular).replace(/=+$/, ''),
      unicodeRange: ARABIC_RANGES,
    },
    {
      family: 'StrategyRecordArabic',
      weight: 'bold',
      base64: toBase64(arabic.bold).replace(/=+$/, ''),
      unicodeRange: ARABIC_RANGES,
    },
  ];
}
