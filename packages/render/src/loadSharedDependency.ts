/**
 * A dependency this package shares with pdfkit (under pdfmake). In Node it is the CommonJS build,
 * the very instance pdfkit requires, so that a process loads and initialises it once rather than
 * twice (for fontkit, its ES build and restructure's sources cost a cold start about as much as a
 * render); elsewhere (a browser bundle) the ES module `importModule` loads.
 */
export async function loadSharedDependency<T>(
  name: 'fontkit' | 'linebreak',
  importModule: () => Promise<T>,
): Promise<T> {
  if (typeof process !== 'undefined' && process.versions?.node !== undefined) {
    const { createRequire } = await import('node:module');
    return createRequire(import.meta.url)(name) as T;
  }
  return importModule();
}
