import type { FontSet } from './fonts/FontSet.js';
import type { MinutesDocument } from './model/MinutesDocument.js';
import type { PdfProtection } from './protect/pdfProtection.js';

/** What an engine's loaded renderer does: the minutes in, the finished document (bytes or HTML text) out. */
export type RenderMinutes = (minutes: MinutesDocument, options?: RenderMinutesOptions) => Promise<Uint8Array | string>;

export interface RenderMinutesOptions {
  /** Font bytes; in Node they default to the npm font packages. A browser must pass them. */
  readonly fonts?: FontSet;
  /** Encrypt the PDF (AES-256): only engines whose `canEncrypt` is true; the others throw a ProtectionError. */
  readonly protect?: PdfProtection;
}

/** What an engine writes. */
export interface EngineOutput {
  readonly mediaType: 'application/pdf' | 'text/html';
  /** The file name extension, without the dot. */
  readonly extension: 'pdf' | 'html';
}

/**
 * One back end that draws the minutes model. Everything that offers a choice of engine (the
 * command's `--engine`, the shared engine tests, the playground) reads this list, so adding an
 * engine is its own folder, one entry here and one row in `renderEngines.test.ts`.
 */
export interface RenderEngine {
  /** The name a user types (`--engine pdfmake`). */
  readonly name: string;
  /** The package entry that exports the engine, for callers that import it directly. */
  readonly subpath: `@strategy-record/render/${string}`;
  /** One line for a usage text or a menu. */
  readonly summary: string;
  readonly output: EngineOutput;
  /** Its renderer works in a browser (given `fonts`), not only in Node. */
  readonly runsInBrowser: boolean;
  /** It writes a tagged PDF/UA-1 document (structure for screen readers): only pdfmake does. */
  readonly canTag: boolean;
  /** It can write a password-protected PDF (the `protect` option). */
  readonly canEncrypt: boolean;
  /** Loads the engine's code (only then: a caller of one engine never loads another) and returns its renderer. */
  load(): Promise<RenderMinutes>;
}

const engines = [
  {
    name: 'pdfmake',
    subpath: '@strategy-record/render/pdfmake',
    summary: 'a tagged, accessible PDF (PDF/UA-1) drawn by pdfmake (the fastest; also in a browser)',
    output: { mediaType: 'application/pdf', extension: 'pdf' },
    runsInBrowser: true,
    canTag: true,
    canEncrypt: true,
    async load() {
      const { renderPdfmake } = await import('./pdfmake/index.js');
      return (minutes, options) => renderPdfmake(minutes, options);
    },
  },
  {
    name: 'react-pdf',
    subpath: '@strategy-record/render/react-pdf',
    summary: 'an untagged PDF drawn by @react-pdf/renderer (Node): not for readers who use a screen reader',
    output: { mediaType: 'application/pdf', extension: 'pdf' },
    runsInBrowser: false,
    canTag: false,
    canEncrypt: true,
    async load() {
      const { renderReactPdf } = await import('./react-pdf/index.js');
      return (minutes, options) => renderReactPdf(minutes, options);
    },
  },
  {
    name: 'html',
    subpath: '@strategy-record/render/html',
    summary: 'an HTML print view with its fonts embedded (a browser prints it tagged but not PDF/UA)',
    output: { mediaType: 'text/html', extension: 'html' },
    runsInBrowser: true,
    canTag: false,
    canEncrypt: false,
    async load() {
      const [{ renderHtml, htmlFontFaces }, { loadPackageFonts }, { ProtectionError }] = await Promise.all([
        import('./html/index.js'),
        import('./fonts/index.js'),
        import('./protect/pdfProtection.js'),
      ]);
      return async (minutes, options = {}) => {
        if (options.protect !== undefined)
          throw new ProtectionError(
            'the html engine cannot protect with a password: an HTML page has no encryption. Use a PDF engine.',
          );
        return renderHtml(minutes, { fontFaces: htmlFontFaces(minutes, options.fonts ?? (await loadPackageFonts())) });
      };
    },
  },
] as const satisfies readonly RenderEngine[];

/** The name of one of the RENDER_ENGINES. */
export type EngineName = (typeof engines)[number]['name'];

/**
 * The engines, the default first. This module imports no engine (each `load` imports its own), so
 * `@strategy-record/render/engines` is as cheap to import as a list of names.
 */
export const RENDER_ENGINES: readonly (RenderEngine & { readonly name: EngineName })[] = engines;

/** The names of the engines, the default first. */
export const ENGINE_NAMES: readonly EngineName[] = RENDER_ENGINES.map((engine) => engine.name);

/** The engine with this name, or undefined: a name typed by a user is checked here. */
export function engineNamed(name: string): (RenderEngine & { readonly name: EngineName }) | undefined {
  return RENDER_ENGINES.find((engine) => engine.name === name);
}
