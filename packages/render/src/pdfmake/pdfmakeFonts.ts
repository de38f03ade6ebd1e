import type { FontFace, FontSet } from '../fonts/FontSet.js';

/** pdfmake font family of each face. Names are specific to this package, so they never clash with a caller's fonts. */
export const FAMILY: Readonly<Record<FontFace, string>> = {
  latin: 'StrategyRecordLatin',
  arabic: 'StrategyRecordArabic',
  cjk: 'StrategyRecordCjk',
};

/**
 * What pdfmake needs: family definitions naming in-memory "files", and those files' contents (the
 * font bytes, or a handle to fonts parsed once: see sharedFontHandles).
 */
export function pdfmakeFontFiles(
  fonts: FontSet,
  contents: (face: FontFace, bold: boolean, bytes: Uint8Array) => Uint8Array,
): { families: Record<string, Record<string, string>>; files: [string, Uint8Array][] } {
  const families: Record<string, Record<string, string>> = {};
  const files: [string, Uint8Array][] = [];
  for (const face of ['latin', 'arabic', 'cjk'] as const) {
    const bytes = fonts[face];
    if (bytes === undefined) continue;
    const regularFile = `strategy-record/${face}-regular.ttf`;
    const boldFile = `strategy-record/${face}-bold.ttf`;
    files.push([regularFile, contents(face, false, bytes.regular)], [boldFile, contents(face, true, bytes.bold)]);
    families[FAMILY[face]] = { normal: regularFile, bold: boldFile, italics: regularFile, bolditalics: boldFile };
  }
  return { families, files };
}
