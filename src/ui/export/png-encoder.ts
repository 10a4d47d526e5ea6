/**
 * A streaming PNG writer: rows go in strip by strip and are compressed as they arrive
 * (CompressionStream 'deflate' is the zlib format PNG wants), so an image far larger than any
 * canvas the browser allows is written without holding all its pixels in memory.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(parts: readonly Uint8Array[]): number {
  let crc = 0xffffffff;
  for (const bytes of parts) for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typeBytes = new TextEncoder().encode(type);
  out.set(typeBytes, 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32([typeBytes, data]));
  return out;
}

const SIGNATURE = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);

export class PngWriter {
  private readonly compressor = new CompressionStream('deflate');
  private readonly writer = this.compressor.writable.getWriter();
  private readonly compressed: Promise<Uint8Array[]>;
  private rowsWritten = 0;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.compressed = (async () => {
      const chunks: Uint8Array[] = [];
      const reader = this.compressor.readable.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return chunks;
        chunks.push(value);
      }
    })();
  }

  /** Adds `rows` full-width RGBA rows (as from getImageData). */
  async writeRows(rgba: Uint8ClampedArray, rows: number): Promise<void> {
    const stride = this.width * 4;
    const filtered = new Uint8Array(rows * (stride + 1));
    for (let r = 0; r < rows; r++) {
      filtered[r * (stride + 1)] = 0; // filter type None
      filtered.set(rgba.subarray(r * stride, (r + 1) * stride), r * (stride + 1) + 1);
    }
    this.rowsWritten += rows;
    await this.writer.write(filtered);
  }

  async finish(): Promise<Blob> {
    if (this.rowsWritten !== this.height) throw new Error(`PNG has ${this.rowsWritten} of ${this.height} rows`);
    await this.writer.close();
    const idat = await this.compressed;
    const header = new Uint8Array(13);
    const view = new DataView(header.buffer);
    view.setUint32(0, this.width);
    view.setUint32(4, this.height);
    header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter choice, no interlace
    // IDAT chunks of at most 1 MiB each.
    const bytes = new Uint8Array(idat.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of idat) {
      bytes.set(c, at);
      at += c.length;
    }
    const parts: BlobPart[] = [SIGNATURE, chunk('IHDR', header)];
    for (let offset = 0; offset < bytes.length; offset += 1 << 20) parts.push(chunk('IDAT', bytes.subarray(offset, offset + (1 << 20))));
    parts.push(chunk('IEND', new Uint8Array(0)));
    return new Blob(parts, { type: 'image/png' });
  }
}
