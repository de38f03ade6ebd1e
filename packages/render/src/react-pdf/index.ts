export { renderReactPdf, type RenderReactPdfOptions } from './renderReactPdf.js';
export {
  createReactPdfWorkerPool,
  type ReactPdfWorkerPool,
  type ReactPdfWorkerPoolOptions,
} from './ReactPdfWorkerPool.js';
export { MinutesPdf, type MinutesPdfProps } from './MinutesPdf.js';
export { defaultMinutesStyles, type MinutesStyles, type Style } from './minutesStyles.js';
export { registerReactPdfFonts } from './registerReactPdfFonts.js';
