import pdfmake from 'pdfmake';
import type { FontSet } from '../fonts/FontSet.js';
import { coverageFor } from '../fonts/GlyphCoverage.js';
import { pdfmakeFontFiles } from './pdfmakeFonts.js';
import type { PdfmakeDocDefinition } from './pdfmakeTypes.js';
import { giveEveryGlyphItsText } from './glyphText.js';
import { sharedFontHandles } from './sharedPdfkitFonts.js';

/** The part of pdfmake's API this back end calls. */
interface Pdfmake {
  virtualfs: { writeFileSync(name: string, content: Uint8Array): void };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy?: (policy: (path: string) => boolean) => void;
  setProgressCallback(callback: (this: never, progress: number) => void): void;
  createPdf(definition: PdfmakeDocDefinition): { getBuffer(): Promise<Uint8Array> };
  /**
   * pdfmake's own step (Node and browser builds alike) from the pdfkit document, laid out and drawn
   * but not yet ended, to the object `createPdf` returns.
   */
  _transformToDocument(drawn: Promise<object>): unknown;
}

const instances = new WeakMap<FontSet, Promise<Pdfmake>>();

/**
 * A pdfmake instance of our own (not the shared singleton a caller may have configured), with the
 * minutes fonts in its in-memory file system and access policies that refuse every URL and every
 * local file: the minutes need neither, so a value in a record can never make pdfmake fetch or read
 * anything. Every glyph it draws can be copied, searched and read aloud (see glyphText).
 */
export function pdfmakeFor(fonts: FontSet): Promise<Pdfmake> {
  let instance = instances.get(fonts);
  if (instance === undefined) {
    instance = createInstance(fonts);
    instances.set(fonts, instance);
  }
  return instance;
}

async function createInstance(fonts: FontSet): Promise<Pdfmake> {
  const singleton = pdfmake as unknown as Pdfmake;
  const PdfmakeClass = Object.getPrototypeOf(singleton).constructor as new () => Pdfmake;
  const instance = new PdfmakeClass();
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy?.(() => false);
  // The last moment before pdfkit ends a document and writes its fonts: every glyph drawn is given
  // its text there, by the same code whichever pdfkit and fontkit pdfmake bundles (see glyphText).
  const toDocument = instance._transformToDocument.bind(instance);
  instance._transformToDocument = (drawn) =>
    toDocument(
      drawn.then((document) => {
        giveEveryGlyphItsText(document);
        return document;
      }),
    );
  const shared = await sharedFontHandles();
  const coverage = await coverageFor(fonts);
  const { families, files } = pdfmakeFontFiles(fonts, (face, bold, bytes) => {
    const parsed = coverage.font(face, bold);
    return shared === undefined || parsed === undefined ? bytes : shared.handle(parsed, face);
  });
  for (const [name, contents] of files) instance.virtualfs.writeFileSync(name, contents);
  instance.setFonts(families);
  return instance;
}
