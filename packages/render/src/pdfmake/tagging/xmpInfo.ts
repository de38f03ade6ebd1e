/** The part of pdfkit 0.19's document that writes the document information into its XMP metadata. */
interface PdfkitInfoWriter {
  info: Record<string, unknown>;
  _addInfo(): void;
}

const escaping = new WeakSet<object>();

/**
 * Makes pdfkit write the document information (title, author, subject, keywords) into the XMP
 * metadata as XML text. pdfkit 0.19 pastes the strings into the XML as they are (mixins/metadata,
 * `_addInfo`), so an author such as "Brighton & Hove City Council", a name with `<` in it, or a
 * control character made the metadata unreadable XML: no title for a screen reader, and a PDF that
 * fails PDF/UA (Matterhorn 06-001). The Info dictionary keeps the strings as they are; only their
 * copies in the XML are escaped, for the one call that writes them. Written by hand: the fix belongs
 * in pdfkit, which has no option for it.
 */
export function escapeInfoInXmp(doc: PdfkitInfoWriter): void {
  if (escaping.has(doc)) return;
  escaping.add(doc);
  const addInfo = doc._addInfo;
  doc._addInfo = function (this: PdfkitInfoWriter) {
    const info = this.info;
    this.info = Object.fromEntries(
      Object.entries(info).map(([key, value]) => [key, typeof value === 'string' ? xmlText(value) : value]),
    );
    try {
      addInfo.call(this);
    } finally {
      this.info = info;
    }
  };
}

/** `text` as XML 1.0 character data: markup escaped, and characters XML cannot hold replaced by U+FFFD. */
export function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
