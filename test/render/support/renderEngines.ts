import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { validateRecord } from '@strategy-record/validators';
import { toMinutes, type Audience, type MinutesDocument } from '@strategy-record/render';
import { htmlFontFaces, renderHtml } from '@strategy-record/render/html';
import { loadPackageFonts } from '@strategy-record/render/fonts';
import { renderPdfmake } from '@strategy-record/render/pdfmake';
import { renderReactPdf } from '@strategy-record/render/react-pdf';
import type { ChromiumPrinter } from './chromiumPrinter.js';

export const ENGINES = ['pdfmake', 'react-pdf', 'html'] as const;
export type Engine = (typeof ENGINES)[number];

/** The minutes of a record for an audience, with the record's final validation report attached. */
export function minutesOf(record: StrategyDiscussionRecord, audience: Audience): MinutesDocument {
  return toMinutes(record, { audience, report: validateRecord(record, { mode: 'final' }) });
}

/** The minutes as HTML with the fonts a print view embeds. */
export async function printableHtml(minutes: MinutesDocument): Promise<string> {
  return renderHtml(minutes, { fontFaces: htmlFontFaces(minutes, await loadPackageFonts()) });
}

/** A PDF of the minutes from one engine (the HTML engine's PDF is Chromium's print of it). */
export async function renderPdf(engine: Engine, minutes: MinutesDocument, printer?: ChromiumPrinter): Promise<Uint8Array> {
  switch (engine) {
    case 'pdfmake':
      return renderPdfmake(minutes);
    case 'react-pdf':
      return renderReactPdf(minutes);
    case 'html':
      if (printer === undefined) throw new Error('The HTML engine needs a Chromium printer.');
      return printer.print(await printableHtml(minutes));
  }
}
