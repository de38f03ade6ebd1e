import { nodeBuiltin } from '../nodeBuiltin.js';
import type { FontBytes, FontSet } from './FontSet.js';

/** Where each face's TTF files live inside the npm font packages. */
const PACKAGE_FILES = {
  latin: { regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf', bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf' },
  arabic: {
    regular: '@expo-google-fonts/ibm-plex-sans-arabic/400Regular/IBMPlexSansArabic_400Regular.ttf',
    bold: '@expo-google-fonts/ibm-plex-sans-arabic/700Bold/IBMPlexSansArabic_700Bold.ttf',
  },
  // One weight only: the bold file would add another 10 MB for headings that are rarely Chinese.
  cjk: {
    regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  },
} as const;

let loading: Promise<FontSet> | undefined;

/**
 * Reads the fonts from the npm packages this package depends on (Node only). The Chinese face comes
 * from the optional peer `@expo-google-fonts/noto-sans-sc`; without it the set has no `cjk` face.
 * Read once per process: the bytes are shared by every render, and never written to.
 */
export function loadPackageFonts(): Promise<FontSet> {
  loading ??= readPackageFonts().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function readPackageFonts(): Promise<FontSet> {
  const nodeModule = nodeBuiltin('node:module');
  const fileSystem = nodeBuiltin('node:fs/promises');
  if (nodeModule === undefined || fileSystem === undefined) {
    throw new Error(
      'The minutes fonts are read from npm packages in Node. In a browser, pass `fonts` (see the README of @strategy-record/render).',
    );
  }
  const { createRequire } = nodeModule;
  const { readFile } = fileSystem;
  // Not named `require`: a CommonJS build of this file (the command's) reads import.meta.url through it.
  const fromHere = createRequire(import.meta.url);
  const readBytes = async (file: string): Promise<Uint8Array> => {
    const bytes = await readFile(fromHere.resolve(file));
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  };
  const read = async (files: { readonly regular: string; readonly bold: string }): Promise<FontBytes> => {
    const regular = readBytes(files.regular);
    // A face with one weight uses the same bytes (and so the same parse) for both.
    const bold = files.bold === files.regular ? regular : readBytes(files.bold);
    const [regularBytes, boldBytes] = await Promise.all([regular, bold]);
    return { regular: regularBytes, bold: boldBytes };
  };
  const [latin, arabic, cjk] = await Promise.all([
    read(PACKAGE_FILES.latin),
    read(PACKAGE_FILES.arabic),
    read(PACKAGE_FILES.cjk).catch(() => undefined),
  ]);
  return cjk === undefined ? { latin, arabic } : { latin, arabic, cjk };
}
