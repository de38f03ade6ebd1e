import { MANDATORY_BREAK } from '../text/lineBreaker.js';

const BREAKS = new RegExp(MANDATORY_BREAK.source, 'g');

/**
 * The paragraphs of a text, split at mandatory breaks, each with the offset in `text` where it
 * starts. A break at the very end ends the last paragraph and starts no empty one, as in pdfmake's
 * own line breaking.
 */
export function paragraphsAt(text: string): { readonly paragraph: string; readonly start: number }[] {
  const paragraphs: { paragraph: string; start: number }[] = [];
  let start = 0;
  for (const found of text.matchAll(BREAKS)) {
    paragraphs.push({ paragraph: text.slice(start, found.index), start });
    start = found.index + found[0].length;
  }
  if (paragraphs.length === 0 || start < text.length) paragraphs.push({ paragraph: text.slice(start), start });
  return paragraphs;
}
