import { pdf } from '@react-pdf/renderer';
import { coverageFor, withDrawableText } from '@strategy-record/render/fonts';
import { MinutesPdf, registerReactPdfFonts } from '@strategy-record/render/react-pdf';
import { browserFonts } from '../support/browserFonts.js';
import { storyMinutes, type MinutesStoryArgs } from '../support/minutesStory.js';

/**
 * The story's minutes drawn by the react-pdf template (`MinutesPdf`) into a PDF in the browser, with
 * the same fonts and per-character face choice as `renderReactPdf` uses in Node.
 */
export async function reactPdfMinutesStory(args: MinutesStoryArgs): Promise<Blob> {
  const minutes = await storyMinutes(args);
  const fonts = await browserFonts(JSON.stringify(minutes));
  const document = (
    <MinutesPdf
      minutes={withDrawableText(minutes, await coverageFor(fonts))}
      fontFamily={registerReactPdfFonts(fonts)}
    />
  );
  return pdf(document).toBlob();
}
