import { FILLED_IN_PATTERN } from './filledInPattern.generated.js';

export { FILLED_IN_PATTERN };

/*
 * The record schema's definition of "filled in" (FILLED_IN_PATTERN, generated from the schema's text
 * definitions): the ECMA-262 pattern (Unicode mode) every text field of the schema carries, at least
 * one character that is not in the invisible set.
 *
 * Invisible: White_Space, controls (Cc), format characters (Cf), Default_Ignorable_Code_Point, lone
 * surrogates, and the fillers U+2800 (braille blank), U+3164 (Hangul filler) and U+FFFC (object
 * replacement). A text made only of them shows nothing on a page, so a record that holds one where a
 * rationale is required must not pass as complete. The schema is the single source: the validators
 * (both builds), the forms and the minutes read this pattern, and a validator in another language
 * applies the same pattern from the schema file. The ranges are written out (no `\p{…}` classes) so
 * the verdict does not change with the Unicode version of the engine; a test compares them with the
 * Unicode properties above for every code point.
 */
const FILLED_IN = new RegExp(FILLED_IN_PATTERN, 'u');

/** Whether a value is text with at least one visible character: text that is not is treated as missing. */
export function isFilledIn(value: unknown): value is string {
  return typeof value === 'string' && FILLED_IN.test(value);
}
