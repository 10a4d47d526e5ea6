import { diagramImageSize, diagramSvg, type Diagram, type DiagramSvgOptions } from '../../core/index';
import { PngWriter } from './png-encoder';

/** Pixels one strip may hold: well inside every browser's canvas limits. */
const STRIP_PIXELS = 16 * 1024 * 1024;
const MAX_CANVAS_SIDE = 16384;

async function loadSvgImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function exportSvg(diagram: Diagram, options: DiagramSvgOptions): Blob {
  return new Blob([diagramSvg(diagram, options).svg], { type: 'image/svg+xml' });
}

/**
 * Renders the diagram to PNG at full size, whatever that size: the image is drawn in tiles (each
 * tile an SVG of just its part, rasterised by the browser) and the rows are streamed into the PNG.
 * `onProgress` gets the fraction done.
 */
export async function exportPng(diagram: Diagram, options: DiagramSvgOptions, onProgress?: (done: number) => void): Promise<Blob> {
  const { width, height } = diagramImageSize(diagram, options);
  const tileWidth = Math.min(width, MAX_CANVAS_SIDE);
  const stripHeight = Math.max(1, Math.min(MAX_CANVAS_SIDE, Math.floor(STRIP_PIXELS / width)));
  const png = new PngWriter(width, height);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('this browser cannot draw on a canvas');
  for (let top = 0; top < height; top += stripHeight) {
    const rows = Math.min(stripHeight, height - top);
    const strip = new Uint8ClampedArray(width * rows * 4);
    for (let left = 0; left < width; left += tileWidth) {
      const columns = Math.min(tileWidth, width - left);
      canvas.width = columns;
      canvas.height = rows;
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, columns, rows);
      const tile = diagramSvg(diagram, { ...options, clip: { x: left, y: top, width: columns, height: rows } });
      context.drawImage(await loadSvgImage(tile.svg), 0, 0, columns, rows);
      const pixels = context.getImageData(0, 0, columns, rows).data;
      for (let r = 0; r < rows; r++) strip.set(pixels.subarray(r * columns * 4, (r + 1) * columns * 4), (r * width + left) * 4);
    }
    await png.writeRows(strip, rows);
    onProgress?.(Math.min(1, (top + rows) / height));
  }
  return png.finish();
}
