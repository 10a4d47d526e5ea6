import { formatColumnType } from '../model/column-type-text';
import type { Table } from '../model/types';
import { visibleColumns } from '../model/visible-columns';

/**
 * A table node's size on the canvas, from the model alone, so the layout (which runs in a worker,
 * without React Flow) leaves room for every table. The numbers match the canvas's table node:
 * a 34px header, 24px rows, 6px bottom padding, 200..420px wide by an estimate of the text.
 */
export const TABLE_HEADER_HEIGHT = 34;
export const TABLE_ROW_HEIGHT = 24;
export const TABLE_BOTTOM_PADDING = 6;
export const TABLE_MIN_WIDTH = 200;
export const TABLE_MAX_WIDTH = 420;
/** Average advance of the 12px UI font; the canvas ellipses text that overflows. */
const CHAR_WIDTH = 7.5;
const ROW_PADDING = 54;

export interface Size {
  width: number;
  height: number;
}

const sizes = new WeakMap<Table, Size>();

/** Memoized per table object: tables are immutable, so an unchanged table keeps its size. */
export function tableSize(table: Table): Size {
  let size = sizes.get(table);
  if (!size) {
    size = computeTableSize(table);
    sizes.set(table, size);
  }
  return size;
}

function computeTableSize(table: Table): Size {
  const columns = visibleColumns(table);
  // The header also holds the collapse button and the normal-form badge.
  let widest = table.name.length * 8 + 40 + 56;
  for (const column of columns) {
    const chars = column.name.length + formatColumnType(column.type).length + (column.nullable ? 1 : 0);
    widest = Math.max(widest, chars * CHAR_WIDTH + ROW_PADDING);
  }
  return {
    width: Math.round(Math.min(TABLE_MAX_WIDTH, Math.max(TABLE_MIN_WIDTH, widest))),
    height: TABLE_HEADER_HEIGHT + Math.max(1, columns.length) * TABLE_ROW_HEIGHT + TABLE_BOTTOM_PADDING,
  };
}
