import type { Column, ColumnType, Diagram, Index, Table } from '../../src/core/index';

/** Terse builders for index-advisor tests: ids are `<table>.<column>`, so assertions read like SQL. */
export function col(table: string, name: string, type: ColumnType | string = 'integer', extra: Partial<Column> = {}): Column {
  return { id: `${table}.${name}`, name, type: typeof type === 'string' ? { name: type } : type, nullable: false, ...extra };
}

export function tbl(name: string, columns: (string | [string, ColumnType | string, Partial<Column>?])[], extra: Partial<Table> = {}): Table {
  const cols = columns.map((c) => (typeof c === 'string' ? col(name, c) : col(name, c[0], c[1], c[2])));
  return { id: name, name, position: { x: 0, y: 0 }, columns: cols, primaryKey: { columns: [`${name}.id`] }, uniques: [], checks: [], indexes: [], foreignKeys: [], ...extra };
}

export function idx(table: string, columns: string[], extra: Partial<Index> = {}): Index {
  return { id: `idx:${table}:${columns.join(',')}${extra.where ? ':p' : ''}${extra.unique ? ':u' : ''}${extra.name ?? ''}`, columns: columns.map((c) => ({ columnId: `${table}.${c}`, order: 'asc' })), unique: false, method: 'btree', ...extra };
}

export function fk(table: string, columns: string[], parent: string, refColumns = ['id']) {
  return { id: `fk:${table}:${columns.join(',')}`, columns: columns.map((c) => `${table}.${c}`), refTableId: parent, refColumns: refColumns.map((c) => `${parent}.${c}`), onDelete: 'no-action' as const, onUpdate: 'no-action' as const };
}

export function diagram(tables: Table[], extra: Partial<Diagram> = {}): Diagram {
  return { id: 'd', name: 'd', tables, enums: [], notes: [], groups: [], ...extra };
}
