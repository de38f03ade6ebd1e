import type { Font } from 'fontkit';

/** The part of fontkit this package calls. */
export interface Fontkit {
  create(bytes: Uint8Array): Font;
}

let loading: Promise<Fontkit> | undefined;

/**
 * fontkit, loaded once. In Node this is the CommonJS build, the very instance pdfkit (under pdfmake)
 * requires, so the process compiles fontkit once rather than twice (its ES build and restructure's
 * unbundled sources cost a cold start about as much as a render); elsewhere the ES module.
 */
export function loadFontkit(): Promise<Fontkit> {
  loading ??= (async (): Promise<Fontkit> => {
    if (typeof process !== 'undefined' && process.versions?.node !== undefined) {
      const { createRequire } = await import('node:module');
      return createRequire(import.meta.url)('fontkit') as Fontkit;
    }
    return (await import('fontkit')) as Fontkit;
  })();
  return loading;
}
