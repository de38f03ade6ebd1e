import type { MinutesDocument } from '../model/MinutesDocument.js';
import type { GlyphCoverage } from './GlyphCoverage.js';

const DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;

/** "[U+0928]": how a character that no embedded font has is printed, so that nothing is lost silently. */
export function codePointNotation(character: string): string {
  return `[U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`;
}

/**
 * The minutes with every character the fonts cannot draw replaced by its code point in brackets,
 * and a notice on the first page naming those characters. Invisible formatting characters no font
 * has (e.g. bidirectional isolates) are dropped: they have no glyph in any font by design.
 *
 * A PDF engine draws a character its fonts lack as an empty box or nothing at all; that is the
 * silent corruption this prevents.
 */
export function withDrawableText(minutes: MinutesDocument, coverage: GlyphCoverage): MinutesDocument {
  const missing = new Set<string>();
  const draw = (text: string): string => {
    if (/^[\x20-\x7E\n]*$/.test(text)) return text;
    let result = '';
    let current: ReturnType<GlyphCoverage['faceFor']>;
    let changed = false;
    for (const character of text) {
      if (character === '\n') {
        result += character;
        continue;
      }
      const face = coverage.faceFor(character, current);
      if (face !== undefined) {
        current = face;
        result += character;
      } else if (DEFAULT_IGNORABLE.test(character)) {
        changed = true;
      } else {
        missing.add(character);
        result += codePointNotation(character);
        changed = true;
      }
    }
    return changed ? result : text;
  };
  const drawn = mapStrings(minutes, draw);
  if (missing.size === 0) return drawn;
  const listed = [...missing].slice(0, 12).map(codePointNotation).join(' ');
  const more = missing.size > 12 ? ` and ${missing.size - 12} more` : '';
  return {
    ...drawn,
    notices: [
      ...drawn.notices,
      `Some characters in this record have no glyph in the fonts of this PDF and are printed as code points: ${listed}${more}. Check the original record for the exact text.`,
    ],
  };
}

/** A deep copy with every string passed through `map` (object keys are left alone). */
function mapStrings<T>(value: T, map: (text: string) => string): T {
  if (typeof value === 'string') return map(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, map)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)])) as T;
  }
  return value;
}
