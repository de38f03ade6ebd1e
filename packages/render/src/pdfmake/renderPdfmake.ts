import type { FontSet } from '../fonts/FontSet.js';
import { coverageFor } from '../fonts/GlyphCoverage.js';
import { loadPackageFonts } from '../fonts/loadPackageFonts.js';
import { withDrawableText } from '../fonts/drawableText.js';
import type { MinutesDocument } from '../model/MinutesDocument.js';
import { loadLineBreaker } from '../text/lineBreaker.js';
import { opaqueLogo } from './opaqueLogo.js';
import { pdfmakeFor } from './pdfmakeInstance.js';
import { pdfmakeText } from './pdfmakeText.js';
import { toDocDefinition } from './toDocDefinition.js';

export interface RenderPdfmakeOptions {
  /** Font bytes; in Node they default to the npm font packages. A browser must pass them. */
  readonly fonts?: FontSet;
}

/**
 * The minutes as a PDF, drawn by pdfmake (Node and browser). The same minutes give byte-identical
 * PDFs: the creation date comes from the record and nothing else varies.
 */
export async function renderPdfmake(minutes: MinutesDocument, options: RenderPdfmakeOptions = {}): Promise<Uint8Array> {
  const fonts = options.fonts ?? (await loadPackageFonts());
  const [coverage, Breaker] = await Promise.all([coverageFor(fonts), loadLineBreaker()]);
  const drawable = await withOpaqueLogo(withDrawableText(minutes, coverage));
  const definition = toDocDefinition(drawable, pdfmakeText(coverage, Breaker));
  const buffer = await (await pdfmakeFor(fonts)).createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** The minutes with their logo over white (see opaqueLogo): the same picture, cheaper for pdfkit to embed. */
async function withOpaqueLogo(minutes: MinutesDocument): Promise<MinutesDocument> {
  const letterhead = minutes.letterhead;
  const logo = letterhead?.logo;
  if (letterhead === undefined || logo === undefined) return minutes;
  const dataUrl = (await opaqueLogo(logo.dataUrl)) as typeof logo.dataUrl;
  return { ...minutes, letterhead: { ...letterhead, logo: { ...logo, dataUrl } } };
}
