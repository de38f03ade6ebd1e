import type { FontFace } from './FontSet.js';

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
const CJK_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303F\uFF00-\uFFEF]/u;
const NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;

/**
 * The faces to try for one character, best first. Characters of no particular script (spaces,
 * digits, punctuation, combining marks) try the face of the run they sit in first, so that a mark
 * stays with its letter and a space between two Arabic words stays Arabic.
 */
export function facePreference(character: string, currentFace: FontFace | undefined): readonly FontFace[] {
  if (CJK_SCRIPT.test(character)) return ['cjk', 'latin'];
  if (ARABIC_SCRIPT.test(character)) return ['arabic', 'latin'];
  if (NEUTRAL.test(character) && currentFace !== undefined) return [currentFace, 'latin', 'arabic', 'cjk'];
  return ['latin', 'arabic', 'cjk'];
}
