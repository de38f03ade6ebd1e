import { fromBase64 } from '../fonts/fromBase64.js';
import { toBase64 } from '../fonts/toBase64.js';

/**
 * A logo with transparency costs pdfkit a decode and two compressions in every PDF it is drawn in
 * (it splits the alpha channel into a soft mask), which made a template with a logo a fifth slower to
 * draw than one without (BENCHMARKS.md, issue 15: minutes templates). The letterhead is always drawn
 * on the white page, so the logo is composited over white once, here, into an opaque 8-bit PNG that
 * pdfkit embeds as it is: what the reader sees is the same. Works in Node and browsers alike
 * (CompressionStream), and remembers the last few logos, so a service drawing one authority's minutes
 * all day converts its logo once.
 */
export function opaqueLogo(dataUrl: string): Promise<string> {
  let opaque = converted.get(dataUrl);
  if (opaque === undefined) {
    opaque = toOpaque(dataUrl).catch(() => dataUrl);
    converted.set(dataUrl, opaque);
    // Insertion order is age: the oldest logo is forgotten first.
    for (const key of converted.keys()) {
      if (converted.size <= REMEMBERED) break;
      converted.delete(key);
    }
  }
  return opaque;
}

const REMEMBERED = 4;
const converted = new Map<string, Promise<string>>();

const PNG_PREFIX = 'data:image/png;base64,';
const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const GREY_ALPHA = 4;
const RGB_ALPHA = 6;
const INDEXED = 3;

interface PngParts {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colourType: number;
  readonly interlaced: boolean;
  readonly palette?: Uint8Array;
  readonly transparency?: Uint8Array;
  readonly data: Uint8Array;
}

/** The logo over white, or the logo itself when it has no transparency pdfkit would split off. */
async function toOpaque(dataUrl: string): Promise<string> {
  if (!dataUrl.startsWith(PNG_PREFIX)) return dataUrl;
  const png = readChunks(fromBase64(dataUrl.slice(PNG_PREFIX.length)));
  const indexedWithAlpha = png.colourType === INDEXED && png.transparency !== undefined;
  const withAlpha = png.colourType === RGB_ALPHA || png.colourType === GREY_ALPHA || indexedWithAlpha;
  // 16-bit, interlaced and packed-palette images are rare in logos; pdfkit draws them as they are.
  if (!withAlpha || png.bitDepth !== 8 || png.interlaced) return dataUrl;
  const channels = png.colourType === RGB_ALPHA ? 4 : png.colourType === GREY_ALPHA ? 2 : 1;
  const pixels = unfilter(await inflate(png.data), png.width, png.height, channels);
  const { colours, opaque } = overWhite(pixels, png, channels);
  const rows = new Uint8Array(png.height * (png.width * colours + 1));
  for (let row = 0; row < png.height; row += 1)
    // Each row with filter 0 (none) in front: deflate alone compresses a drawn logo well.
    rows.set(
      opaque.subarray(row * png.width * colours, (row + 1) * png.width * colours),
      row * (png.width * colours + 1) + 1,
    );
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, png.width);
  view.setUint32(4, png.height);
  header.set([8, colours === 3 ? 2 : 0, 0, 0, 0], 8);
  const file = concat([
    Uint8Array.from(SIGNATURE),
    chunk('IHDR', header),
    chunk('IDAT', await deflate(rows)),
    chunk('IEND', new Uint8Array(0)),
  ]);
  return `${PNG_PREFIX}${toBase64(file)}`;
}

function readChunks(bytes: Uint8Array): PngParts {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (SIGNATURE.some((byte, index) => bytes[index] !== byte)) throw new Error('not a PNG');
  let header: Omit<PngParts, 'data' | 'palette' | 'transparency'> | undefined;
  let palette: Uint8Array | undefined;
  let transparency: Uint8Array | undefined;
  const data: Uint8Array[] = [];
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR')
      header = {
        width: view.getUint32(at + 8),
        height: view.getUint32(at + 12),
        bitDepth: body[8] ?? 0,
        colourType: body[9] ?? 0,
        interlaced: body[12] === 1,
      };
    else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  if (header === undefined) throw new Error('no IHDR');
  return {
    ...header,
    ...(palette === undefined ? {} : { palette }),
    ...(transparency === undefined ? {} : { transparency }),
    data: concat(data),
  };
}

/** The pixels of a non-interlaced 8-bit PNG, its filter bytes undone (PNG specification, section 9). */
function unfilter(filtered: Uint8Array, width: number, height: number, channels: number): Uint8Array {
  const stride = width * channels;
  const pixels = new Uint8Array(height * stride);
  for (let row = 0; row < height; row += 1) {
    const filter = filtered[row * (stride + 1)];
    const source = row * (stride + 1) + 1;
    const target = row * stride;
    for (let index = 0; index < stride; index += 1) {
      const left = index >= channels ? (pixels[target + index - channels] ?? 0) : 0;
      const up = row > 0 ? (pixels[target - stride + index] ?? 0) : 0;
      const upLeft = row > 0 && index >= channels ? (pixels[target - stride + index - channels] ?? 0) : 0;
      const predicted =
        filter === 1
          ? left
          : filter === 2
            ? up
            : filter === 3
              ? (left + up) >> 1
              : filter === 4
                ? paeth(left, up, upLeft)
                : 0;
      pixels[target + index] = ((filtered[source + index] ?? 0) + predicted) & 0xff;
    }
  }
  return pixels;
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

/** Each pixel composited over white: grey for a grey image, RGB otherwise. */
function overWhite(pixels: Uint8Array, png: PngParts, channels: number): { colours: number; opaque: Uint8Array } {
  const count = png.width * png.height;
  const colours = png.colourType === GREY_ALPHA ? 1 : 3;
  const opaque = new Uint8Array(count * colours);
  const blend = (value: number, alpha: number) => Math.round((value * alpha + 255 * (255 - alpha)) / 255);
  for (let pixel = 0; pixel < count; pixel += 1) {
    if (png.colourType === INDEXED) {
      const entry = pixels[pixel] ?? 0;
      const alpha = png.transparency?.[entry] ?? 255;
      for (let colour = 0; colour < 3; colour += 1)
        opaque[pixel * 3 + colour] = blend(png.palette?.[entry * 3 + colour] ?? 0, alpha);
    } else {
      const alpha = pixels[pixel * channels + channels - 1] ?? 255;
      for (let colour = 0; colour < colours; colour += 1)
        opaque[pixel * colours + colour] = blend(pixels[pixel * channels + colour] ?? 0, alpha);
    }
  }
  return { colours, opaque };
}

async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  return piped(bytes, new DecompressionStream('deflate'));
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  return piped(bytes, new CompressionStream('deflate'));
}

async function piped(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function chunk(type: string, body: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(12 + body.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, body.length);
  for (let index = 0; index < 4; index += 1) bytes[4 + index] = type.charCodeAt(index);
  bytes.set(body, 8);
  view.setUint32(8 + body.length, crc32(bytes.subarray(4, 8 + body.length)));
  return bytes;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}
