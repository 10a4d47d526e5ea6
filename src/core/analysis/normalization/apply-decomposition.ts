import { uniqueName } from '../../model/edits';
import { createId } from '../../model/ids';
import type { CheckConstraint, Column, DeclaredDependency, Diagram, ForeignKey, Id, Index, Table, UniqueConstraint } from '../../model/types';
import { isSubset, minus, toIndices, type AttrSet } from './attribute-set';
import { candidateKeys } from './candidate-keys';
import { isLosslessJoin } from './chase';
import { decompose4nf, decomposeBcnf, projectDependencies, synthesize3nf, type Component, type Decomposition } from './decompose';
import { mergeByLhs } from './minimal-cover';
import { dependencyText } from './analyze-table';
import { normalizationWithoutColumn } from './dependency-edits';
import { entityPrefix, plural, singular } from './naming';
import { attrsOf, idsOf, tableRelation } from './table-relation';

/** What "Decompose" aims at. 1NF only moves non-atomic columns out; the others also split on dependencies. */
export type DecompositionTarget = '1NF' | '3NF' | 'BCNF' | '4NF';

export interface PlannedColumn {
  id: Id;
  name: string;
  /** kept: stays in the original table; moved: the original column now lives in a new table; added: a new column (a copied key). */
  origin: 'kept' | 'moved' | 'added';
}

export interface PlannedTable {
  id: Id;
  name: string;
  isNew: boolean;
  columns: PlannedColumn[];
  primaryKey: string[];
  foreignKeys: { columns: string[]; refTable: string; refColumns: string[] }[];
}

export type DecompositionPlan =
  | {
      ok: true;
      target: DecompositionTarget;
      table: Id;
      tableName: string;
      /** The original table first, then the new ones. */
      tables: PlannedTable[];
      /** Dependencies that no single table can enforce any more (BCNF and 4NF may lose some). */
      lostDependencies: string[];
      /** Anything else the user should know: constraints dropped, keys assumed. */
      notes: string[];
      /** The chase's verdict on the dependency split (undefined: too large to decide). */
      lossless: boolean | undefined;
      approximate: boolean;
      /** The diagram after the decomposition: apply it as one undoable step. */
      diagram: Diagram;
    }
  | { ok: false; reason: string };

/** Room between the original table and the new ones on the canvas. */
const COLUMN_GAP = 360;
const ROW_HEIGHT = 28;
const HEADER_HEIGHT = 44;
const TABLE_GAP = 40;

/**
 * Plans the decomposition of one table: first the 1NF step (non-atomic columns and repeating
 * groups move to child tables, one row per value), then the split on dependencies (3NF synthesis,
 * BCNF or 4NF decomposition). The original table keeps its id, name and the key; moved columns
 * keep their ids, so references and history stay intact. Nothing is applied: the caller shows
 * `tables` as a preview and applies `diagram` as one undoable step.
 */
export function planDecomposition(diagram: Diagram, tableId: Id, target: DecompositionTarget): DecompositionPlan {
  const original = diagram.tables.find((t) => t.id === tableId);
  if (!original) return { ok: false, reason: 'the table no longer exists' };
  const notes: string[] = [];
  const first = splitNonAtomic(diagram, original, notes);
  let result = first.diagram;
  let created = first.created;
  let lost: string[] = [];
  let lossless: boolean | undefined = true;
  let approximate = false;
  if (target !== '1NF') {
    const second = splitOnDependencies(result, tableId, target, notes);
    result = second.diagram;
    created = [...created, ...second.created];
    lost = second.lost;
    lossless = second.lossless;
    approximate = second.approximate;
  }
  if (created.length === 0 && result === diagram) return { ok: false, reason: `${original.name} is already in ${target}: there is nothing to split` };
  const after = new Map(result.tables.map((t) => [t.id, t] as const));
  const tables = [tableId, ...created].map((id) => after.get(id)).filter((t): t is Table => t !== undefined);
  return {
    ok: true,
    target,
    table: tableId,
    tableName: original.name,
    tables: tables.map((t) => planned(t, original, after)),
    lostDependencies: lost,
    notes,
    lossless,
    approximate,
    diagram: result,
  };
}

/** Applies a decomposition; returns the diagram unchanged when there is nothing to do. */
export function decomposeTable(diagram: Diagram, tableId: Id, target: DecompositionTarget): Diagram {
  const plan = planDecomposition(diagram, tableId, target);
  return plan.ok ? plan.diagram : diagram;
}

function planned(table: Table, original: Table, tables: ReadonlyMap<Id, Table>): PlannedTable {
  const originalIds = new Set(original.columns.map((c) => c.id));
  const name = (t: Table, ids: readonly Id[]) => ids.map((id) => t.columns.find((c) => c.id === id)?.name ?? id);
  return {
    id: table.id,
    name: table.name,
    isNew: table.id !== original.id,
    columns: table.columns.map((c) => ({ id: c.id, name: c.name, origin: !originalIds.has(c.id) ? 'added' : table.id === original.id ? 'kept' : 'moved' })),
    primaryKey: name(table, table.primaryKey?.columns ?? []),
    foreignKeys: table.foreignKeys.map((fk) => {
      const parent = tables.get(fk.refTableId);
      return { columns: name(table, fk.columns), refTable: parent?.name ?? fk.refTableId, refColumns: parent ? name(parent, fk.refColumns) : fk.refColumns };
    }),
  };
}

function tableHeight(table: Pick<Table, 'columns'>): number {
  return HEADER_HEIGHT + ROW_HEIGHT * table.columns.length;
}

/** Positions to the right of `anchor`, stacked downwards, for `count` new tables. */
function placeBeside(anchor: Table, existing: readonly Table[], heights: readonly number[]): { x: number; y: number }[] {
  const x = anchor.position.x + COLUMN_GAP;
  // Start below whatever already sits in that column next to the anchor (earlier decompositions).
  let y = anchor.position.y;
  for (const t of existing) {
    if (t.id !== anchor.id && Math.abs(t.position.x - x) < COLUMN_GAP / 2 && t.position.y >= anchor.position.y && t.position.y < anchor.position.y + 2000) {
      y = Math.max(y, t.position.y + tableHeight(t) + TABLE_GAP);
    }
  }
  return heights.map((h) => {
    const position = { x, y };
    y += h + TABLE_GAP;
    return position;
  });
}

function addToGroups(diagram: Diagram, besideTableId: Id, newIds: readonly Id[]): Diagram {
  if (newIds.length === 0 || !diagram.groups.some((g) => g.tableIds.includes(besideTableId))) return diagram;
  return { ...diagram, groups: diagram.groups.map((g) => (g.tableIds.includes(besideTableId) ? { ...g, tableIds: [...g.tableIds, ...newIds] } : g)) };
}

function emptyTable(id: Id, name: string, from: Table, columns: Column[]): Table {
  return {
    id,
    name,
    ...(from.schema ? { schema: from.schema } : {}),
    ...(from.color ? { color: from.color } : {}),
    position: { x: 0, y: 0 },
    columns,
    uniques: [],
    checks: [],
    indexes: [],
    foreignKeys: [],
  };
}

/** A column that holds a copy of a key column elsewhere: same type, no identity or default. */
function keyCopy(column: Column, name: string = column.name): Column {
  return { id: createId('col'), name, type: { ...column.type }, nullable: false, ...(column.enumId ? { enumId: column.enumId } : {}) };
}

// ------------------------------------------------------------------ 1NF step

interface StepResult {
  diagram: Diagram;
  created: Id[];
}

/**
 * The key child tables refer to: the primary key, else the first unique constraint, else a
 * column named `id` (made the primary key, and said so), else every remaining column.
 */
function parentKey(table: Table, remaining: readonly Column[], notes: string[]): { key: Id[]; setPrimaryKey: boolean } {
  const left = new Set(remaining.map((c) => c.id));
  const usable = (ids: readonly Id[]) => ids.length > 0 && ids.every((id) => left.has(id));
  if (table.primaryKey && usable(table.primaryKey.columns)) return { key: table.primaryKey.columns, setPrimaryKey: false };
  const unique = table.uniques.find((u) => usable(u.columns));
  if (unique) return { key: unique.columns, setPrimaryKey: false };
  const id = remaining.find((c) => c.name.toLowerCase() === 'id');
  if (id) {
    notes.push(`${table.name} has no primary key; ${id.name} becomes its primary key so the new tables can refer to it.`);
    return { key: [id.id], setPrimaryKey: true };
  }
  notes.push(`${table.name} has neither a primary key nor an id column; the new tables refer to all of its remaining columns.`);
  return { key: remaining.map((c) => c.id), setPrimaryKey: true };
}

function splitNonAtomic(diagram: Diagram, table: Table, notes: string[]): StepResult {
  const relation = tableRelation(table);
  const items = relation.facts.nonAtomic ?? [];
  if (items.length === 0) return { diagram, created: [] };
  const columnById = new Map(table.columns.map((c) => [c.id, c] as const));
  const removed = new Set(items.flatMap((x) => idsOf(relation, x.attrs)));
  const remaining = table.columns.filter((c) => !removed.has(c.id));
  const { key, setPrimaryKey } = parentKey(table, remaining, notes);
  const keyColumns = key.map((id) => columnById.get(id)!);
  const entity = singular(table.name);
  const names = diagram.tables.map((t) => t.name);
  const children: Table[] = [];
  for (const item of items) {
    const columns = idsOf(relation, item.attrs).map((id) => columnById.get(id)!);
    const firstColumn = columns[0];
    const base = item.kind === 'repeating-group' ? firstColumn.name.replace(/_?\d+$/, '') : singular(firstColumn.name);
    const childName = uniqueName(item.kind === 'repeating-group' ? `${entity}_${plural(base)}` : `${entity}_${firstColumn.name}`, names);
    names.push(childName);
    const keyCopies = keyColumns.map((c) => keyCopy(c, c.name.toLowerCase().startsWith(`${entity.toLowerCase()}_`) ? c.name : `${entity}_${c.name}`));
    // The first column of the group moves (keeping its id); the value becomes one row per element.
    const value: Column = { ...firstColumn, name: uniqueName(base, keyCopies.map((c) => c.name)), type: { ...firstColumn.type, arrayDimensions: undefined }, nullable: false, unique: undefined };
    delete value.type.arrayDimensions;
    const child = emptyTable(createId('tbl'), childName, table, [...keyCopies, value]);
    child.primaryKey = { columns: [...keyCopies.map((c) => c.id), value.id] };
    child.foreignKeys = [{ id: createId('fk'), columns: keyCopies.map((c) => c.id), refTableId: table.id, refColumns: key, onDelete: 'cascade', onUpdate: 'no-action' }];
    children.push(child);
    if (columns.length > 1) notes.push(`${columns.map((c) => c.name).join(', ')} become rows of ${childName}.${value.name}.`);
  }
  let normalization = table.normalization;
  for (const id of removed) normalization = normalizationWithoutColumn(normalization, id);
  if (normalization) {
    normalization = { ...normalization };
    delete normalization.multivaluedColumns;
    delete normalization.repeatingGroups;
  }
  const parent: Table = {
    ...table,
    columns: remaining.map((c) => (setPrimaryKey && key.includes(c.id) ? { ...c, nullable: false } : c)),
    ...(setPrimaryKey ? { primaryKey: { columns: key } } : {}),
    uniques: table.uniques.filter((u) => !u.columns.some((id) => removed.has(id))),
    indexes: table.indexes.filter((x) => !x.columns.some((c) => removed.has(c.columnId))),
    foreignKeys: table.foreignKeys.filter((fk) => !fk.columns.some((id) => removed.has(id))),
  };
  if (normalization) parent.normalization = normalization;
  else delete parent.normalization;
  const removedNames = table.columns.filter((c) => removed.has(c.id));
  parent.checks = table.checks.filter((check) => {
    const uses = mentionedColumns(check, removedNames);
    if (uses.length > 0) notes.push(`CHECK (${check.expression}) is dropped: ${uses.map((c) => c.name).join(', ')} no longer ${uses.length === 1 ? 'is a column' : 'are columns'} of ${table.name}.`);
    return uses.length === 0;
  });
  const positions = placeBeside(table, diagram.tables, children.map(tableHeight));
  children.forEach((c, i) => (c.position = positions[i]));
  const tables = diagram.tables.flatMap((t) => (t.id === table.id ? [parent, ...children] : [withoutReferencesTo(t, table, removed, notes)]));
  return { diagram: addToGroups({ ...diagram, tables }, table.id, children.map((c) => c.id)), created: children.map((c) => c.id) };
}

/** Another table's foreign keys to columns that left `parent`: they cannot follow (one value is now many rows), so they go. */
function withoutReferencesTo(other: Table, parent: Table, removed: ReadonlySet<Id>, notes: string[]): Table {
  const dangling = other.foreignKeys.filter((fk) => fk.refTableId === parent.id && fk.refColumns.some((id) => removed.has(id)));
  if (dangling.length === 0) return other;
  notes.push(`The foreign key from ${other.name} to ${parent.name} is dropped: the column it refers to now holds one row per value.`);
  return { ...other, foreignKeys: other.foreignKeys.filter((fk) => !dangling.includes(fk)) };
}

// ------------------------------------------------------------------ 2NF+ step

/** A name for a new table from its key: `department_id` gives `departments`; others join the key's names. */
function tableNameFor(keyColumns: readonly Column[], fromTable: Table): string {
  if (keyColumns.length === 1) {
    const prefix = entityPrefix(keyColumns[0].name);
    return prefix ? plural(prefix) : plural(keyColumns[0].name);
  }
  return `${fromTable.name}_${keyColumns.map((c) => c.name).join('_')}`;
}

function mentionedColumns(check: CheckConstraint, columns: readonly Column[]): Column[] {
  const words = new Set((check.expression.match(/[\p{L}_][\p{L}\p{N}_$]*/gu) ?? []).map((w) => w.toLowerCase()));
  return columns.filter((c) => words.has(c.name.toLowerCase()));
}

function splitOnDependencies(diagram: Diagram, tableId: Id, target: Exclude<DecompositionTarget, '1NF'>, notes: string[]): StepResult & { lost: string[]; lossless: boolean | undefined; approximate: boolean } {
  const table = diagram.tables.find((t) => t.id === tableId)!;
  const relation = tableRelation(table);
  const { n, fds } = relation.facts;
  const mvds = relation.facts.mvds ?? [];
  const decomposition: Decomposition = target === '3NF' ? synthesize3nf(n, fds) : target === 'BCNF' ? decomposeBcnf(n, fds) : decompose4nf(n, fds, mvds);
  const lost = decomposition.lost.map((fd) => dependencyText(table, 'fd', idsOf(relation, fd.lhs), idsOf(relation, fd.rhs)));
  if (decomposition.components.length <= 1) return { diagram, created: [], lost, lossless: true, approximate: decomposition.approximate };
  const lossless = isLosslessJoin(n, decomposition.components.map((c) => c.attrs), fds, target === '4NF' ? mvds : []);
  if (decomposition.approximate) notes.push(`${table.name} is wide; the BCNF search checked the declared dependencies' left sides only and may have missed a hidden violation.`);

  const components = decomposition.components;
  const pk = table.primaryKey ? attrsOf(relation, table.primaryKey.columns) : undefined;
  const keys = candidateKeys(n, fds).keys;
  let mainIndex = pk !== undefined ? components.findIndex((c) => isSubset(pk, c.attrs)) : -1;
  if (mainIndex < 0) mainIndex = components.findIndex((c) => keys.some((k) => isSubset(k, c.attrs)));
  if (mainIndex < 0) mainIndex = 0;

  // Each original column lives in one table (the main one when it is there); other tables get copies.
  const owner = new Map<number, number>();
  for (let a = 0; a < n; a++) {
    const holders = components.map((c, i) => (isSubset(1n << BigInt(a), c.attrs) ? i : -1)).filter((i) => i >= 0);
    owner.set(a, holders.includes(mainIndex) ? mainIndex : holders[0]);
  }
  const idMaps = components.map((c, i) => {
    const map = new Map<Id, Id>();
    for (const a of toIndices(c.attrs)) {
      const id = relation.columnIds[a];
      map.set(id, owner.get(a) === i ? id : createId('col'));
    }
    return map;
  });
  const names = diagram.tables.filter((t) => t.id !== tableId).map((t) => t.name);
  names.push(table.name);
  const tableIds = components.map((_, i) => (i === mainIndex ? table.id : createId('tbl')));
  const built: Table[] = components.map((c, i) => buildComponentTable(table, relation.columnIds, c, i === mainIndex, idMaps[i], tableIds[i], names));

  addComponentForeignKeys(built, components, idMaps, relation.columnIds, mainIndex);
  distributeConstraints(table, built, idMaps, mainIndex, notes);
  distributeDeclarations(table, built, components, idMaps, mainIndex, notes);

  const main = built[mainIndex];
  const others = built.filter((_, i) => i !== mainIndex);
  const positions = placeBeside(table, diagram.tables, others.map(tableHeight));
  others.forEach((t, i) => (t.position = positions[i]));
  main.position = table.position;

  const tables = diagram.tables.flatMap((t) => (t.id === tableId ? [main, ...others] : [retargetIncoming(t, table, built, idMaps, notes)]));
  return {
    diagram: addToGroups({ ...diagram, tables }, tableId, others.map((t) => t.id)),
    created: others.map((t) => t.id),
    lost,
    lossless,
    approximate: decomposition.approximate,
  };
}

function buildComponentTable(table: Table, columnIds: readonly Id[], component: Component, isMain: boolean, idMap: Map<Id, Id>, id: Id, names: string[]): Table {
  const keyIds = new Set(toIndices(component.key).map((a) => columnIds[a]));
  const columns = table.columns
    .filter((c) => idMap.has(c.id))
    .map((c): Column => {
      const newId = idMap.get(c.id)!;
      if (newId === c.id) return keyIds.has(c.id) && c.nullable ? { ...c, nullable: false } : c;
      return { ...keyCopy(c), id: newId };
    });
  const pkInside = table.primaryKey && table.primaryKey.columns.every((c) => idMap.has(c));
  if (isMain) {
    const result: Table = { ...table, columns, uniques: [], checks: [], indexes: [], foreignKeys: [] };
    result.primaryKey = pkInside ? { ...table.primaryKey!, columns: table.primaryKey!.columns.map((c) => idMap.get(c)!) } : { columns: [...keyIds].map((c) => idMap.get(c)!) };
    delete result.normalization;
    return result;
  }
  const keyColumns = table.columns.filter((c) => keyIds.has(c.id));
  const name = uniqueName(tableNameFor(keyColumns, table), names);
  names.push(name);
  const result = emptyTable(id, name, table, columns);
  result.primaryKey = { columns: keyColumns.map((c) => idMap.get(c.id)!) };
  return result;
}

/** A foreign key from each table holding another table's key to that table: the join path back. */
function addComponentForeignKeys(built: Table[], components: readonly Component[], idMaps: readonly Map<Id, Id>[], columnIds: readonly Id[], mainIndex: number): void {
  components.forEach((child, i) => {
    components.forEach((parent, j) => {
      if (i === j || !isSubset(parent.key, child.attrs)) return;
      // Two tables with the same key would refer to each other; only the main one refers out.
      if (parent.key === child.key && i !== mainIndex) return;
      if (isSubset(child.attrs, parent.attrs)) return;
      const keyIds = toIndices(parent.key).map((a) => columnIds[a]);
      built[i].foreignKeys.push({
        id: createId('fk'),
        columns: keyIds.map((id) => idMaps[i].get(id)!),
        refTableId: built[j].id,
        refColumns: keyIds.map((id) => idMaps[j].get(id)!),
        onDelete: 'no-action',
        onUpdate: 'no-action',
      });
    });
  });
}

/** The component (main first) holding all of `ids`, with the ids as they are there. */
function holder(ids: readonly Id[], idMaps: readonly Map<Id, Id>[], mainIndex: number): { index: number; ids: Id[] } | undefined {
  const order = [mainIndex, ...idMaps.map((_, i) => i).filter((i) => i !== mainIndex)];
  for (const i of order) if (ids.every((id) => idMaps[i].has(id))) return { index: i, ids: ids.map((id) => idMaps[i].get(id)!) };
  return undefined;
}

/** Foreign keys, UNIQUE constraints, indexes and checks go to the table that holds their columns. */
function distributeConstraints(table: Table, built: Table[], idMaps: readonly Map<Id, Id>[], mainIndex: number, notes: string[]): void {
  const nameOf = (ids: readonly Id[]) => ids.map((id) => table.columns.find((c) => c.id === id)?.name ?? id).join(', ');
  for (const fk of table.foreignKeys) {
    const h = holder(fk.columns, idMaps, mainIndex);
    if (!h) {
      notes.push(`The foreign key on ${nameOf(fk.columns)} is dropped: its columns end up in different tables.`);
      continue;
    }
    let refTableId = fk.refTableId;
    let refColumns = fk.refColumns;
    if (fk.refTableId === table.id) {
      const target = holder(fk.refColumns, idMaps, mainIndex);
      if (!target) {
        notes.push(`The self-reference on ${nameOf(fk.columns)} is dropped: the referenced columns end up in different tables.`);
        continue;
      }
      refTableId = built[target.index].id;
      refColumns = target.ids;
    }
    const moved: ForeignKey = { ...fk, columns: h.ids, refTableId, refColumns };
    // The split may already have added the same reference between the new tables.
    const duplicate = built[h.index].foreignKeys.some((f) => f.refTableId === moved.refTableId && f.columns.join() === moved.columns.join() && f.refColumns.join() === moved.refColumns.join());
    if (duplicate) built[h.index].foreignKeys = built[h.index].foreignKeys.map((f) => (f.refTableId === moved.refTableId && f.columns.join() === moved.columns.join() ? moved : f));
    else built[h.index].foreignKeys.push(moved);
  }
  for (const u of table.uniques) {
    const h = holder(u.columns, idMaps, mainIndex);
    if (h) built[h.index].uniques.push(h.index === mainIndex ? u : ({ ...u, id: createId('unq'), columns: h.ids } satisfies UniqueConstraint));
    else notes.push(`UNIQUE (${nameOf(u.columns)}) is dropped: its columns end up in different tables.`);
  }
  for (const x of table.indexes) {
    const ids = x.columns.map((c) => c.columnId);
    const h = holder(ids, idMaps, mainIndex);
    if (h) built[h.index].indexes.push(h.index === mainIndex ? x : ({ ...x, id: createId('idx'), columns: x.columns.map((c, k) => ({ ...c, columnId: h.ids[k] })) } satisfies Index));
    else notes.push(`Index ${x.name ?? `on (${nameOf(ids)})`} is dropped: its columns end up in different tables.`);
  }
  for (const check of table.checks) {
    const mentioned = mentionedColumns(check, table.columns).map((c) => c.id);
    const h = holder(mentioned, idMaps, mainIndex);
    if (h) built[h.index].checks.push(h.index === mainIndex ? check : { ...check, id: createId('chk') });
    else notes.push(`CHECK (${check.expression}) is dropped: the columns it uses end up in different tables.`);
  }
}

/**
 * Each new table declares the dependencies that hold in it (the projection of the original
 * ones), except those its primary key already implies: a key of the table that is not its
 * primary key, for one, must stay declared or the table would look less normal than it is.
 * Unchanged declarations keep their ids.
 */
function distributeDeclarations(table: Table, built: Table[], components: readonly Component[], idMaps: readonly Map<Id, Id>[], mainIndex: number, notes: string[]): void {
  const relation = tableRelation(table);
  const declared = table.normalization;
  const { fds } = relation.facts;
  const mvds = relation.facts.mvds ?? [];
  built.forEach((t, i) => {
    const component = components[i];
    const toIds = (set: AttrSet) => idsOf(relation, set).map((id) => idMaps[i].get(id)!);
    const pk = t.primaryKey?.columns ?? [];
    const dependencies: DeclaredDependency[] = [];
    for (const fd of mergeByLhs(projectDependencies(component.attrs, fds))) {
      const determinant = toIds(fd.lhs);
      if (pk.every((k) => determinant.includes(k))) continue;
      const dependent = toIds(fd.rhs);
      const same = i === mainIndex ? declared?.dependencies.find((d) => d.kind === 'fd' && sameIds(d.determinant, determinant) && sameIds(d.dependent, dependent)) : undefined;
      dependencies.push(same ?? { id: createId('fd'), kind: 'fd', determinant, dependent });
    }
    for (const mvd of mvds) {
      if (!isSubset(mvd.lhs, component.attrs)) continue;
      const y = minus(mvd.rhs & component.attrs, mvd.lhs);
      if (y === 0n || (mvd.lhs | y) === component.attrs) continue;
      dependencies.push({ id: createId('mvd'), kind: 'mvd', determinant: toIds(mvd.lhs), dependent: toIds(y) });
    }
    const dismissed = i === mainIndex ? declared?.dismissedSuggestions : undefined;
    if (dependencies.length === 0 && !dismissed) return;
    t.normalization = { dependencies, ...(dismissed ? { dismissedSuggestions: dismissed } : {}) };
  });
  if ((declared?.joinDependencies ?? []).length > 0) notes.push('Declared join dependencies of the original table are dropped: they named columns that are now in different tables.');
}

const sameIds = (a: readonly Id[], b: readonly Id[]) => a.length === b.length && a.every((id) => b.includes(id));

/** Foreign keys of other tables that referred to moved columns follow them to their new table. */
function retargetIncoming(other: Table, original: Table, built: readonly Table[], idMaps: readonly Map<Id, Id>[], notes: string[]): Table {
  if (!other.foreignKeys.some((fk) => fk.refTableId === original.id)) return other;
  const foreignKeys: ForeignKey[] = [];
  for (const fk of other.foreignKeys) {
    if (fk.refTableId !== original.id) {
      foreignKeys.push(fk);
      continue;
    }
    // Original column ids stay with exactly one table (their owner): find the one holding them all.
    const ownerIndex = idMaps.findIndex((map) => fk.refColumns.every((id) => map.get(id) === id));
    if (ownerIndex < 0) {
      notes.push(`The foreign key from ${other.name} to ${original.name} is dropped: the columns it refers to end up in different tables.`);
      continue;
    }
    foreignKeys.push({ ...fk, refTableId: built[ownerIndex].id });
  }
  return { ...other, foreignKeys };
}
