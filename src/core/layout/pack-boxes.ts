/**
 * Shelf packing: boxes placed left to right in the given order, a new row when the row would
 * pass `rowWidth`. The order is kept, so boxes next to each other in the list (related clusters)
 * end up next to each other on the canvas. Boxes never overlap: each row starts below the
 * tallest box of the row above.
 */
export interface Box {
  width: number;
  height: number;
}

export function packBoxes(boxes: readonly Box[], gap: number, aspectRatio = 1.6): { x: number; y: number }[] {
  const area = boxes.reduce((sum, b) => sum + (b.width + gap) * (b.height + gap), 0);
  const widest = boxes.reduce((max, b) => Math.max(max, b.width), 0);
  const rowWidth = Math.max(widest, Math.sqrt(area * aspectRatio));
  const positions: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const box of boxes) {
    if (x > 0 && x + box.width > rowWidth) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    positions.push({ x, y });
    x += box.width + gap;
    rowHeight = Math.max(rowHeight, box.height);
  }
  return positions;
}
