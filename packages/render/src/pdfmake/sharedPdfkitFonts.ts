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
        keepOnlyGlyphsWithText(font);
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
 * Makes the font, which every document of the process shares, keep no glyph object that was made
 * without the characters it stands for.
 *
 * fontkit keeps one glyph object per glyph id, with the characters of the call that first made it,
 * and returns that object to every later call. A document's subset decodes each composite glyph
 * (DejaVu Sans draws "Ȁ" from "A" and an accent glyph named Doublegrave) and so makes its
 * components without characters; when a later document's shaping then substituted that accent for
 * a combining mark (U+030F after a capital), fontkit handed back the text-less object, and pdfkit
 * wrote an empty ToUnicode entry: text lost to copying and screen readers, PDF/UA 10-001, and only
 * after a particular sequence of earlier documents. A glyph made without characters is now not
 * kept, so the next call that knows them makes its own.
 */
function keepOnlyGlyphsWithText(font: Font): void {
  const internals = font as unknown as {
    readonly _glyphs?: Record<number, unknown>;
    getGlyph(id: number, codePoints?: number[]): unknown;
  };
  // fontkit 2's glyph cache; a fontkit without it has nothing to forget.
  const cache = internals._glyphs;
  if (typeof cache !== 'object') return;
  const getGlyph = internals.getGlyph;
  internals.getGlyph = (id, codePoints = []) => {
    const known = cache[id] !== undefined;
    const glyph = getGlyph.call(font, id, codePoints);
    if (!known && codePoints.length === 0) delete cache[id];
    return glyph;
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
    return copyRun(run);
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

/** A copy pdfkit may scale in place: fresh position objects with the same four numbers. */
function copyRun(run: GlyphRun): GlyphRun {
  const original = run as unknown as { positions: readonly GlyphPosition[] };
  const copy = Object.create(Object.getPrototypeOf(run) as object) as Record<string, unknown>;
  for (const key of Object.keys(run)) copy[key] = (run as unknown as Record<string, unknown>)[key];
  copy.positions = original.positions.map(({ xAdvance, yAdvance, xOffset, yOffset }) => ({
    xAdvance,
    yAdvance,
    xOffset,
    yOffset,
  }));
  return copy as unknown as GlyphRun;
}

interface GlyphPosition {
  readonly xAdvance: number;
  readonly yAdvance: number;
  readonly xOffset: number;
  readonly yOffset: number;
}
