import type { Diagram, Id, Table } from '../model/types';
import type { DocumentProblem } from './problems';

/**
 * Checks what a schema cannot: that ids are unique across the diagram and that every reference
 * (key columns, index columns, foreign keys, enum types, group members) points at something that
 * exists. A diagram that passes can be rendered and turned into DDL without lookups failing.
 */
export function checkIntegrity(diagram: Diagram): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const seen = new Map<Id, string>();
  const claim = (id: Id, path: string) => {
    const first = seen.get(id);
    if (first !== undefined) problems.push({ path, message: `duplicate id "${id}" (already used at ${first})` });
    else seen.set(id, path);
  };

  const tablesById = new Map<Id, Table>();
  diagram.tables.forEach((table, t) => {
    const tablePath = `diagram.tables[${t}]`;
    claim(table.id, `${tablePath}.id`);
    tablesById.set(table.id, table);
    table.columns.forEach((column, c) => claim(column.id, `${tablePath}.columns[${c}].id`));
    table.uniques.forEach((u, i) => claim(u.id, `${tablePath}.uniques[${i}].id`));
    table.checks.forEach((k, i) => claim(k.id, `${tablePath}.checks[${i}].id`));
    table.indexes.forEach((x, i) => claim(x.id, `${tablePath}.indexes[${i}].id`));
    table.foreignKeys.forEach((f, i) => claim(f.id, `${tablePath}.foreignKeys[${i}].id`));
  });
  diagram.enums.forEach((e, i) => claim(e.id, `diagram.enums[${i}].id`));
  diagram.notes.forEach((n, i) => claim(n.id, `diagram.notes[${i}].id`));
  diagram.groups.forEach((g, i) => claim(g.id, `diagram.groups[${i}].id`));

  const enumIds = new Set(diagram.enums.map((e) => e.id));

  diagram.tables.forEach((table, t) => {
    const tablePath = `diagram.tables[${t}]`;
    const label = `table "${table.name}"`;
    const columnIds = new Set(table.columns.map((c) => c.id));
    const checkColumns = (ids: readonly Id[], path: string, what: string) => {
      const repeated = new Set<Id>();
      ids.forEach((id, i) => {
        if (!columnIds.has(id)) problems.push({ path: `${path}[${i}]`, message: `${label}: ${what} names column id "${id}", which is not a column of this table` });
        if (repeated.has(id)) problems.push({ path: `${path}[${i}]`, message: `${label}: ${what} lists column id "${id}" twice` });
        repeated.add(id);
      });
    };

    table.columns.forEach((column, c) => {
      if (column.enumId !== undefined && !enumIds.has(column.enumId)) {
        problems.push({ path: `${tablePath}.columns[${c}].enumId`, message: `${label}, column "${column.name}": no enum type has id "${column.enumId}"` });
      }
    });
    if (table.primaryKey) checkColumns(table.primaryKey.columns, `${tablePath}.primaryKey.columns`, 'the primary key');
    table.uniques.forEach((u, i) => checkColumns(u.columns, `${tablePath}.uniques[${i}].columns`, 'a unique constraint'));
    table.indexes.forEach((x, i) =>
      checkColumns(
        x.columns.map((c) => c.columnId),
        `${tablePath}.indexes[${i}].columns`,
        `index "${x.name ?? x.id}"`,
      ),
    );
    table.foreignKeys.forEach((fk, i) => {
      const fkPath = `${tablePath}.foreignKeys[${i}]`;
      const fkLabel = `foreign key "${fk.name ?? fk.id}"`;
      checkColumns(fk.columns, `${fkPath}.columns`, fkLabel);
      const parent = tablesById.get(fk.refTableId);
      if (!parent) {
        problems.push({ path: `${fkPath}.refTableId`, message: `${label}: ${fkLabel} refers to table id "${fk.refTableId}", which is not in the diagram` });
        return;
      }
      const parentColumns = new Set(parent.columns.map((c) => c.id));
      fk.refColumns.forEach((id, k) => {
        if (!parentColumns.has(id)) {
          problems.push({ path: `${fkPath}.refColumns[${k}]`, message: `${label}: ${fkLabel} refers to column id "${id}", which is not a column of table "${parent.name}"` });
        }
      });
      if (fk.columns.length !== fk.refColumns.length) {
        problems.push({ path: fkPath, message: `${label}: ${fkLabel} has ${fk.columns.length} column(s) but refers to ${fk.refColumns.length}` });
      }
    });
  });

  diagram.groups.forEach((group, g) => {
    group.tableIds.forEach((tableId, i) => {
      if (!tablesById.has(tableId)) {
        problems.push({ path: `diagram.groups[${g}].tableIds[${i}]`, message: `group "${group.name}": no table has id "${tableId}"` });
      }
    });
  });

  return problems;
}
