import type { FontBytes, FontFace, FontSet } from './FontSet.js';

/**
 * Where one font file is, as the caller's bundler gives it: a URL, or a module whose default export
 * is one (what `import('….ttf?url')` resolves to in Vite, or an `asset/resource` module in webpack).
 * A function, so that a face's file is imported only when a record needs that face.
 */
export type FontFileSource = () => Promise<string | { readonly default: string }>;

/** The files of one face; a face with one weight leaves out `bold` and uses `regular` for both. */
export interface FaceSources {
  readonly regular: FontFileSource;
  readonly bold?: FontFileSource;
}

/** The faces a browser may load; Arabic and Chinese are optional and fetched only when needed. */
export interface BrowserFontSources {
  readonly latin: FaceSources;
  readonly arabic?: FaceSources;
  readonly cjk?: FaceSources;
}

const NEEDED_BY: Readonly<Record<Exclude<FontFace, 'latin'>, RegExp>> = {
  arabic: /\p{Script=Arabic}/u,
  cjk: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
};

/**
 * A font loader for the browser: `load(text)` gives the font set for minutes made from `text` (the
 * record as JSON, say), with the Latin face always and the Arabic or Chinese face only when `text`
 * has characters in that script. A face not loaded is neither imported nor fetched, so an
 * all-English record costs the Latin files alone. Files are fetched once, from the URLs the
 * bundler gave (same origin: allowed by `default-src 'self'`); each variant of the set is one
 * object for as long as the loader lives, because the renderers cache their parsed fonts per set.
 * A failed fetch is forgotten, so a later call tries again.
 */
export function browserFontLoader(sources: BrowserFontSources): (text: string) => Promise<FontSet> {
  const files = new Map<FontFileSource, Promise<Uint8Array>>();
  const sets = new Map<string, Promise<FontSet>>();
  const file = (source: FontFileSource): Promise<Uint8Array> => {
    let bytes = files.get(source);
    if (bytes === undefined) {
      bytes = fetchFont(source);
      bytes.catch(() => files.delete(source));
      files.set(source, bytes);
    }
    return bytes;
  };
  const face = async (face: FaceSources): Promise<FontBytes> => {
    const [regular, bold] = await Promise.all([file(face.regular), file(face.bold ?? face.regular)]);
    return { regular, bold };
  };
  return (text) => {
    const arabic = sources.arabic !== undefined && NEEDED_BY.arabic.test(text) ? sources.arabic : undefined;
    const cjk = sources.cjk !== undefined && NEEDED_BY.cjk.test(text) ? sources.cjk : undefined;
    const key = `${arabic === undefined ? '' : 'arabic'}+${cjk === undefined ? '' : 'cjk'}`;
    let set = sets.get(key);
    if (set === undefined) {
      set = Promise.all([
        face(sources.latin),
        arabic === undefined ? undefined : face(arabic),
        cjk === undefined ? undefined : face(cjk),
      ]).then(([latin, arabicBytes, cjkBytes]) => ({
        latin,
        ...(arabicBytes === undefined ? {} : { arabic: arabicBytes }),
        ...(cjkBytes === undefined ? {} : { cjk: cjkBytes }),
      }));
      set.catch(() => sets.delete(key));
      sets.set(key, set);
    }
    return set;
  };
}

async function fetchFont(source: FontFileSource): Promise<Uint8Array> {
  const located = await source();
  const url = typeof located === 'string' ? located : located.default;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The font ${url} could not be loaded (HTTP ${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}
