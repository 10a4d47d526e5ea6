import type { Diagram, Id, Table, TableNormalization } from '../model/types';
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
    table.normalization?.dependencies.forEach((d, i) => claim(d.id, `${tablePath}.normalization.dependencies[${i}].id`));
    table.normalization?.joinDependencies?.forEach((j, i) => claim(j.id, `${tablePath}.normalization.joinDependencies[${i}].id`));
    table.normalization?.repeatingGroups?.forEach((g, i) => claim(g.id, `${tablePath}.normalization.repeatingGroups[${i}].id`));
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
    table.indexes.forEach((x, i) => {
      const what = `index "${x.name ?? x.id}"`;
      const keys = x.columns.map((c) => c.columnId);
      checkColumns(keys, `${tablePath}.indexes[${i}].columns`, what);
      if (!x.include) return;
      checkColumns(x.include, `${tablePath}.indexes[${i}].include`, `${what} (INCLUDE)`);
      x.include.forEach((id, k) => {
        if (keys.includes(id)) problems.push({ path: `${tablePath}.indexes[${i}].include[${k}]`, message: `${label}: ${what} includes column id "${id}", which is already a key column of the index` });
      });
    });
    if (table.normalization) checkNormalization(table.normalization, `${tablePath}.normalization`, checkColumns);
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

  if (diagram.workload) {
    for (const tableId of Object.keys(diagram.workload.rowEstimates)) {
      if (!tablesById.has(tableId)) problems.push({ path: `diagram.workload.rowEstimates.${tableId}`, message: `workload: a row estimate names table id "${tableId}", which is not in the diagram` });
    }
  }

  return problems;
}

type ColumnChecker = (ids: readonly Id[], path: string, what: string) => void;

/** Declared dependencies name columns by id; each must be a column of the table that declares it. */
function checkNormalization(normalization: TableNormalization, path: string, checkColumns: ColumnChecker): void {
  normalization.dependencies.forEach((dependency, i) => {
    const what = `${dependency.kind === 'fd' ? 'functional' : 'multivalued'} dependency "${dependency.id}"`;
    checkColumns(dependency.determinant, `${path}.dependencies[${i}].determinant`, what);
    checkColumns(dependency.dependent, `${path}.dependencies[${i}].dependent`, what);
  });
  normalization.joinDependencies?.forEach((join, i) =>
    join.components.forEach((component, k) => checkColumns(component, `${path}.joinDependencies[${i}].components[${k}]`, `join dependency "${join.id}"`)),
  );
  if (normalization.multivaluedColumns) checkColumns(normalization.multivaluedColumns, `${path}.multivaluedColumns`, 'the multivalued columns');
  normalization.repeatingGroups?.forEach((group, i) => checkColumns(group.columns, `${path}.repeatingGroups[${i}].columns`, `repeating group "${group.id}"`));
}
