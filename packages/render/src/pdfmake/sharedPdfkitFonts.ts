import type { Font, GlyphRun } from 'fontkit';
import type { FontFace } from '../fonts/FontSet.js';
import { nodeBuiltin } from '../nodeBuiltin.js';
import { postTableHeader, type PostTableHeader } from '../fonts/postTableHeader.js';
import { isSimpleText, simpleLayout } from '../fonts/simpleLayout.js';

/** The fontkit module pdfkit loads (a CommonJS instance of its own, separate from our ESM import). */
interface FontkitModule {
  registerFormat(format: unknown): void;
}

const MAGIC = [0x53, 0x52, 0x46, 0x4b]; // "SRFK"
const LAYOUT_CACHE_LIMIT = 50_000;

interface Registry {
  /** A short stand-in for font bytes that pdfkit turns into this already parsed font. */
  readonly handle: (font: Font, face: FontFace) => Uint8Array;
}

let registry: Promise<Registry | undefined> | undefined;

/**
 * Lets every pdfmake document reuse fonts parsed once per process.
 *
 * pdfmake 0.3 depends on pdfkit 0.19, which parses font bytes again for every document (fontkit
 * decodes the character map and the OpenType layout tables each time) and shapes every word again:
 * about two thirds of a render's time. pdfkit hands font bytes to `fontkit.create`, which asks each
 * registered format whether it recognises the bytes; we register one more format (fontkit's public
 * `registerFormat`) that recognises only a short handle of our own ("SRFK" + number) and answers
 * with a font parsed once (the same parse that measures text for right-to-left lines), whose
 * `layout` keeps its results. pdfkit scales the positions of a layout in place, so every answer is a
 * fresh copy. Bytes that are not our handles never reach it.
 *
 * Node only; where pdfkit's fontkit cannot be reached (a browser bundle) this returns undefined and
 * pdfmake gets the plain font bytes.
 */
export function sharedFontHandles(): Promise<Registry | undefined> {
  registry ??= register().catch(() => undefined);
  return registry;
}

async function register(): Promise<Registry | undefined> {
  const createRequire = nodeBuiltin('node:module')?.createRequire;
  if (createRequire === undefined) return undefined;
  const fromRender = createRequire(import.meta.url);
  const fromPdfmake = createRequire(fromRender.resolve('pdfmake'));
  const fromPdfkit = createRequire(fromPdfmake.resolve('pdfkit'));
  const fontkit = fromPdfkit('fontkit') as FontkitModule;
  const fonts: Font[] = [];
  const handles = new WeakMap<Font, Uint8Array>();

  class SharedFontHandle {
    static probe(buffer: Uint8Array): boolean {
      return buffer.length === 8 && MAGIC.every((byte, index) => buffer[index] === byte);
    }

    constructor(stream: { buffer: Uint8Array }) {
      const view = new DataView(stream.buffer.buffer, stream.buffer.byteOffset, stream.buffer.byteLength);
      const font = fonts[view.getUint32(4)];
      if (font === undefined) throw new Error('Unknown shared font handle.');
      // A constructor that returns an object makes `new` return that object.
      return font as unknown as SharedFontHandle;
    }
  }
  fontkit.registerFormat(SharedFontHandle);

  return {
    handle(font, face) {
      let handle = handles.get(font);
      if (handle === undefined) {
        fonts.push(withCachedLayout(font, face));
        handle = new Uint8Array(8);
        handle.set(MAGIC);
        new DataView(handle.buffer).setUint32(4, fonts.length - 1);
        handles.set(font, handle);
      }
      return handle;
    },
  };
}

/**
 * The font with `layout` remembered per text and features; each call returns a fresh copy of the run.
 * Simple text (plain Latin, Han ideographs) skips the OpenType engine (see simpleLayout). `post`
 * and `italicAngle` come from the post table's header alone (see postTableHeader).
 */
function withCachedLayout(font: Font, face: FontFace): Font {
  const cache = new Map<string, GlyphRun>();
  const layout = (text: string, features?: unknown): GlyphRun => {
    const key = features === undefined ? text : `${text}\u0000${JSON.stringify(features)}`;
    let run = cache.get(key);
    if (run === undefined) {
      if (features === undefined && isSimpleText(face, text)) {
        run = simpleLayout(font, face, text);
      } else {
        run = font.layout(text, features as string[] | undefined);
      }
      if (cache.size >= LAYOUT_CACHE_LIMIT) cache.clear();
      cache.set(key, run);
    }
    return copyRun(run, codePointsOf);
  };
  // fontkit keeps one glyph object per glyph id, with the code points of the call that first made
  // it: a glyph first made by shaping without them (a substitution's output) keeps none, and pdfkit
  // then writes an empty ToUnicode entry, so its text cannot be extracted (PDF/UA 10-001). Such a
  // glyph is given the code points the font's character map has for it or, for a contextual form
  // the map leaves out (an Arabic initial or medial letter), those its name (uniFEB3) stands for,
  // as the letter it is a form of (U+0633), or, for an accent a capital letter is decomposed into
  // (DejaVu Sans shapes "Ÿ" as "Y" and a glyph named Dieresis), the combining accent (U+0308).
  const internals = font as unknown as {
    _cmapProcessor?: { codePointsForGlyph(id: number): number[] };
    getGlyph(id: number): { readonly name?: string };
  };
  const cmap = internals._cmapProcessor;
  const found = new Map<number, readonly number[]>();
  const codePointsOf = (id: number): readonly number[] => {
    let codePoints = found.get(id);
    if (codePoints === undefined) {
      codePoints = asLetters(cmap?.codePointsForGlyph(id) ?? []);
      if (codePoints.length === 0) {
        const { name } = internals.getGlyph(id);
        codePoints = codePointsNamed(name);
        if (codePoints.length === 0) codePoints = accentNamed(name);
      }
      found.set(id, codePoints);
    }
    return codePoints;
  };
  const bound = new Map<PropertyKey, unknown>();
  let post: PostTableHeader | undefined | null = null;
  return new Proxy(font, {
    get(target, property) {
      if (property === 'layout') return layout;
      if (property === 'post' || property === 'italicAngle') {
        if (post === null) post = postTableHeader(target);
        if (post !== undefined) return property === 'post' ? post : post.italicAngle;
      }
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      let method = bound.get(property);
      if (method === undefined) {
        method = (value as (...args: unknown[]) => unknown).bind(target);
        bound.set(property, method);
      }
      return method;
    },
  });
}

/**
 * A copy pdfkit may scale in place: fresh position objects with the same four numbers.
 *
 * In a right-to-left run, a ligature glyph (e.g. lam-alef, or yeh-noon) stands for several letters;
 * the glyphs are in visual order, and text extraction reverses right-to-left text back into logical
 * order, letters of ligatures included. So the letters a ligature glyph is mapped to are given in
 * visual order too, as react-pdf does, and "ياسمين" is extracted as written rather than as "ياسمني".
 */
function copyRun(run: GlyphRun, codePointsOf: (id: number) => readonly number[]): GlyphRun {
  const original = run as unknown as {
    positions: readonly GlyphPosition[];
    glyphs: readonly { id: number; codePoints: readonly number[] }[];
  };
  const copy = Object.create(Object.getPrototypeOf(run) as object) as Record<string, unknown>;
  for (const key of Object.keys(run)) copy[key] = (run as unknown as Record<string, unknown>)[key];
  const rightToLeft = run.direction === 'rtl';
  copy.glyphs = original.glyphs.map((glyph) => {
    if (glyph.codePoints.length === 0) return Object.create(glyph, { codePoints: { value: codePointsOf(glyph.id) } });
    if (rightToLeft && glyph.codePoints.length > 1)
      return Object.create(glyph, { codePoints: { value: [...glyph.codePoints].reverse() } });
    return glyph;
  });
  copy.positions = original.positions.map(({ xAdvance, yAdvance, xOffset, yOffset }) => ({
    xAdvance,
    yAdvance,
    xOffset,
    yOffset,
  }));
  return copy as unknown as GlyphRun;
}

/**
 * Code points from the font's character map, an Arabic presentation form (U+FB50 to U+FDFF, U+FE70
 * to U+FEFF: IBM Plex Sans Arabic maps U+FEB4 to its medial seen) as the letters it is a form of,
 * so that "الحسن" is not extracted as "الحﺴن"; the space NFKC puts before an isolated mark is left out.
 */
function asLetters(codePoints: readonly number[]): readonly number[] {
  return codePoints.flatMap((codePoint) =>
    (codePoint >= 0xfb50 && codePoint <= 0xfdff) || (codePoint >= 0xfe70 && codePoint <= 0xfeff)
      ? [...String.fromCodePoint(codePoint).normalize('NFKC').replace(/ /g, '')].map(
          (character) => character.codePointAt(0) ?? 0,
        )
      : [codePoint],
  );
}

/** The letters an Adobe Glyph List name such as `uniFEB3` or `uni06440627` stands for, presentation forms normalised (NFKC). */
function codePointsNamed(name: string | undefined): readonly number[] {
  const match = /^uni((?:[0-9A-F]{4})+)(?:\.|$)/.exec(name ?? '');
  if (match?.[1] === undefined) return [];
  const text = String.fromCharCode(...(match[1].match(/.{4}/g) ?? []).map((hex) => Number.parseInt(hex, 16)));
  return [...text.normalize('NFKC')].map((character) => character.codePointAt(0) ?? 0);
}

// Names of the capital-height accents fonts decompose precomposed capitals into (glyph composition,
// GSUB ccmp), as the combining marks they draw: the font's own "dieresis" (U+00A8) is another glyph.
const COMBINING_ACCENTS: Readonly<Record<string, number>> = {
  grave: 0x0300,
  acute: 0x0301,
  circumflex: 0x0302,
  tilde: 0x0303,
  macron: 0x0304,
  breve: 0x0306,
  dotaccent: 0x0307,
  dieresis: 0x0308,
  ring: 0x030a,
  hungarumlaut: 0x030b,
  caron: 0x030c,
  cedilla: 0x0327,
  ogonek: 0x0328,
};

/** The combining mark an accent glyph's name (`Dieresis`, `caron.cap`) stands for, if it names one. */
function accentNamed(name: string | undefined): readonly number[] {
  const accent = COMBINING_ACCENTS[(name ?? '').split('.')[0]?.toLowerCase() ?? ''];
  return accent === undefined ? [] : [accent];
}

interface GlyphPosition {
  readonly xAdvance: number;
  readonly yAdvance: number;
  readonly xOffset: number;
  readonly yOffset: number;
}
