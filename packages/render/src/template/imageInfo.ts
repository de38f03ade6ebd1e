/** What the minutes need to know of a logo: its kind and its size in pixels. */
export interface ImageInfo {
  readonly mediaType: 'image/png' | 'image/jpeg';
  readonly width: number;
  readonly height: number;
}

/** The largest logo a template may carry: a letterhead needs a few kilobytes, never megabytes. */
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;
/** The largest logo in pixels each way: a PDF engine decodes the whole image, so a bigger one only costs memory. */
export const MAX_LOGO_PIXELS = 4000;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Reads the header of a PNG or JPEG and walks its chunks (PNG) or segments (JPEG) to the end, so a
 * file that is not an image, or one cut short, is refused here with a sentence rather than by a PDF
 * engine with a stack trace. Returns the sentence's end ("is not a PNG or JPEG image") on failure.
 */
export function readImageInfo(bytes: Uint8Array): ImageInfo | string {
  if (bytes.length > MAX_LOGO_BYTES)
    return `is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; a logo may be at most ${MAX_LOGO_BYTES / 1024 / 1024} MB`;
  const info = PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)
    ? readPng(bytes)
    : bytes[0] === 0xff && bytes[1] === 0xd8
      ? readJpeg(bytes)
      : 'is not a PNG or JPEG image';
  if (typeof info === 'string') return info;
  if (info.width < 1 || info.height < 1 || info.width > MAX_LOGO_PIXELS || info.height > MAX_LOGO_PIXELS)
    return `is ${info.width} × ${info.height} pixels; a logo may be at most ${MAX_LOGO_PIXELS} pixels each way`;
  return info;
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function readPng(bytes: Uint8Array): ImageInfo | string {
  const data = view(bytes);
  let offset = 8;
  let header: { width: number; height: number } | undefined;
  let sawData = false;
  while (offset + 12 <= bytes.length) {
    const length = data.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (offset + 12 + length > bytes.length) break;
    if (type === 'IHDR') {
      if (length < 13) return 'is a damaged PNG image (its header is too short)';
      header = { width: data.getUint32(offset + 8), height: data.getUint32(offset + 12) };
    } else if (header === undefined) {
      return 'is a damaged PNG image (it does not start with its header)';
    }
    if (type === 'IDAT') sawData = true;
    if (type === 'IEND') {
      if (!sawData) return 'is a damaged PNG image (it holds no picture data)';
      return { mediaType: 'image/png', ...header };
    }
    offset += 12 + length;
  }
  return 'is a truncated PNG image (the file ends before the image does)';
}

// Start-of-frame markers that carry the picture's size (not DHT C4, JPG C8 or DAC CC).
const START_OF_FRAME = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function readJpeg(bytes: Uint8Array): ImageInfo | string {
  const data = view(bytes);
  let offset = 2;
  let size: { width: number; height: number } | undefined;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return 'is a damaged JPEG image';
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    if (marker === 0xd9) break;
    const length = data.getUint16(offset + 2);
    if (offset + 2 + length > bytes.length) break;
    if (START_OF_FRAME.has(marker) && length >= 7) {
      size = { height: data.getUint16(offset + 5), width: data.getUint16(offset + 7) };
    }
    if (marker === 0xda) {
      // The compressed picture runs to the end-of-image marker.
      if (size === undefined) return 'is a damaged JPEG image (no frame header before the picture)';
      const end = lastIndexOfEndMarker(bytes);
      return end > offset
        ? { mediaType: 'image/jpeg', ...size }
        : 'is a truncated JPEG image (the file ends before the image does)';
    }
    offset += 2 + length;
  }
  return 'is a truncated JPEG image (the file ends before the image does)';
}

function lastIndexOfEndMarker(bytes: Uint8Array): number {
  for (let index = bytes.length - 2; index >= Math.max(0, bytes.length - 64); index -= 1) {
    if (bytes[index] === 0xff && bytes[index + 1] === 0xd9) return index;
  }
  return -1;
}
