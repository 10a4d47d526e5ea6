import type { Id, Index, IndexMethod, Table } from '../../model/types';

/**
 * Everything on a table that the database backs with an index: the primary key, unique
 * constraints, single-column UNIQUE, and declared indexes. Rules reason over these "access
 * paths" because a UNIQUE(order_id, product_id) serves order_id lookups as well as an index does.
 */
export interface AccessPath {
  kind: 'primary-key' | 'unique-constraint' | 'unique-column' | 'index';
  /** The constraint's or index's id; the column id for a unique column; '' for the primary key. */
  id: Id;
  columns: Id[];
  unique: boolean;
  method: IndexMethod;
  where?: string;
  index?: Index;
}

/** Tables are immutable, so their paths are computed once per table object. */
const cache = new WeakMap<Table, AccessPath[]>();

export function accessPaths(table: Table): AccessPath[] {
  const cached = cache.get(table);
  if (cached) return cached;
  const paths: AccessPath[] = [];
  if (table.primaryKey) paths.push({ kind: 'primary-key', id: '', columns: table.primaryKey.columns, unique: true, method: 'btree' });
  for (const u of table.uniques) paths.push({ kind: 'unique-constraint', id: u.id, columns: u.columns, unique: true, method: 'btree' });
  for (const c of table.columns) if (c.unique) paths.push({ kind: 'unique-column', id: c.id, columns: [c.id], unique: true, method: 'btree' });
  for (const x of table.indexes) {
    paths.push({ kind: 'index', id: x.id, columns: x.columns.map((c) => c.columnId), unique: x.unique, method: x.method, ...(x.where ? { where: x.where } : {}), index: x });
  }
  cache.set(table, paths);
  return paths;
}

/** True when the first `wanted.length` columns of `path` are exactly `wanted`, in any order. */
export function leftmostCovers(pathColumns: readonly Id[], wanted: readonly Id[]): boolean {
  if (wanted.length === 0 || pathColumns.length < wanted.length) return false;
  const head = new Set(pathColumns.slice(0, wanted.length));
  return wanted.every((id) => head.has(id));
}

/** A btree path without a WHERE serves any lookup on its leftmost columns. */
export function servesLookups(path: AccessPath): boolean {
  return path.method === 'btree' && !path.where;
}

/** True when some access path's leftmost columns already serve lookups on `columns` in this order. */
export function isServedInOrder(table: Table, columns: readonly Id[]): boolean {
  return accessPaths(table).some((p) => servesLookups(p) && columns.every((id, i) => p.columns[i] === id));
}

/** The label people read for a path: `index idx_x`, `UNIQUE (a, b)`, `PRIMARY KEY (id)`. */
export function describePath(table: Table, path: AccessPath): string {
  const cols = `(${columnNames(table, path.columns)})`;
  switch (path.kind) {
    case 'primary-key':
      return `PRIMARY KEY ${cols}`;
    case 'unique-constraint':
      return `UNIQUE ${cols}`;
    case 'unique-column':
      return `UNIQUE column ${cols}`;
    case 'index':
      return `${path.unique ? 'unique ' : ''}index ${path.index?.name ?? path.id} ${cols}`;
  }
}

export function columnNames(table: Table, ids: readonly Id[]): string {
  return ids.map((id) => table.columns.find((c) => c.id === id)?.name ?? id).join(', ');
}
