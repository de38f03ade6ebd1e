import { toMinutes } from '@strategy-record/render';
import { htmlFontFaces, renderHtml } from '@strategy-record/render/html';
import { browserFonts } from './browserFonts.js';
import type { MinutesInput } from './minutesInput.js';

/**
 * The minutes as the standalone HTML document the Handlebars back end writes (precompiled templates:
 * no template compiler and no eval in the browser). Loaded only when an HTML preview is asked for.
 */
export async function htmlMinutes({ record, report, audience, profile, template }: MinutesInput): Promise<string> {
  const minutes = toMinutes(record, {
    audience,
    report,
    ...(profile === undefined ? {} : { profile }),
    ...(template === undefined ? {} : { template }),
  });
  const fonts = await browserFonts(JSON.stringify(minutes));
  return renderHtml(minutes, { fontFaces: htmlFontFaces(minutes, fonts) });
}
