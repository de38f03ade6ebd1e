import { htmlFontFaces, renderHtml } from '@strategy-record/render/html';
import { browserFonts } from '../support/browserFonts.js';
import { storyMinutes, type MinutesStoryArgs } from '../support/minutesStory.js';

/** The HTML minutes (precompiled Handlebars templates) of the story's record, as a complete document. */
export async function htmlMinutesStory(args: MinutesStoryArgs): Promise<string> {
  const minutes = await storyMinutes(args);
  return renderHtml(minutes, { fontFaces: htmlFontFaces(minutes, await browserFonts(JSON.stringify(minutes))) });
}
