import { renderPdfmake } from '@strategy-record/render/pdfmake';
import { browserFonts } from './browserFonts.js';
import type { MinutesInput } from './minutesInput.js';
import { minutesModel } from './minutesModel.js';

/**
 * The minutes as a PDF made in the browser by pdfmake, with the same fonts as in Node. This module,
 * pdfmake and the fonts load only when a PDF is asked for (a dynamic import from MinutesView).
 */
export async function pdfMinutes(input: MinutesInput): Promise<Uint8Array<ArrayBuffer>> {
  const minutes = minutesModel(input);
  const fonts = await browserFonts(JSON.stringify(minutes));
  const bytes = await renderPdfmake(minutes, { fonts });
  // A copy that owns its buffer, so a Blob or Response can take it whatever pdfmake's buffer is.
  return new Uint8Array(bytes);
}
