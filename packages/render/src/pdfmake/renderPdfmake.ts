import type { FontSet } from '../fonts/FontSet.js';
import { coverageFor } from '../fonts/GlyphCoverage.js';
import { loadPackageFonts } from '../fonts/loadPackageFonts.js';
import { withDrawableText } from '../fonts/drawableText.js';
import type { MinutesDocument } from '../model/MinutesDocument.js';
import { explainEncryptionFailure, pdfkitSecurity, type PdfProtection } from '../protect/pdfProtection.js';
import { loadLineBreaker } from '../text/lineBreaker.js';
import { pdfmakeFor } from './pdfmakeInstance.js';
import { pdfmakeText } from './pdfmakeText.js';
import { toDocDefinition } from './toDocDefinition.js';

export interface RenderPdfmakeOptions {
  /** Font bytes; in Node they default to the npm font packages. A browser must pass them. */
  readonly fonts?: FontSet;
  /** Encrypt the PDF (AES-256) with these passwords and permissions. */
  readonly protect?: PdfProtection;
}

/**
 * The minutes as a PDF, drawn by pdfmake (Node and browser). The same minutes give byte-identical
 * PDFs: the creation date comes from the record and nothing else varies. A protected PDF is the
 * exception: its keys and initialisation vectors are random, so no two are alike.
 */
export async function renderPdfmake(minutes: MinutesDocument, options: RenderPdfmakeOptions = {}): Promise<Uint8Array> {
  // Checked first: a bad password fails before any work is done.
  const security = options.protect === undefined ? undefined : pdfkitSecurity(options.protect);
  const fonts = options.fonts ?? (await loadPackageFonts());
  const [coverage, Breaker] = await Promise.all([coverageFor(fonts), loadLineBreaker()]);
  const drawable = withDrawableText(minutes, coverage);
  const definition = toDocDefinition(drawable, pdfmakeText(coverage, Breaker));
  if (security !== undefined) {
    // pdfmake hands these to pdfkit, `version` as pdfkit's `pdfVersion`.
    const { pdfVersion, ...passwords } = security;
    Object.assign(definition, { version: pdfVersion, ...passwords });
  }
  const buffer = await (await pdfmakeFor(fonts))
    .createPdf(definition)
    .getBuffer()
    .catch((error: unknown) => {
      throw explainEncryptionFailure(error);
    });
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
