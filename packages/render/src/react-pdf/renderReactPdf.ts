import { renderToBuffer } from '@react-pdf/renderer';
import { createElement } from 'react';
import { withDrawableText } from '../fonts/drawableText.js';
import type { FontSet } from '../fonts/FontSet.js';
import { coverageFor } from '../fonts/GlyphCoverage.js';
import { loadPackageFonts } from '../fonts/loadPackageFonts.js';
import type { MinutesDocument } from '../model/MinutesDocument.js';
import { MinutesPdf } from './MinutesPdf.js';
import type { MinutesStyles } from './minutesStyles.js';
import { registerReactPdfFonts } from './registerReactPdfFonts.js';

export interface RenderReactPdfOptions {
  /** Font bytes; in Node they default to the npm font packages. */
  readonly fonts?: FontSet;
  readonly styles?: Partial<MinutesStyles>;
}

/** The minutes as a PDF drawn by @react-pdf/renderer (Node). Same minutes, same bytes. */
export async function renderReactPdf(
  minutes: MinutesDocument,
  options: RenderReactPdfOptions = {},
): Promise<Uint8Array> {
  const fonts = options.fonts ?? (await loadPackageFonts());
  const coverage = await coverageFor(fonts);
  const element = createElement(MinutesPdf, {
    minutes: withDrawableText(minutes, coverage),
    fontFamily: registerReactPdfFonts(fonts, (face, bold) => coverage.font(face, bold)),
    ...(options.styles === undefined ? {} : { styles: options.styles }),
  });
  const buffer = await renderToBuffer(element as Parameters<typeof renderToBuffer>[0]);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
