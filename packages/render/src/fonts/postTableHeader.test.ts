import type { Font } from 'fontkit';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FontSet } from './FontSet.js';
import { loadFontkit, type Fontkit } from './loadFontkit.js';
import { loadPackageFonts } from './loadPackageFonts.js';
import { postTableHeader } from './postTableHeader.js';

/** fontkit's own answer (its getter decodes the whole post table); its types leave it out. */
const italicAngleOf = (font: Font): number => (font as unknown as { italicAngle: number }).italicAngle;

let fonts: FontSet;
let fontkit: Fontkit;
beforeAll(async () => {
  fonts = await loadPackageFonts();
  fontkit = await loadFontkit();
});

describe('postTableHeader', () => {
  it.each(['latin', 'arabic', 'cjk'] as const)(
    'reads the same header as fontkit for every weight of the %s face',
    (face) => {
      const bytes = fonts[face];
      expect(bytes).toBeDefined();
      for (const weight of ['regular', 'bold'] as const) {
        const font = fontkit.create(bytes![weight]);
        const header = postTableHeader(font);
        const decoded = (font as unknown as { post: Record<string, number> }).post;
        expect(header).toEqual({
          version: decoded.version,
          italicAngle: decoded.italicAngle,
          underlinePosition: decoded.underlinePosition,
          underlineThickness: decoded.underlineThickness,
          isFixedPitch: decoded.isFixedPitch,
          minMemType42: decoded.minMemType42,
          maxMemType42: decoded.maxMemType42,
          minMemType1: decoded.minMemType1,
          maxMemType1: decoded.maxMemType1,
        });
        expect(header?.italicAngle).toBe(italicAngleOf(font));
      }
    },
  );

  it('reads a negative italic angle (DejaVu Sans Oblique, -11°)', async () => {
    const { readFile } = await import('node:fs/promises');
    const { createRequire } = await import('node:module');
    const oblique = await readFile(
      createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf'),
    );
    const font = fontkit.create(new Uint8Array(oblique));
    expect(postTableHeader(font)?.italicAngle).toBe(italicAngleOf(font));
    expect(italicAngleOf(font)).toBeLessThan(-10);
  });

  it('gives way to fontkit for WOFF and WOFF2 fonts, whose tables are not at their offsets in the bytes', () => {
    const font = fontkit.create(fonts.latin.regular);
    expect((font as unknown as { type: string }).type).toBe('TTF');
    expect(postTableHeader(font)).toBeDefined();
    for (const type of ['WOFF', 'WOFF2'])
      expect(postTableHeader(Object.create(font, { type: { value: type } })), type).toBeUndefined();
  });

  it('gives way to fontkit when the table is missing or cut short', () => {
    const font = fontkit.create(fonts.latin.regular);
    const tables = (font as unknown as { directory: { tables: Record<string, { offset: number; length: number }> } })
      .directory.tables;
    const post = tables.post!;
    expect(
      postTableHeader(Object.create(font, { directory: { value: { tables: { ...tables, post: undefined } } } })),
    ).toBeUndefined();
    expect(
      postTableHeader(
        Object.create(font, { directory: { value: { tables: { ...tables, post: { ...post, length: 31 } } } } }),
      ),
    ).toBeUndefined();
    expect(
      postTableHeader(
        Object.create(font, {
          directory: { value: { tables: { ...tables, post: { ...post, offset: fonts.latin.regular.length - 8 } } } },
        }),
      ),
    ).toBeUndefined();
    expect(
      postTableHeader(
        Object.create(font, { directory: { value: { tables: { ...tables, post: { length: post.length } } } } }),
      ),
    ).toBeUndefined();
  });
});
