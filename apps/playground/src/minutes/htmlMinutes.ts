import { htmlFontFaces, renderHtml } from '@strategy-record/render/html';
import { browserFonts } from './browserFonts.js';
import type { MinutesInput } from './minutesInput.js';
import { minutesModel } from './minutesModel.js';

/**
 * The minutes as the standalone HTML document the Handlebars back end writes (precompiled templates:
 * no template compiler and no eval in the browser). Loaded only when an HTML preview is asked for.
 */
export async function htmlMinutes(input: MinutesInput): Promise<string> {
  const minutes = minutesModel(input);
  const fonts = await browserFonts(JSON.stringify(minutes));
  return renderHtml(minutes, { fontFaces: htmlFontFaces(minutes, fonts) });
}
