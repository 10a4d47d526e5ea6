import { isForeignKeyColumn, isPrimaryKeyColumn } from './queries';
import type { Column, Table } from './types';

/** A key column: part of the primary key, a foreign key, or a unique key. A collapsed table shows only these. */
export function isKeyColumn(table: Table, column: Column): boolean {
  return (
    isPrimaryKeyColumn(table, column.id) ||
    isForeignKeyColumn(table, column.id) ||
    column.unique === true ||
    table.uniques.some((u) => u.columns.includes(column.id))
  );
}

const cache = new WeakMap<Table, Column[]>();

/** The columns a table shows on the canvas and in images: all of them, or its keys when collapsed. Memoized per (immutable) table. */
export function visibleColumns(table: Table): Column[] {
  if (!table.collapsed) return table.columns;
  let columns = cache.get(table);
  if (!columns) {
    columns = table.columns.filter((c) => isKeyColumn(table, c));
    cache.set(table, columns);
  }
  return columns;
}
