import type { Column, Id, Table } from '../../model/types';
import { fromIndices, fullSet, toIndices, type AttrSet } from './attribute-set';
import type { Fd, Mvd } from './dependency';
import type { NonAtomic, RelationFacts } from './normal-form';

/** A table seen as a relation: column ids by position, and the facts the model and the declarations give. */
export interface TableRelation {
  table: Table;
  columnIds: Id[];
  positionOf: ReadonlyMap<Id, number>;
  facts: RelationFacts;
  /** Declared join dependencies whose components leave out some column: they cannot be checked. */
  incompleteJoinDependencies: Id[];
}

/** Column-id list to attribute set; ids not in the table are ignored (integrity reports them). */
export function attrsOf(relation: Pick<TableRelation, 'positionOf'>, ids: readonly Id[]): AttrSet {
  const positions: number[] = [];
  for (const id of ids) {
    const p = relation.positionOf.get(id);
    if (p !== undefined) positions.push(p);
  }
  return fromIndices(positions);
}

export function idsOf(relation: Pick<TableRelation, 'columnIds'>, set: AttrSet): Id[] {
  return toIndices(set).map((i) => relation.columnIds[i]);
}

/** Every column set the model says is unique: primary key, UNIQUE constraints and columns, unique indexes without WHERE. */
export function keyColumnSets(table: Table): Id[][] {
  const sets: Id[][] = [];
  if (table.primaryKey) sets.push(table.primaryKey.columns);
  for (const u of table.uniques) sets.push(u.columns);
  for (const c of table.columns) if (c.unique) sets.push([c.id]);
  // A partial unique index is unique only among the rows it covers: no dependency for the whole table.
  for (const x of table.indexes) if (x.unique && !x.where) sets.push(x.columns.map((c) => c.columnId));
  return sets;
}

export function isArrayColumn(column: Column): boolean {
  return (column.type.arrayDimensions ?? 0) > 0;
}

export function isJsonColumn(column: Column): boolean {
  return column.type.name === 'json' || column.type.name === 'jsonb';
}

/**
 * Builds the relation for a table. Dependencies come from the keys (each key determines every
 * column) and from the declarations; 1NF problems from array types and declared multivalued
 * columns and repeating groups. Heuristics (names, JSON) are suggestions elsewhere, not facts.
 */
export function tableRelation(table: Table): TableRelation {
  const columnIds = table.columns.map((c) => c.id);
  const positionOf = new Map(columnIds.map((id, i) => [id, i] as const));
  const n = columnIds.length;
  const all = fullSet(n);
  const base = { positionOf };
  const fds: Fd[] = [];
  for (const key of keyColumnSets(table)) {
    const lhs = attrsOf(base, key);
    if (lhs !== 0n) fds.push({ lhs, rhs: all });
  }
  const mvds: Mvd[] = [];
  const declared = table.normalization;
  for (const d of declared?.dependencies ?? []) {
    const lhs = attrsOf(base, d.determinant);
    const rhs = attrsOf(base, d.dependent);
    if (rhs === 0n) continue;
    if (d.kind === 'fd') fds.push({ lhs, rhs });
    else mvds.push({ lhs, rhs });
  }
  const jds: AttrSet[][] = [];
  const incompleteJoinDependencies: Id[] = [];
  for (const jd of declared?.joinDependencies ?? []) {
    const components = jd.components.map((c) => attrsOf(base, c));
    if (components.reduce((u, c) => u | c, 0n) === all) jds.push(components);
    else incompleteJoinDependencies.push(jd.id);
  }
  const nonAtomic: NonAtomic[] = [];
  table.columns.forEach((c, i) => {
    if (isArrayColumn(c)) nonAtomic.push({ kind: 'array-column', attrs: fromIndices([i]) });
  });
  for (const id of declared?.multivaluedColumns ?? []) {
    const attrs = attrsOf(base, [id]);
    if (attrs !== 0n && !nonAtomic.some((x) => x.attrs === attrs)) nonAtomic.push({ kind: 'multivalued-column', attrs });
  }
  for (const group of declared?.repeatingGroups ?? []) {
    const attrs = attrsOf(base, group.columns);
    if (attrs !== 0n) nonAtomic.push({ kind: 'repeating-group', attrs });
  }
  return { table, columnIds, positionOf, facts: { n, fds, mvds, jds, nonAtomic }, incompleteJoinDependencies };
}
