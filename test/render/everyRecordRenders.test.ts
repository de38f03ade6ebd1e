import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateRecord } from '@strategy-record/validators';
import { toMinutes } from '@strategy-record/render';
import { renderHtml } from '@strategy-record/render/html';
import { renderPdfmake } from '@strategy-record/render/pdfmake';
import { renderReactPdf } from '@strategy-record/render/react-pdf';
import { completeRecordArbitrary, draftRecordArbitrary } from '../support/recordArbitrary.js';
import { launchChromiumPrinter, type ChromiumPrinter } from './support/chromiumPrinter.js';
import { printableHtml } from './support/renderEngines.js';

const RUNS = 200;
// Printing in Chromium costs a tab round trip per record: every tenth record is printed.
const PRINT_EVERY = 10;
const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

function isPdf(bytes: Uint8Array): boolean {
  return bytes.length > 1000 && PDF_HEADER.every((byte, index) => bytes[index] === byte);
}

describe('every schema-valid record renders in every engine', () => {
  let printer: ChromiumPrinter;
  beforeAll(async () => {
    printer = await launchChromiumPrinter();
  });
  afterAll(async () => {
    await printer?.close();
  });

  it(`renders ${RUNS} generated draft and final records with pdfmake, react-pdf and HTML, for both audiences`, async () => {
    let printed = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(draftRecordArbitrary(), completeRecordArbitrary()),
        fc.constantFrom('professionals' as const, 'family' as const),
        async (record, audience) => {
          const minutes = toMinutes(record, { audience, report: validateRecord(record, { mode: 'final' }) });
          expect(isPdf(await renderPdfmake(minutes))).toBe(true);
          expect(isPdf(await renderReactPdf(minutes))).toBe(true);
          const html = renderHtml(minutes);
          expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
          if (printed++ % PRINT_EVERY === 0)
            expect(isPdf(await printer.print(await printableHtml(minutes)))).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  }, 240_000);
});
