import { createColumn, createTable } from './factories';
import { carryTableIndex, tableIndexOf } from './table-index';
import { createId } from './ids';
import { findColumnAnywhere, findTable, isPrimaryKeyColumn, isUniqueColumnSet } from './queries';
import type {
  CheckConstraint,
  Column,
  ColumnType,
  Diagram,
  EnumType,
  ForeignKey,
  Group,
  Id,
  Index,
  Note,
  Point,
  Table,
  TableNormalization,
  UniqueConstraint,
} from './types';

/**
 * Pure edits of a diagram. Each returns a new diagram and leaves the input untouched; objects
 * that did not change keep their identity, so React re-renders only what an edit touched.
 * An edit that cannot apply (unknown id) returns the input unchanged.
 */

export type TablePatch = Partial<Pick<Table, 'name' | 'schema' | 'comment' | 'color' | 'collapsed'>>;
export type ColumnPatch = Partial<Omit<Column, 'id'>>;

/** A name not yet used among `taken`: `base`, then `base_2`, `base_3`... */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base}_${i}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

export function mapTable(diagram: Diagram, tableId: Id, update: (table: Table) => Table): Diagram {
  let changed = false;
  const tables = diagram.tables.map((table) => {
    if (table.id !== tableId) return table;
    const next = update(table);
    if (next !== table) changed = true;
    return next;
  });
  return changed ? { ...diagram, tables } : diagram;
}

// ---------------------------------------------------------------- tables

export function addTable(diagram: Diagram, position: Point, name?: string): { diagram: Diagram; tableId: Id } {
  const tableName = uniqueName(name ?? 'new_table', diagram.tables.map((t) => t.name));
  const id = createColumn('id', { name: 'integer' }, { nullable: false, identity: 'by-default' });
  const table: Table = { ...createTable(tableName, position, [id]), primaryKey: { columns: [id.id] } };
  return { diagram: { ...diagram, tables: [...diagram.tables, table] }, tableId: table.id };
}

export function updateTable(diagram: Diagram, tableId: Id, patch: TablePatch): Diagram {
  return mapTable(diagram, tableId, (table) => ({ ...table, ...patch }));
}

export function moveTables(diagram: Diagram, positions: ReadonlyMap<Id, Point>): Diagram {
  if (positions.size === 0) return diagram;
  // A drag calls this on every frame: look the moved tables up by index, copy the array once.
  const index = tableIndexOf(diagram.tables);
  let tables: Table[] | undefined;
  for (const [id, position] of positions) {
    const at = index.get(id);
    if (at === undefined) continue;
    const table = diagram.tables[at];
    if (position.x === table.position.x && position.y === table.position.y) continue;
    tables ??= diagram.tables.slice();
    tables[at] = { ...table, position: { x: position.x, y: position.y } };
  }
  if (!tables) return diagram;
  carryTableIndex(diagram.tables, tables);
  return { ...diagram, tables };
}

/** Deletes tables, every foreign key that refers to them, and their group memberships. */
export function deleteTables(diagram: Diagram, tableIds: readonly Id[]): Diagram {
  const doomed = new Set(tableIds);
  if (!diagram.tables.some((t) => doomed.has(t.id))) return diagram;
  const tables = diagram.tables
    .filter((t) => !doomed.has(t.id))
    .map((t) => (t.foreignKeys.some((fk) => doomed.has(fk.refTableId)) ? { ...t, foreignKeys: t.foreignKeys.filter((fk) => !doomed.has(fk.refTableId)) } : t));
  const groups = diagram.groups.map((g) => (g.tableIds.some((id) => doomed.has(id)) ? { ...g, tableIds: g.tableIds.filter((id) => !doomed.has(id)) } : g));
  // A row estimate for a deleted table would dangle, and restore() rejects dangling ids.
  const workload = diagram.workload && { ...diagram.workload, rowEstimates: Object.fromEntries(Object.entries(diagram.workload.rowEstimates).filter(([id]) => !doomed.has(id))) };
  return { ...diagram, tables, groups, ...(workload ? { workload } : {}) };
}

/** Copies of tables with fresh ids, offset on the canvas. Foreign keys among the copied tables follow the copies; the rest keep their parent. */
export function duplicateTables(diagram: Diagram, tableIds: readonly Id[], offset: Point = { x: 40, y: 40 }): { diagram: Diagram; tableIds: Id[] } {
  const sources = diagram.tables.filter((t) => tableIds.includes(t.id));
  return pasteTables(diagram, { tables: sources, enums: [] }, offset, '_copy');
}

/** What the clipboard holds: tables and the enum types their columns use. */
export interface TableFragment {
  tables: Table[];
  enums: EnumType[];
}

/** The selected tables as a fragment for copy and paste. */
export function copyTables(diagram: Diagram, tableIds: readonly Id[]): TableFragment {
  const tables = diagram.tables.filter((t) => tableIds.includes(t.id));
  const enumIds = new Set(tables.flatMap((t) => t.columns.flatMap((c) => (c.enumId ? [c.enumId] : []))));
  return { tables, enums: diagram.enums.filter((e) => enumIds.has(e.id)) };
}

/**
 * Adds copies of a fragment's tables, with fresh ids for everything, offset on the canvas and
 * renamed where a name is taken (`suffix` marks duplicates). Foreign keys among the copies follow
 * the copies; one to a table outside the fragment stays only if that table is in this diagram.
 * Enum types are reused by name, or added.
 */
export function pasteTables(diagram: Diagram, fragment: TableFragment, offset: Point, suffix = ''): { diagram: Diagram; tableIds: Id[] } {
  const newIds = new Map<Id, Id>();
  for (const table of fragment.tables) {
    newIds.set(table.id, createId('tbl'));
    for (const c of table.columns) newIds.set(c.id, createId('col'));
  }
  let enums = diagram.enums;
  for (const e of fragment.enums) {
    const same = enums.find((x) => x.name === e.name && (x.schema ?? '') === (e.schema ?? ''));
    if (same) newIds.set(e.id, same.id);
    else {
      const id = enums.some((x) => x.id === e.id) ? createId('enm') : e.id;
      newIds.set(e.id, id);
      enums = [...enums, { ...e, id }];
    }
  }
  const remap = (id: Id) => newIds.get(id) ?? id;
  const existing = new Map(diagram.tables.map((t) => [t.id, t]));
  const names = diagram.tables.map((t) => t.name);
  const copies = fragment.tables.map((table): Table => {
    const name = uniqueName(suffix && names.some((n) => n.toLowerCase() === table.name.toLowerCase()) ? `${table.name}${suffix}` : table.name, names);
    names.push(name);
    return {
      ...table,
      id: remap(table.id),
      name,
      position: { x: table.position.x + offset.x, y: table.position.y + offset.y },
      columns: table.columns.map((c) => ({ ...c, id: remap(c.id), ...(c.enumId ? { enumId: remap(c.enumId) } : {}) })),
      primaryKey: table.primaryKey ? { ...table.primaryKey, name: undefined, columns: table.primaryKey.columns.map(remap) } : undefined,
      uniques: table.uniques.map((u) => ({ ...u, id: createId('unq'), name: undefined, columns: u.columns.map(remap) })),
      checks: table.checks.map((k) => ({ ...k, id: createId('chk'), name: undefined })),
      indexes: table.indexes.map((x) => ({
        ...x,
        id: createId('idx'),
        name: undefined,
        columns: x.columns.map((c) => ({ ...c, columnId: remap(c.columnId) })),
        ...(x.include ? { include: x.include.map(remap) } : {}),
      })),
      foreignKeys: table.foreignKeys
        .filter((fk) => newIds.has(fk.refTableId) || fk.refColumns.every((id) => existing.get(fk.refTableId)?.columns.some((c) => c.id === id)))
        .map((fk) => ({
          ...fk,
          id: createId('fk'),
          name: undefined,
          columns: fk.columns.map(remap),
          refTableId: remap(fk.refTableId),
          refColumns: fk.refColumns.map(remap),
        })),
      // Declared dependencies name columns and carry diagram-wide ids: copied as-is they would dangle or clash.
      ...(table.normalization ? { normalization: remapNormalization(table.normalization, remap) } : {}),
    };
  });
  return { diagram: { ...diagram, enums, tables: [...diagram.tables, ...copies] }, tableIds: copies.map((t) => t.id) };
}

function remapNormalization(normalization: TableNormalization, remap: (id: Id) => Id): TableNormalization {
  return {
    ...normalization,
    dependencies: normalization.dependencies.map((d) => ({ ...d, id: createId('dep'), determinant: d.determinant.map(remap), dependent: d.dependent.map(remap) })),
    ...(normalization.joinDependencies ? { joinDependencies: normalization.joinDependencies.map((j) => ({ id: createId('jd'), components: j.components.map((c) => c.map(remap)) })) } : {}),
    ...(normalization.multivaluedColumns ? { multivaluedColumns: normalization.multivaluedColumns.map(remap) } : {}),
    ...(normalization.repeatingGroups ? { repeatingGroups: normalization.repeatingGroups.map((g) => ({ id: createId('rg'), columns: g.columns.map(remap) })) } : {}),
  };
}

/**
 * Declared dependencies without a deleted column. Only an FD's right side shrinks soundly
 * (X -> YA still gives X -> Y); an FD whose left side loses the column, and MVDs and join
 * dependencies that mention it, would claim something never declared, so they are dropped.
 */
/** An index without one column, as a key column or an INCLUDE column (an emptied INCLUDE is dropped). */
function indexWithoutColumn(index: Index, columnId: Id): Index {
  const columns = index.columns.filter((c) => c.columnId !== columnId);
  if (!index.include?.includes(columnId)) return { ...index, columns };
  const { include, ...rest } = index;
  const kept = include.filter((id) => id !== columnId);
  return kept.length > 0 ? { ...rest, columns, include: kept } : { ...rest, columns };
}

function normalizationWithoutColumn(normalization: TableNormalization, columnId: Id): TableNormalization {
  const mentions = (ids: readonly Id[]) => ids.includes(columnId);
  return {
    ...normalization,
    dependencies: normalization.dependencies
      .filter((d) => !mentions(d.determinant) && !(d.kind === 'mvd' && mentions(d.dependent)))
      .map((d) => (mentions(d.dependent) ? { ...d, dependent: d.dependent.filter((id) => id !== columnId) } : d))
      .filter((d) => d.dependent.length > 0),
    ...(normalization.joinDependencies ? { joinDependencies: normalization.joinDependencies.filter((j) => !j.components.some(mentions)) } : {}),
    ...(normalization.multivaluedColumns ? { multivaluedColumns: normalization.multivaluedColumns.filter((id) => id !== columnId) } : {}),
    ...(normalization.repeatingGroups
      ? { repeatingGroups: normalization.repeatingGroups.map((g) => ({ ...g, columns: g.columns.filter((id) => id !== columnId) })).filter((g) => g.columns.length >= 2) }
      : {}),
  };
}

// ---------------------------------------------------------------- columns

export function addColumn(diagram: Diagram, tableId: Id, name?: string, type: ColumnType = { name: 'varchar', length: 255 }): { diagram: Diagram; columnId: Id } {
  const table = findTable(diagram, tableId);
  if (!table) return { diagram, columnId: '' };
  const column = createColumn(uniqueName(name ?? 'new_column', table.columns.map((c) => c.name)), type, { nullable: true });
  return { diagram: mapTable(diagram, tableId, (t) => ({ ...t, columns: [...t.columns, column] })), columnId: column.id };
}

export function updateColumn(diagram: Diagram, tableId: Id, columnId: Id, patch: ColumnPatch): Diagram {
  return mapTable(diagram, tableId, (table) => {
    const index = table.columns.findIndex((c) => c.id === columnId);
    if (index < 0) return table;
    const current = table.columns[index];
    let next: Column = { ...current, ...patch };
    // Primary-key columns are NOT NULL in every dialect; the model never says otherwise.
    if (isPrimaryKeyColumn(table, columnId)) next = { ...next, nullable: false };
    if (next.type.name !== 'enum' && next.enumId !== undefined) next = { ...next, enumId: undefined };
    const columns = [...table.columns];
    columns[index] = next;
    return { ...table, columns };
  });
}

export function moveColumn(diagram: Diagram, tableId: Id, columnId: Id, toIndex: number): Diagram {
  return mapTable(diagram, tableId, (table) => {
    const from = table.columns.findIndex((c) => c.id === columnId);
    const to = Math.max(0, Math.min(table.columns.length - 1, toIndex));
    if (from < 0 || from === to) return table;
    const columns = [...table.columns];
    const [column] = columns.splice(from, 1);
    columns.splice(to, 0, column);
    return { ...table, columns };
  });
}

/**
 * Deletes a column and whatever cannot exist without it: it leaves the primary key, composite
 * constraints and indexes lose it (and vanish when empty), and foreign keys using it, in this
 * table or pointing at it from others, are dropped.
 */
export function deleteColumn(diagram: Diagram, tableId: Id, columnId: Id): Diagram {
  const owner = findTable(diagram, tableId);
  if (!owner || !owner.columns.some((c) => c.id === columnId)) return diagram;
  const tables = diagram.tables.map((table) => {
    if (table.id === tableId) {
      const pkColumns = table.primaryKey?.columns.filter((id) => id !== columnId) ?? [];
      return {
        ...table,
        columns: table.columns.filter((c) => c.id !== columnId),
        primaryKey: pkColumns.length > 0 ? { ...table.primaryKey, columns: pkColumns } : undefined,
        uniques: table.uniques.map((u) => ({ ...u, columns: u.columns.filter((id) => id !== columnId) })).filter((u) => u.columns.length > 0),
        indexes: table.indexes.map((x) => indexWithoutColumn(x, columnId)).filter((x) => x.columns.length > 0),
        foreignKeys: table.foreignKeys.filter((fk) => !fk.columns.includes(columnId) && !(fk.refTableId === tableId && fk.refColumns.includes(columnId))),
        ...(table.normalization ? { normalization: normalizationWithoutColumn(table.normalization, columnId) } : {}),
      };
    }
    if (table.foreignKeys.some((fk) => fk.refTableId === tableId && fk.refColumns.includes(columnId))) {
      return { ...table, foreignKeys: table.foreignKeys.filter((fk) => !(fk.refTableId === tableId && fk.refColumns.includes(columnId))) };
    }
    return table;
  });
  return { ...diagram, tables };
}

/** Makes the column part of the primary key, or takes it out. Key columns become NOT NULL. */
export function togglePrimaryKeyColumn(diagram: Diagram, tableId: Id, columnId: Id): Diagram {
  return mapTable(diagram, tableId, (table) => {
    if (!table.columns.some((c) => c.id === columnId)) return table;
    const current = table.primaryKey?.columns ?? [];
    const columns = current.includes(columnId) ? current.filter((id) => id !== columnId) : [...current, columnId];
    return {
      ...table,
      primaryKey: columns.length > 0 ? { ...table.primaryKey, columns } : undefined,
      columns: table.columns.map((c) => (columns.includes(c.id) && c.nullable ? { ...c, nullable: false } : c)),
    };
  });
}

export function setPrimaryKey(diagram: Diagram, tableId: Id, columnIds: readonly Id[], name?: string): Diagram {
  return mapTable(diagram, tableId, (table) => ({
    ...table,
    primaryKey: columnIds.length > 0 ? { name, columns: [...columnIds] } : undefined,
    columns: table.columns.map((c) => (columnIds.includes(c.id) && c.nullable ? { ...c, nullable: false } : c)),
  }));
}

// ---------------------------------------------------------------- constraints and indexes

export function addUnique(diagram: Diagram, tableId: Id, columnIds: readonly Id[], name?: string): Diagram {
  const unique: UniqueConstraint = { id: createId('unq'), name, columns: [...columnIds] };
  return mapTable(diagram, tableId, (t) => ({ ...t, uniques: [...t.uniques, unique] }));
}

export function updateUnique(diagram: Diagram, tableId: Id, uniqueId: Id, patch: Partial<Omit<UniqueConstraint, 'id'>>): Diagram {
  return mapTable(diagram, tableId, (t) => ({ ...t, uniques: t.uniques.map((u) => (u.id === uniqueId ? { ...u, ...patch } : u)) }));
}

export function deleteUnique(diagram: Diagram, tableId: Id, uniqueId: Id): Diagram {
  return mapTable(diagram, tableId, (t) => ({ ...t, uniques: t.uniques.filter((u) => u.id !== uniqueId) }));
}

export function addCheck(diagram: Diagram, tableId: Id, expression: string, name?: string): Diagram {
  const check: CheckConstraint = { id: createId('chk'), name, expression };
  return mapTable(diagram, tableId, (t) => ({ ...t, checks: [...t.checks, check] }));
}

export function updateCheck(diagram: Diagram, tableId: Id, checkId: Id, patch: Partial<Omit<CheckConstraint, 'id'>>): Diagram {
  return mapTable(diagram, tableId, (t) => ({ ...t, checks: t.checks.map((k) => (k.id === checkId ? { ...k, ...patch } : k)) }));
}

export function deleteCheck(diagram: Diagram, tableId: Id, checkId: Id): Diagram {
  return mapTable(diagram, tableId, (t) => ({ ...t, checks: t.checks.filter((k) => k.id !== checkId) }));
}

export function addIndex(diagram: Diagram, tableId: Id, index: Omit<Index, 'id'>): { diagram: Diagram; indexId: Id } {
  const created: Index = { ...index, id: createId('idx') };
  return { diagram: mapTable(diagram, tableId, (t) => ({ ...t, indexes: [...t.indexes, created] })), indexId: created.id };
}

export function updateIndex(diagram: Diagram, tableId: Id, indexId: Id, patch: Partial<Omit<Index, 'id'>>): Diagram {
  return mapTable(diagram, tableId, (t) => ({ ...t, indexes: t.indexes.map((x) => (x.id === indexId ? { ...x, ...patch } : x)) }));
}

export function deleteIndex(diagram: Diagram, tableId: Id, indexId: Id): Diagram {
  return mapTable(diagram, tableId, (t) => ({ ...t, indexes: t.indexes.filter((x) => x.id !== indexId) }));
}

// ---------------------------------------------------------------- foreign keys

export function addForeignKey(diagram: Diagram, childTableId: Id, foreignKey: Omit<ForeignKey, 'id'>): { diagram: Diagram; foreignKeyId: Id } {
  const created: ForeignKey = { ...foreignKey, id: createId('fk') };
  return { diagram: mapTable(diagram, childTableId, (t) => ({ ...t, foreignKeys: [...t.foreignKeys, created] })), foreignKeyId: created.id };
}

export function updateForeignKey(diagram: Diagram, childTableId: Id, foreignKeyId: Id, patch: Partial<Omit<ForeignKey, 'id'>>): Diagram {
  return mapTable(diagram, childTableId, (t) => ({ ...t, foreignKeys: t.foreignKeys.map((fk) => (fk.id === foreignKeyId ? { ...fk, ...patch } : fk)) }));
}

/** Deletes foreign keys by id, wherever they are. */
export function deleteForeignKeys(diagram: Diagram, foreignKeyIds: readonly Id[]): Diagram {
  const doomed = new Set(foreignKeyIds);
  let changed = false;
  const tables = diagram.tables.map((t) => {
    if (!t.foreignKeys.some((fk) => doomed.has(fk.id))) return t;
    changed = true;
    return { ...t, foreignKeys: t.foreignKeys.filter((fk) => !doomed.has(fk.id)) };
  });
  return changed ? { ...diagram, tables } : diagram;
}

/** `users` + `id` -> `user_id`: the conventional name of a column referencing another table's key. */
export function referencingColumnName(parentTableName: string, parentColumnName: string): string {
  // categories -> category, addresses -> address, boxes -> box, users -> user; status and address stay.
  const base = parentTableName.replace(/ies$/i, 'y').replace(/(ss|x)es$/i, '$1').replace(/([^su])s$/i, '$1');
  return `${base}_${parentColumnName}`;
}

export type ConnectResult = { ok: true; diagram: Diagram; foreignKeyId: Id } | { ok: false; reason: string };

/**
 * A foreign key from one column to another, as a user draws it on the canvas: from the
 * referencing column to the referenced one. When the user drew it the other way round (from a
 * key to a plain column), the direction is turned so the key is the referenced side.
 */
export function connectColumns(diagram: Diagram, fromColumnId: Id, toColumnId: Id): ConnectResult {
  const from = findColumnAnywhere(diagram, fromColumnId);
  const to = findColumnAnywhere(diagram, toColumnId);
  if (!from || !to) return { ok: false, reason: 'one of the columns no longer exists' };
  if (from.column.id === to.column.id) return { ok: false, reason: 'a column cannot reference itself' };
  let child = from;
  let parent = to;
  const isKey = (side: typeof from) => isUniqueColumnSet(side.table, [side.column.id]);
  if (isKey(from) && !isKey(to)) [child, parent] = [to, from];
  const duplicate = child.table.foreignKeys.some(
    (fk) => fk.refTableId === parent.table.id && fk.columns.length === 1 && fk.columns[0] === child.column.id && fk.refColumns[0] === parent.column.id,
  );
  if (duplicate) return { ok: false, reason: `${child.table.name}.${child.column.name} already references ${parent.table.name}.${parent.column.name}` };
  const { diagram: next, foreignKeyId } = addForeignKey(diagram, child.table.id, {
    columns: [child.column.id],
    refTableId: parent.table.id,
    refColumns: [parent.column.id],
    onDelete: 'no-action',
    onUpdate: 'no-action',
  });
  return { ok: true, diagram: next, foreignKeyId };
}

/**
 * A foreign key from a new column in `childTableId` to `parentColumnId`, as when a user drops a
 * key column onto a table: the new column is named after the parent (`user_id`) and has its type.
 */
export function connectColumnToTable(diagram: Diagram, parentColumnId: Id, childTableId: Id): ConnectResult & { columnId?: Id } {
  const parent = findColumnAnywhere(diagram, parentColumnId);
  const child = findTable(diagram, childTableId);
  if (!parent || !child) return { ok: false, reason: 'the column or the table no longer exists' };
  const name = uniqueName(referencingColumnName(parent.table.name, parent.column.name), child.columns.map((c) => c.name));
  // Same type as the referenced column; identity and default stay behind, they belong to the key.
  const column = createColumn(name, { ...parent.column.type }, {
    nullable: false,
    ...(parent.column.enumId ? { enumId: parent.column.enumId } : {}),
  });
  const withColumn = mapTable(diagram, childTableId, (t) => ({ ...t, columns: [...t.columns, column] }));
  const { diagram: next, foreignKeyId } = addForeignKey(withColumn, childTableId, {
    columns: [column.id],
    refTableId: parent.table.id,
    refColumns: [parent.column.id],
    onDelete: 'no-action',
    onUpdate: 'no-action',
  });
  return { ok: true, diagram: next, foreignKeyId, columnId: column.id };
}

// ---------------------------------------------------------------- enums, notes, groups

export function addEnum(diagram: Diagram, name: string, values: string[]): { diagram: Diagram; enumId: Id } {
  const created: EnumType = { id: createId('enm'), name: uniqueName(name, diagram.enums.map((e) => e.name)), values };
  return { diagram: { ...diagram, enums: [...diagram.enums, created] }, enumId: created.id };
}

export function updateEnum(diagram: Diagram, enumId: Id, patch: Partial<Omit<EnumType, 'id'>>): Diagram {
  return { ...diagram, enums: diagram.enums.map((e) => (e.id === enumId ? { ...e, ...patch } : e)) };
}

/** Deletes an enum type; columns that used it become text so no reference dangles. */
export function deleteEnum(diagram: Diagram, enumId: Id): Diagram {
  return {
    ...diagram,
    enums: diagram.enums.filter((e) => e.id !== enumId),
    tables: diagram.tables.map((t) =>
      t.columns.some((c) => c.enumId === enumId)
        ? { ...t, columns: t.columns.map((c) => (c.enumId === enumId ? { ...c, enumId: undefined, type: { name: 'text' } } : c)) }
        : t,
    ),
  };
}

export function addNote(diagram: Diagram, position: Point, text = ''): { diagram: Diagram; noteId: Id } {
  const note: Note = { id: createId('note'), text, position, width: 220, height: 120 };
  return { diagram: { ...diagram, notes: [...diagram.notes, note] }, noteId: note.id };
}

export function updateNote(diagram: Diagram, noteId: Id, patch: Partial<Omit<Note, 'id'>>): Diagram {
  return { ...diagram, notes: diagram.notes.map((n) => (n.id === noteId ? { ...n, ...patch } : n)) };
}

export function deleteNotes(diagram: Diagram, noteIds: readonly Id[]): Diagram {
  if (noteIds.length === 0) return diagram;
  return { ...diagram, notes: diagram.notes.filter((n) => !noteIds.includes(n.id)) };
}

export function addGroup(diagram: Diagram, name: string, tableIds: readonly Id[], color?: string): { diagram: Diagram; groupId: Id } {
  const group: Group = { id: createId('grp'), name: uniqueName(name, diagram.groups.map((g) => g.name)), color, tableIds: [...tableIds] };
  // A table belongs to one group at a time.
  const groups = diagram.groups.map((g) => ({ ...g, tableIds: g.tableIds.filter((id) => !tableIds.includes(id)) }));
  return { diagram: { ...diagram, groups: [...groups, group] }, groupId: group.id };
}

export function updateGroup(diagram: Diagram, groupId: Id, patch: Partial<Omit<Group, 'id'>>): Diagram {
  return { ...diagram, groups: diagram.groups.map((g) => (g.id === groupId ? { ...g, ...patch } : g)) };
}

export function deleteGroup(diagram: Diagram, groupId: Id): Diagram {
  return { ...diagram, groups: diagram.groups.filter((g) => g.id !== groupId) };
}

export function renameDiagram(diagram: Diagram, name: string): Diagram {
  return name === diagram.name ? diagram : { ...diagram, name };
}
