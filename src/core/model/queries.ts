import type { Column, Diagram, EnumType, ForeignKey, Id, Table } from './types';

/** Read-only look-ups over a diagram. Linear scans: diagrams hold thousands of objects, not millions. */

export function findTable(diagram: Diagram, tableId: Id): Table | undefined {
  return diagram.tables.find((t) => t.id === tableId);
}

export function findColumn(table: Table, columnId: Id): Column | undefined {
  return table.columns.find((c) => c.id === columnId);
}

export function findEnum(diagram: Diagram, enumId: Id): EnumType | undefined {
  return diagram.enums.find((e) => e.id === enumId);
}

/** The table holding a column, and the column. */
export function findColumnAnywhere(diagram: Diagram, columnId: Id): { table: Table; column: Column } | undefined {
  for (const table of diagram.tables) {
    const column = findColumn(table, columnId);
    if (column) return { table, column };
  }
  return undefined;
}

export function isPrimaryKeyColumn(table: Table, columnId: Id): boolean {
  return table.primaryKey?.columns.includes(columnId) ?? false;
}

export function isForeignKeyColumn(table: Table, columnId: Id): boolean {
  return table.foreignKeys.some((fk) => fk.columns.includes(columnId));
}

/** The name a person reads: `schema.table` when a schema is set. */
export function qualifiedName(table: Pick<Table, 'name' | 'schema'>): string {
  return table.schema ? `${table.schema}.${table.name}` : table.name;
}

/** True when the set of columns is exactly a key of the table (primary key, a UNIQUE constraint, a unique column, or a unique index without WHERE). */
export function isUniqueColumnSet(table: Table, columnIds: readonly Id[]): boolean {
  const wanted = new Set(columnIds);
  const sameSet = (ids: readonly Id[]) => ids.length === wanted.size && ids.every((id) => wanted.has(id));
  if (table.primaryKey && sameSet(table.primaryKey.columns)) return true;
  if (table.uniques.some((u) => sameSet(u.columns))) return true;
  if (columnIds.length === 1 && table.columns.some((c) => c.id === columnIds[0] && c.unique)) return true;
  return table.indexes.some((i) => i.unique && !i.where && sameSet(i.columns.map((c) => c.columnId)));
}

/** Every foreign key in the diagram with the table that owns it. */
export function allForeignKeys(diagram: Diagram): { table: Table; foreignKey: ForeignKey }[] {
  const result: { table: Table; foreignKey: ForeignKey }[] = [];
  for (const table of diagram.tables) for (const foreignKey of table.foreignKeys) result.push({ table, foreignKey });
  return result;
}
