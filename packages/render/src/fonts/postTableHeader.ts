import type { Font } from 'fontkit';

/** The fixed part of a font's `post` table: what a PDF's font descriptor needs from it. */
export interface PostTableHeader {
  readonly version: number;
  readonly italicAngle: number;
  readonly underlinePosition: number;
  readonly underlineThickness: number;
  readonly isFixedPitch: number;
  readonly minMemType42: number;
  readonly maxMemType42: number;
  readonly minMemType1: number;
  readonly maxMemType1: number;
}

/** What fontkit keeps of a TrueType file: its format, its bytes and where each table starts. */
interface ParsedTrueType {
  readonly type?: string;
  readonly stream?: { readonly buffer?: unknown };
  readonly directory?: {
    readonly tables?: Readonly<Record<string, { readonly offset: number; readonly length: number } | undefined>>;
  };
}

const HEADER_BYTES = 32;

/**
 * The 32-byte header of the font's `post` table, read straight from its bytes.
 *
 * pdfkit reads `font.post.isFixedPitch` and `font.italicAngle` when it embeds a font; fontkit answers
 * by decoding the whole table, whose version 2 carries a name for every glyph: 6,000 names for
 * DejaVu Sans, some 10 ms of a cold command's render for each weight, for two numbers. Undefined
 * (fontkit's own answer is then used) unless the font is plain TrueType or OpenType, where a
 * table's offset is a place in the file's bytes (in WOFF the table is compressed; WOFF2 has no
 * offsets), and its post table is there in full.
 */
export function postTableHeader(font: Font): PostTableHeader | undefined {
  const parsed = font as unknown as ParsedTrueType;
  if (parsed.type !== 'TTF') return undefined;
  const entry = parsed.directory?.tables?.post;
  const bytes = parsed.stream?.buffer;
  if (
    entry === undefined ||
    !(bytes instanceof Uint8Array) ||
    !Number.isInteger(entry.offset) ||
    !Number.isInteger(entry.length)
  )
    return undefined;
  if (entry.length < HEADER_BYTES || entry.offset < 0 || entry.offset + HEADER_BYTES > bytes.length) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset + entry.offset, HEADER_BYTES);
  const fixed = (offset: number): number => view.getInt32(offset) / 65_536;
  return {
    version: fixed(0),
    italicAngle: fixed(4),
    underlinePosition: view.getInt16(8),
    underlineThickness: view.getInt16(10),
    isFixedPitch: view.getUint32(12),
    minMemType42: view.getUint32(16),
    maxMemType42: view.getUint32(20),
    minMemType1: view.getUint32(24),
    maxMemType1: view.getUint32(28),
  };
}
