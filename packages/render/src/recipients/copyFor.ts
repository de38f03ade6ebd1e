import type { MinutesDocument } from '../model/MinutesDocument.js';

/** Which copy of how many: the recipient's position on the circulation list and the list's length. */
export interface CopyNumber {
  readonly number: number;
  readonly of: number;
}

/**
 * The minutes as one reader's copy: "Copy 4 of 9 for <label>" (or "Copy for <label>" without a
 * number) on every page and at the start of the document's subject, so a copy that leaks says whose
 * it was, on paper and in its properties. The number tells apart two recipients of the same name and
 * agency, whose copies would otherwise be the same. The line is drawn whole, however long: the PDF
 * engines make room for it in the running header (see the pdfmake engine's pageHeader). Pure: the
 * minutes passed in are unchanged.
 */
export function copyFor(minutes: MinutesDocument, label: string, copy?: CopyNumber): MinutesDocument {
  const line = `Copy ${copy === undefined ? '' : `${copy.number} of ${copy.of} `}for ${label}`;
  return {
    ...minutes,
    copyFor: line,
    metadata: { ...minutes.metadata, subject: `${line}. ${minutes.metadata.subject}` },
  };
}
