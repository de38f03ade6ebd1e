import type { MinutesDocument } from '../model/MinutesDocument.js';

/** Longest "Copy for …" line drawn on the page: two lines of the running header at most (names and agencies may be 200 characters each). */
const MAX_DRAWN_LENGTH = 110;

/**
 * The minutes as one reader's copy: "Copy for <label>" on every page (the PDF engines draw
 * `copyFor` under the record line, shortened with "…" past 110 characters so that it stays in the
 * running header) and, in full, at the start of the document's subject, so a copy that leaks says
 * whose it was, on paper and in its properties. Pure: the minutes passed in are unchanged.
 */
export function copyFor(minutes: MinutesDocument, label: string): MinutesDocument {
  const line = `Copy for ${label}`;
  return {
    ...minutes,
    copyFor: shorten(line, MAX_DRAWN_LENGTH),
    metadata: { ...minutes.metadata, subject: `${line}. ${minutes.metadata.subject}` },
  };
}

function shorten(text: string, length: number): string {
  const graphemes = Array.from(
    new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text),
    (part) => part.segment,
  );
  return graphemes.length <= length
    ? text
    : `${graphemes
        .slice(0, length - 1)
        .join('')
        .trimEnd()}…`;
}
