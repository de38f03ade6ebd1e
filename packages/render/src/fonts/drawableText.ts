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
  return drawableMinutes(minutes, coverage).minutes;
}

/** One character of the record and what is drawn for it: itself, its code point notation, or nothing. */
export interface DrawnCharacter {
  readonly original: string;
  readonly drawn: string;
}

/** {@link withDrawableText}'s minutes, and the record's characters behind each string it changed. */
interface DrawableMinutes {
  readonly minutes: MinutesDocument;
  /**
   * The record's characters behind a string of the drawable minutes, one by one (their `drawn`
   * joined give the string back); undefined when the string is drawn as the record has it, and when
   * two different strings of the record are drawn alike (a record could hold "[U+16956]" itself), so
   * that a caller never names the wrong characters. A tagged PDF gives them to assistive technology
   * as ActualText.
   */
  readonly recordCharacters: (drawn: string) => readonly DrawnCharacter[] | undefined;
}

/** See {@link withDrawableText}; also says which characters of the record each changed string stands for. */
export function drawableMinutes(minutes: MinutesDocument, coverage: GlyphCoverage): DrawableMinutes {
  const missing = new Set<string>();
  const changed = new Map<string, readonly DrawnCharacter[] | null>();
  const asIs = new Set<string>();
  const drawnCharacter = (character: string, face: ReturnType<GlyphCoverage['faceFor']>): string => {
    if (character === '\n' || face !== undefined) return character;
    if (DEFAULT_IGNORABLE.test(character)) return '';
    missing.add(character);
    return codePointNotation(character);
  };
  const draw = (text: string): string => {
    if (/^[\x20-\x7E\n]*$/.test(text)) {
      asIs.add(text);
      return text;
    }
    const characters: DrawnCharacter[] = [];
    let current: ReturnType<GlyphCoverage['faceFor']>;
    let same = true;
    for (const character of text) {
      const face = character === '\n' ? current : coverage.faceFor(character, current);
      if (face !== undefined) current = face;
      const drawn = drawnCharacter(character, face);
      characters.push({ original: character, drawn });
      same &&= drawn === character;
    }
    if (same) {
      asIs.add(text);
      return text;
    }
    const result = characters.map(({ drawn }) => drawn).join('');
    const earlier = changed.get(result);
    const alike = earlier?.map(({ original }) => original).join('') === text;
    changed.set(result, earlier === undefined || alike ? characters : null);
    return result;
  };
  const drawn = mapStrings(minutes, draw);
  const recordCharacters = (text: string) => (asIs.has(text) ? undefined : (changed.get(text) ?? undefined));
  if (missing.size === 0) return { minutes: drawn, recordCharacters };
  const listed = [...missing].slice(0, 12).map(codePointNotation).join(' ');
  const more = missing.size > 12 ? ` and ${missing.size - 12} more` : '';
  return {
    minutes: {
      ...drawn,
      notices: [
        ...drawn.notices,
        `Some characters in this record have no glyph in the fonts of this PDF and are printed as code points: ${listed}${more}. Check the original record for the exact text.`,
      ],
    },
    recordCharacters,
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
