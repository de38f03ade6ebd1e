export { renderHtml, type RenderHtmlOptions } from './renderHtml.js';
export { htmlFontFaces } from './htmlFontFaces.js';
export type { HtmlFontFace } from './minutesTemplates.js';
