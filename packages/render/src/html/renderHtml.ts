import type { MinutesDocument } from '../model/MinutesDocument.js';
import { htmlTemplateParts } from './htmlTemplateParts.js';
import { minutesTemplate, type HtmlFontFace } from './minutesTemplates.js';

export interface RenderHtmlOptions {
  /**
   * Fonts to embed as `data:` URLs, for a print view that must not depend on the fonts of the
   * machine that prints it (see `htmlFontFaces` in `@strategy-record/render/fonts`). Leave empty
   * for e-mail bodies, which use the reader's fonts.
   */
  readonly fontFaces?: readonly HtmlFontFace[];
}

/**
 * The minutes as a complete HTML document (print view or e-mail body). Every value from the record
 * is HTML-escaped by the templates; the page carries a Content-Security-Policy that allows no
 * script, no network request and no frame, as a second line of defence (images only as `data:` URLs,
 * for a template's logo). Same minutes, same bytes.
 */
export function renderHtml(minutes: MinutesDocument, options: RenderHtmlOptions = {}): string {
  return minutesTemplate()({
    ...minutes,
    fontFaces: options.fontFaces ?? [],
    sections: minutes.sections.map((section) => ({ ...section, introduction: section.introduction ?? null })),
    template: htmlTemplateParts(minutes),
  });
}
