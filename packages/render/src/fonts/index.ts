export type { FontBytes, FontFace, FontSet } from './FontSet.js';
export { loadPackageFonts } from './loadPackageFonts.js';
export { glyphCoverage, coverageFor, type FaceRun, type GlyphCoverage } from './GlyphCoverage.js';
export { withDrawableText, codePointNotation } from './drawableText.js';
export { loadFontkit, type Fontkit } from './loadFontkit.js';
export {
  browserFontLoader,
  type BrowserFontSources,
  type FaceSources,
  type FontFileSource,
} from './browserFontLoader.js';
