import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PngWriter } from '../../src/ui/export/png-encoder';

/** Reads a PNG's chunks back and inflates its pixels, to check what the writer produced. */
function decode(bytes: Buffer): { width: number; height: number; rows: Buffer[] } {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.subarray(offset + 4, offset + 8).toString('latin1');
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([...data.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    }
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4 + 1;
  const rows = Array.from({ length: height }, (_, r) => raw.subarray(r * stride, (r + 1) * stride));
  return { width, height, rows };
}

describe('PngWriter', () => {
  it('writes rows given in strips as one valid PNG', async () => {
    const png = new PngWriter(3, 4);
    const strip = (rows: number, value: number) => new Uint8ClampedArray(3 * 4 * rows).fill(value);
    await png.writeRows(strip(3, 10), 3);
    await png.writeRows(strip(1, 200), 1);
    const blob = await png.finish();
    expect(blob.type).toBe('image/png');
    const { width, height, rows } = decode(Buffer.from(await blob.arrayBuffer()));
    expect([width, height]).toEqual([3, 4]);
    expect(rows[0][0]).toBe(0); // filter type None
    expect([...rows[0].subarray(1)]).toEqual(new Array(12).fill(10));
    expect([...rows[3].subarray(1)]).toEqual(new Array(12).fill(200));
  });
  it('refuses to finish an image with rows missing', async () => {
    const png = new PngWriter(2, 2);
    await png.writeRows(new Uint8ClampedArray(8), 1);
    await expect(png.finish()).rejects.toThrow('1 of 2 rows');
  });
});
