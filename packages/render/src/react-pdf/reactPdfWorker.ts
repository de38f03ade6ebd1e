import { parentPort } from 'node:worker_threads';
import type { MinutesDocument } from '../model/MinutesDocument.js';
import type { MinutesStyles } from './minutesStyles.js';
import { renderReactPdf } from './renderReactPdf.js';

/** A render asked of a worker thread of a ReactPdfWorkerPool. */
export interface ReactPdfWorkerRequest {
  readonly id: number;
  readonly minutes: MinutesDocument;
  readonly styles?: Partial<MinutesStyles>;
}

/** Its answer: the PDF bytes, or the message of what went wrong. */
export type ReactPdfWorkerResponse =
  | { readonly id: number; readonly pdf: Uint8Array }
  | { readonly id: number; readonly error: string };

parentPort?.on('message', (request: ReactPdfWorkerRequest) => {
  renderReactPdf(request.minutes, request.styles === undefined ? {} : { styles: request.styles }).then(
    (pdf) =>
      parentPort?.postMessage({ id: request.id, pdf } satisfies ReactPdfWorkerResponse, [pdf.buffer as ArrayBuffer]),
    (error: unknown) =>
      parentPort?.postMessage({
        id: request.id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies ReactPdfWorkerResponse),
  );
});
