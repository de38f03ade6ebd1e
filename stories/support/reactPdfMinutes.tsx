import { pdf } from '@react-pdf/renderer';
import { coverageFor, withDrawableText } from '@strategy-record/render/fonts';
import { MinutesPdf, registerReactPdfFonts } from '@strategy-record/render/react-pdf';
import { browserFonts } from '../../apps/playground/src/minutes/browserFonts.js';
import type { MinutesInput } from '../../apps/playground/src/minutes/minutesInput.js';
import { minutesModel } from '../../apps/playground/src/minutes/minutesModel.js';

/**
 * The minutes drawn by the react-pdf template (`MinutesPdf`) into a PDF in the browser, with the
 * same model as the playground's previews and the same fonts and per-character face choice as
 * `renderReactPdf` uses in Node.
 */
export async function reactPdfMinutes(input: MinutesInput): Promise<Blob> {
  const minutes = minutesModel(input);
  const fonts = await browserFonts(JSON.stringify(minutes));
  const document = (
    <MinutesPdf
      minutes={withDrawableText(minutes, await coverageFor(fonts))}
      fontFamily={registerReactPdfFonts(fonts)}
    />
  );
  return pdf(document).toBlob();
}
