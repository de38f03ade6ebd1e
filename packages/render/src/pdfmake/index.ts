export { renderPdfmake, type RenderPdfmakeOptions } from './renderPdfmake.js';
export { toDocDefinition } from './toDocDefinition.js';
