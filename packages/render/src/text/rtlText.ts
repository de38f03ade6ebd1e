/** Letters of the scripts written right to left. */
const RIGHT_TO_LEFT_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;

const SCRIPT_LETTER = /[^\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;

/** True when the text holds any right-to-left letter (or explicit right-to-left control). */
export function hasRightToLeft(text: string): boolean {
  return RIGHT_TO_LEFT_LETTER.test(text) || /[\u200F\u202B\u202E\u2067]/u.test(text);
}

/**
 * Whether fontkit lays this run out right to left. fontkit takes the direction of the first
 * character that belongs to a script and, for a right-to-left script, reverses the glyphs of the
 * whole run; text handed to it must allow for that.
 */
export function layoutReversesRun(text: string): boolean {
  for (const character of text) {
    if (SCRIPT_LETTER.test(character)) return RIGHT_TO_LEFT_LETTER.test(character);
  }
  return false;
}

/**
 * The base direction of a paragraph in these minutes: an English document, so left to right unless
 * the paragraph has right-to-left letters and no left-to-right letter at all (an Urdu sentence, an
 * Arabic name on its own).
 */
export function paragraphDirection(text: string): 'ltr' | 'rtl' {
  if (!hasRightToLeft(text)) return 'ltr';
  for (const character of text) {
    if (/\p{L}/u.test(character) && !RIGHT_TO_LEFT_LETTER.test(character)) return 'ltr';
  }
  return 'rtl';
}
