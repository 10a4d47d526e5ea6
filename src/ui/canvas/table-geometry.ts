import { Position, type NodeHandle } from '@xyflow/react';
import { TABLE_HEADER_HEIGHT, TABLE_ROW_HEIGHT, tableSize, visibleColumns, type Table } from '../../core/index';

/**
 * A table node's size and handle positions, computed from the model alone (core tableSize, the
 * same numbers the layout and image export use). React Flow gets them up front (initialWidth,
 * initialHeight, handles) so it can cull off-screen nodes without mounting them to measure, and
 * the node component renders at exactly these dimensions.
 */
export const HEADER_HEIGHT = TABLE_HEADER_HEIGHT;
export const ROW_HEIGHT = TABLE_ROW_HEIGHT;
export const HANDLE_SIZE = 8;

export const tableWidth = (table: Table): number => tableSize(table).width;
export const tableHeight = (table: Table): number => tableSize(table).height;

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
  visibleColumns(table).forEach((column, i) => {
    const y = rowCenterY(i) - HANDLE_SIZE / 2;
    handles.push(
      { id: handleId(column.id, 'l'), type: 'source', position: Position.Left, x: -HANDLE_SIZE / 2, y, width: HANDLE_SIZE, height: HANDLE_SIZE },
      { id: handleId(column.id, 'r'), type: 'source', position: Position.Right, x: width - HANDLE_SIZE / 2, y, width: HANDLE_SIZE, height: HANDLE_SIZE },
    );
  });
  return handles;
}
