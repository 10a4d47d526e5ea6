import { Position, type NodeHandle } from '@xyflow/react';
import { formatColumnType, type Table } from '../../core/index';

/**
 * A table node's size and handle positions, computed from the model alone. React Flow gets them
 * up front (initialWidth, initialHeight, handles) so it can cull off-screen nodes without
 * mounting them to measure, and the node component renders at exactly these dimensions.
 */
export const HEADER_HEIGHT = 34;
export const ROW_HEIGHT = 24;
export const BOTTOM_PADDING = 6;
export const MIN_WIDTH = 200;
export const MAX_WIDTH = 420;
export const HANDLE_SIZE = 8;
/** Average advance of the 12px UI font; widths are estimates, text that overflows is ellipsed. */
const CHAR_WIDTH = 7.2;
const ROW_PADDING = 54; // markers column + gaps + side padding

const widths = new WeakMap<Table, number>();

/** Memoized per table object: tables are immutable, so an unchanged table keeps its width. */
export function tableWidth(table: Table): number {
  let width = widths.get(table);
  if (width === undefined) {
    width = computeTableWidth(table);
    widths.set(table, width);
  }
  return width;
}

function computeTableWidth(table: Table): number {
  let widest = table.name.length * 8 + 40;
  for (const column of table.columns) {
    const chars = column.name.length + formatColumnType(column.type).length;
    widest = Math.max(widest, chars * CHAR_WIDTH + ROW_PADDING);
  }
  return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest)));
}

export function tableHeight(table: Table): number {
  return HEADER_HEIGHT + Math.max(1, table.columns.length) * ROW_HEIGHT + BOTTOM_PADDING;
}

export function rowCenterY(index: number): number {
  return HEADER_HEIGHT + index * ROW_HEIGHT + ROW_HEIGHT / 2;
}

export type HandleSide = 'l' | 'r';

/** Handle ids are `<columnId>:l` and `<columnId>:r`: keyed by column id, never by name. */
export function handleId(columnId: string, side: HandleSide): string {
  return `${columnId}:${side}`;
}

export function columnIdOfHandle(handle: string | null | undefined): string | undefined {
  if (!handle) return undefined;
  const colon = handle.lastIndexOf(':');
  return colon > 0 ? handle.slice(0, colon) : undefined;
}

export function tableHandles(table: Table, width: number): NodeHandle[] {
  const handles: NodeHandle[] = [];
  table.columns.forEach((column, i) => {
    const y = rowCenterY(i) - HANDLE_SIZE / 2;
    handles.push(
      { id: handleId(column.id, 'l'), type: 'source', position: Position.Left, x: -HANDLE_SIZE / 2, y, width: HANDLE_SIZE, height: HANDLE_SIZE },
      { id: handleId(column.id, 'r'), type: 'source', position: Position.Right, x: width - HANDLE_SIZE / 2, y, width: HANDLE_SIZE, height: HANDLE_SIZE },
    );
  });
  return handles;
}
