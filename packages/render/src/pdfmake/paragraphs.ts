import { MANDATORY_BREAK } from '../text/lineBreaker.js';

/**
 * The paragraphs of a text, split at mandatory breaks. A break at the very end ends the last
 * paragraph and starts no empty one, as in pdfmake's own line breaking.
 */
export function paragraphsOf(text: string): string[] {
  const paragraphs = text.split(MANDATORY_BREAK);
  if (paragraphs.length > 1 && paragraphs.at(-1) === '') paragraphs.pop();
  return paragraphs;
}
