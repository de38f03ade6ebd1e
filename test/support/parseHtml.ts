import { createRequire } from 'node:module';

// jsdom ships no type declarations; only its constructor and the standard DOM are used.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: Window } };

/** The document a browser would build from `html` (jsdom runs none of its scripts). */
export function parseHtml(html: string): Document {
  return new JSDOM(html).window.document;
}
