import type { EngineName } from '@strategy-record/render/engines';
import type { MinutesInput } from '../../apps/playground/src/minutes/minutesInput.js';

/** Minutes as an engine drew them in the browser: an HTML document, or a PDF. */
export type DrawnMinutes =
  | { readonly kind: 'html'; readonly html: string }
  | { readonly kind: 'pdf'; readonly pdf: Blob };

/**
 * How a story draws the minutes in the browser with each engine of the registry. HTML and pdfmake
 * are the playground's own previews; react-pdf's `renderReactPdf` runs only in Node, so its story
 * draws the same `MinutesPdf` component in the browser. A record keyed by every engine name, so an
 * engine added to the registry fails the stories' typecheck until it can be drawn here. Each engine
 * loads only when a story asks for it.
 */
const DRAWERS: Readonly<Record<EngineName, (input: MinutesInput) => Promise<DrawnMinutes>>> = {
  html: async (input) => ({
    kind: 'html',
    html: await (await import('../../apps/playground/src/minutes/htmlMinutes.js')).htmlMinutes(input),
  }),
  pdfmake: async (input) => ({
    kind: 'pdf',
    pdf: new Blob([await (await import('../../apps/playground/src/minutes/pdfMinutes.js')).pdfMinutes(input)], {
      type: 'application/pdf',
    }),
  }),
  'react-pdf': async (input) => ({
    kind: 'pdf',
    pdf: await (await import('./reactPdfMinutes.js')).reactPdfMinutes(input),
  }),
};

/** The minutes of `input` drawn by `engine`. */
export function drawMinutes(engine: EngineName, input: MinutesInput): Promise<DrawnMinutes> {
  return DRAWERS[engine](input);
}
