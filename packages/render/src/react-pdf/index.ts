export { renderReactPdf, type RenderReactPdfOptions } from './renderReactPdf.js';
export { MinutesPdf, type MinutesPdfProps } from './MinutesPdf.js';
export { defaultMinutesStyles, type MinutesStyles, type Style } from './minutesStyles.js';
export { registerReactPdfFonts } from './registerReactPdfFonts.js';
