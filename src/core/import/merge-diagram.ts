import { tableSize } from '../layout/table-size';
import type { Column, Diagram, EnumType, ForeignKey, Id, Table } from '../model/types';

/**
 * Merges an imported diagram into the open one, as data: the caller applies the result as one
 * undoable step, and shows `conflicts` before the user confirms.
 *
 * Tables and enums are matched by schema and name (without case). For a table in both:
 * - 'keep': the open diagram's table stays; imported foreign keys to it are re-pointed at it by
 *   column name;
 * - 'replace': the imported definition replaces it, keeping the open table's id, position,
 *   colour and the ids of same-named columns, so relationships drawn to it survive.
 * Foreign keys that lose a column on the way are dropped and reported. New tables are placed to
 * the right of the open diagram, in the imported layout.
 */
export type MergePolicy = 'keep' | 'replace';

export interface MergeConflict {
  kind: 'table' | 'enum' | 'foreign-key';
  name: string;
  message: string;
}

export interface MergeResult {
  diagram: Diagram;
  conflicts: MergeConflict[];
  added: number;
  replaced: number;
}

const GAP = 200;

export function mergeDiagrams(current: Diagram, imported: Diagram, policy: MergePolicy): MergeResult {
  const conflicts: MergeConflict[] = [];
  const keyOf = (x: { schema?: string; name: string }) => `${(x.schema ?? '').toLowerCase()}\u0000${x.name.toLowerCase()}`;

  // Enums: same name -> one type; the imported columns draw from the surviving one.
  const enumByKey = new Map(current.enums.map((e) => [keyOf(e), e]));
  const enumIdMap = new Map<Id, Id>();
  const enums: EnumType[] = [...current.enums];
  for (const e of imported.enums) {
    const existing = enumByKey.get(keyOf(e));
    if (!existing) {
      enums.push(e);
      continue;
    }
    enumIdMap.set(e.id, existing.id);
    if (existing.values.join('\u0000') !== e.values.join('\u0000')) {
      conflicts.push({ kind: 'enum', name: e.name, message: policy === 'replace' ? `enum ${e.name}: values replaced (${existing.values.join(', ')} -> ${e.values.join(', ')})` : `enum ${e.name}: kept the open diagram's values (${existing.values.join(', ')})` });
      if (policy === 'replace') enums[enums.indexOf(existing)] = { ...existing, values: e.values };
    }
  }

  const currentByKey = new Map(current.tables.map((t) => [keyOf(t), t]));
  const tableIdMap = new Map<Id, Id>();
  const columnIdMap = new Map<Id, Id>();
  const replacements = new Map<Id, Table>();
  const added: Table[] = [];
  const offsetX = current.tables.length === 0 ? 0 : Math.max(...current.tables.map((t) => t.position.x + tableSize(t).width)) + GAP;
  const minX = imported.tables.length === 0 ? 0 : Math.min(...imported.tables.map((t) => t.position.x));
  const minY = imported.tables.length === 0 ? 0 : Math.min(...imported.tables.map((t) => t.position.y));
  const topY = current.tables.length === 0 ? 0 : Math.min(...current.tables.map((t) => t.position.y));

  for (const table of imported.tables) {
    const existing = currentByKey.get(keyOf(table));
    if (!existing) {
      added.push({ ...table, position: { x: table.position.x - minX + offsetX, y: table.position.y - minY + topY } });
      continue;
    }
    tableIdMap.set(table.id, existing.id);
    const same = sameShape(existing, table);
    if (policy === 'keep') {
      for (const c of table.columns) {
        const match = existing.columns.find((x) => x.name.toLowerCase() === c.name.toLowerCase());
        if (match) columnIdMap.set(c.id, match.id);
      }
      if (!same) conflicts.push({ kind: 'table', name: table.name, message: `table ${table.name}: kept the open diagram's definition; the imported one differs` });
    } else {
      const columns: Column[] = table.columns.map((c) => {
        const match = existing.columns.find((x) => x.name.toLowerCase() === c.name.toLowerCase());
        if (match) columnIdMap.set(c.id, match.id);
        return match ? { ...c, id: match.id } : c;
      });
      replacements.set(existing.id, { ...table, id: existing.id, position: existing.position, ...(existing.color !== undefined ? { color: existing.color } : {}), columns });
      if (!same) conflicts.push({ kind: 'table', name: table.name, message: `table ${table.name}: replaced by the imported definition` });
    }
  }

  const remapTable = (t: Table): Table => remapIds(t, columnIdMap, tableIdMap, enumIdMap);
  let tables: Table[] = [...current.tables.map((t) => (replacements.has(t.id) ? remapTable(replacements.get(t.id) as Table) : t)), ...added.map(remapTable)];

  // Drop foreign keys whose columns no longer exist (a replaced table lost a referenced column).
  const columnsOf = new Map(tables.map((t) => [t.id, new Set(t.columns.map((c) => c.id))]));
  tables = tables.map((t) => {
    const kept: ForeignKey[] = [];
    for (const fk of t.foreignKeys) {
      const own = columnsOf.get(t.id);
      const parent = columnsOf.get(fk.refTableId);
      if (own && parent && fk.columns.every((c) => own.has(c)) && fk.refColumns.every((c) => parent.has(c))) kept.push(fk);
      else conflicts.push({ kind: 'foreign-key', name: fk.name ?? fk.id, message: `table ${t.name}: foreign key ${fk.name ?? ''} dropped, a column it uses is gone after the merge`.replace('  ', ' ') });
    }
    return kept.length === t.foreignKeys.length ? t : { ...t, foreignKeys: kept };
  });

  return { diagram: { ...current, tables, enums }, conflicts, added: added.length, replaced: replacements.size };
}

function remapIds(t: Table, columns: Map<Id, Id>, tables: Map<Id, Id>, enums: Map<Id, Id>): Table {
  const col = (id: Id) => columns.get(id) ?? id;
  return {
    ...t,
    columns: t.columns.map((c) => (c.enumId !== undefined && enums.has(c.enumId) ? { ...c, enumId: enums.get(c.enumId) } : c)),
    ...(t.primaryKey ? { primaryKey: { ...t.primaryKey, columns: t.primaryKey.columns.map(col) } } : {}),
    uniques: t.uniques.map((u) => ({ ...u, columns: u.columns.map(col) })),
    indexes: t.indexes.map((x) => ({ ...x, columns: x.columns.map((c) => ({ ...c, columnId: col(c.columnId) })) })),
    foreignKeys: t.foreignKeys.map((fk) => ({ ...fk, columns: fk.columns.map(col), refTableId: tables.get(fk.refTableId) ?? fk.refTableId, refColumns: fk.refColumns.map(col) })),
  };
}

/** Same columns (name, type, nullability) and key: a conflict worth mentioning otherwise. */
function sameShape(a: Table, b: Table): boolean {
  const shape = (t: Table) => t.columns.map((c) => `${c.name.toLowerCase()} ${c.type.name} ${c.type.length ?? ''} ${c.type.precision ?? ''} ${c.nullable}`).join('|');
  return shape(a) === shape(b);
}
