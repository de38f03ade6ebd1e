import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { opaqueLogo } from './opaqueLogo.js';

// PNGs built here with Node's zlib, so the conversion is checked against an encoder it does not share.
const crcTable = Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});
const crc = (bytes: Buffer) => {
  let value = 0xffffffff;
  for (const byte of bytes) value = crcTable[(value ^ byte) & 0xff]! ^ (value >>> 8);
  return (value ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, body: Buffer) => {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), body]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc(typed));
  return Buffer.concat([length, typed, sum]);
};

/** A PNG of `rows` (8 bits a channel), each row written with the given filter (1 Sub, 2 Up, 3 Average, 4 Paeth). */
function png(colourType: number, channels: number, rows: number[][], filters: number[], extra: Buffer[] = []): string {
  const width = (rows[0]?.length ?? 0) / channels;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(rows.length, 4);
  header.set([8, colourType, 0, 0, 0], 8);
  const filtered = rows.flatMap((row, y) => {
    const filter = filters[y] ?? 0;
    const above = rows[y - 1] ?? row.map(() => 0);
    return [
      filter,
      ...row.map((value, x) => {
        const left = x >= channels ? row[x - channels]! : 0;
        const up = above[x]!;
        const upLeft = x >= channels ? above[x - channels]! : 0;
        const p = left + up - upLeft;
        const paeth =
          Math.abs(p - left) <= Math.abs(p - up) && Math.abs(p - left) <= Math.abs(p - upLeft)
            ? left
            : Math.abs(p - up) <= Math.abs(p - upLeft)
              ? up
              : upLeft;
        const predicted = [0, left, up, (left + up) >> 1, paeth][filter]!;
        return (value - predicted) & 0xff;
      }),
    ];
  });
  const file = Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    ...extra,
    chunk('IDAT', deflateSync(Buffer.from(filtered))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${file.toString('base64')}`;
}

/** The colour type and unfiltered pixel rows of an opaque PNG the conversion wrote (filter 0 on every row). */
function opaquePixels(dataUrl: string): { colourType: number; rows: number[][] } {
  const file = Buffer.from(dataUrl.slice('data:image/png;base64,'.length), 'base64');
  const width = file.readUInt32BE(16);
  const height = file.readUInt32BE(20);
  const colourType = file[25]!;
  const idat = file.indexOf('IDAT', 0, 'latin1');
  const raw = inflateSync(file.subarray(idat + 4, idat + 4 + file.readUInt32BE(idat - 4)));
  const stride = width * (colourType === 2 ? 3 : 1) + 1;
  const rows = Array.from({ length: height }, (_, y) => {
    expect(raw[y * stride]).toBe(0);
    return [...raw.subarray(y * stride + 1, (y + 1) * stride)];
  });
  return { colourType, rows };
}

const overWhite = (value: number, alpha: number) => Math.round((value * alpha + 255 * (255 - alpha)) / 255);

describe('opaqueLogo', () => {
  it.each([[[1, 4]], [[2, 3]], [[0, 4]]])(
    'draws a logo with an alpha channel over white, whatever the row filters (%j)',
    async (filters) => {
      const rows = [
        [200, 0, 0, 255, 0, 120, 0, 128, 10, 20, 30, 0],
        [255, 255, 255, 64, 0, 0, 200, 200, 90, 90, 90, 255],
      ];
      expect(opaquePixels(await opaqueLogo(png(6, 4, rows, filters)))).toEqual({
        colourType: 2,
        rows: rows.map((row) =>
          Array.from({ length: row.length / 4 }, (_, pixel) =>
            [0, 1, 2].map((colour) => overWhite(row[pixel * 4 + colour]!, row[pixel * 4 + 3]!)),
          ).flat(),
        ),
      });
    },
  );

  it('draws a grey logo with alpha as grey, and a palette logo with transparent entries as RGB', async () => {
    expect(opaquePixels(await opaqueLogo(png(4, 2, [[0, 255, 0, 0, 100, 128]], [1])))).toEqual({
      colourType: 0,
      rows: [[0, 255, overWhite(100, 128)]],
    });
    const palette = chunk('PLTE', Buffer.from([255, 0, 0, 0, 0, 255]));
    const transparency = chunk('tRNS', Buffer.from([0, 255]));
    expect(opaquePixels(await opaqueLogo(png(3, 1, [[0, 1]], [0], [palette, transparency])))).toEqual({
      colourType: 2,
      rows: [[255, 255, 255, 0, 0, 255]],
    });
  });

  it('leaves a logo with nothing transparent, a JPEG and bytes it cannot read as they are', async () => {
    const opaque = png(2, 3, [[1, 2, 3]], [0]);
    const jpeg = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2w==';
    const broken = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA';
    expect(await Promise.all([opaque, jpeg, broken].map(opaqueLogo))).toEqual([opaque, jpeg, broken]);
  });
});
