// The pdfmake back end as a browser would bundle it: fonts passed as bytes, nothing read from disk.
import { toMinutes } from '@strategy-record/render';
import { renderPdfmake } from '@strategy-record/render/pdfmake';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import type { ValidationReport } from '@strategy-record/validators';

declare global {
  interface Window {
    renderMinutesInBrowser: (
      record: StrategyDiscussionRecord,
      report: ValidationReport,
      fonts: Record<string, string>,
    ) => Promise<string>;
  }
}

const bytes = (base64: string): Uint8Array => Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));

window.renderMinutesInBrowser = async (record, report, fonts) => {
  const minutes = toMinutes(record, { audience: 'professionals', report });
  const pdf = await renderPdfmake(minutes, {
    fonts: {
      latin: { regular: bytes(fonts.latinRegular ?? ''), bold: bytes(fonts.latinBold ?? '') },
      arabic: { regular: bytes(fonts.arabicRegular ?? ''), bold: bytes(fonts.arabicBold ?? '') },
    },
  });
  let binary = '';
  for (const byte of pdf) binary += String.fromCharCode(byte);
  return btoa(binary);
};
