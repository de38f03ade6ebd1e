// Draws the logo of the bundled example template "northshire" (a fictional authority): a 120 × 120
// PNG of a teal shield with a white hill and river, written byte by byte (signature, IHDR, IDAT,
// IEND) so the project owns every pixel and the file is the same on every run.
//
//   node schemas/scripts/draw-template-logo.mjs   → schemas/templates/northshire-logo.png
import { writeFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';

const SIZE = 120;
const TEAL = [0, 89, 79];
const WHITE = [255, 255, 255];
const BLUE = [120, 190, 230];

function pixel(x, y) {
  // A shield: straight top and sides, a rounded point at the bottom.
  const cx = SIZE / 2;
  const inShield = y >= 8 && x >= 14 && x < SIZE - 14 && (y < 70 || Math.hypot(x - cx, y - 70) < 46 - (y - 70) * 0.35);
  if (!inShield) return null;
  const hill = y > 62 - 26 * Math.cos(((x - cx) / 40) * (Math.PI / 2)) && y < 80;
  const river = Math.abs(y - (88 + 6 * Math.sin(x / 9))) < 4;
  if (river) return BLUE;
  if (hill) return WHITE;
  return TEAL;
}

const rows = [];
for (let y = 0; y < SIZE; y += 1) {
  const row = Buffer.alloc(1 + SIZE * 4);
  for (let x = 0; x < SIZE; x += 1) {
    const colour = pixel(x, y);
    if (colour !== null) row.set([...colour, 255], 1 + x * 4);
  }
  rows.push(row);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
await writeFile(new URL('../templates/northshire-logo.png', import.meta.url), png);
console.log(`wrote schemas/templates/northshire-logo.png (${png.length} bytes)`);
