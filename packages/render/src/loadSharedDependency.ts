import { nodeBuiltin } from './nodeBuiltin.js';

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
  const nodeModule = nodeBuiltin('node:module');
  if (nodeModule !== undefined) return nodeModule.createRequire(import.meta.url)(name) as T;
  return importModule();
}
