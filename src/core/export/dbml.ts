import type { RawDatabase } from '@dbml/core';
import { loadDbmlCore } from '../import/lazy-parsers';
import { formatColumnType } from '../model/column-type-text';
import type { Column, Diagram, EnumType, Table } from '../model/types';

export interface DbmlExport {
  text: string;
  /** What DBML cannot say (checks, partial indexes, sort order, constraint names...). */
  warnings: string[];
}

/**
 * A diagram -> DBML text, written by @dbml/core's own exporter from its JSON model, so the
 * output is what dbdiagram.io and the DBML tools read. Two exporter quirks are worked around:
 * quotes in string defaults are not escaped (we escape them first), and index column names are
 * written without quotes (columns whose names need quotes go through as placeholder identifiers,
 * replaced by the quoted names afterwards).
 */
export async function exportDbml(diagram: Diagram): Promise<DbmlExport> {
  const dbml = await loadDbmlCore();
  const warnings: string[] = [];
  const placeholders = new Map<string, string>();
  const columnName = (name: string): string => {
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return name;
    const placeholder = `erd_placeholder_${placeholders.size}_x`;
    placeholders.set(placeholder, name);
    return placeholder;
  };
  const prepared: Diagram = { ...diagram, tables: diagram.tables.map((t) => ({ ...t, columns: t.columns.map((c) => ({ ...c, name: columnName(c.name) })) })) };
  const text = exportPrepared(dbml, prepared, warnings);
  const restored = text.replace(/"?(erd_placeholder_\d+_x)"?/g, (_all, key: string) => `"${(placeholders.get(key) ?? key).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
  return { text: restored, warnings };
}

function exportPrepared({ Parser, ModelExporter }: Awaited<ReturnType<typeof loadDbmlCore>>, diagram: Diagram, warnings: string[]): string {
  const enumsById = new Map(diagram.enums.map((e) => [e.id, e]));
  const tablesById = new Map(diagram.tables.map((t) => [t.id, t]));
  if (diagram.notes.length > 0) warnings.push(`${diagram.notes.length} sticky note(s) are not written (DBML notes belong to tables and columns)`);
  const raw = {
    schemas: [],
    notes: [],
    deps: [],
    records: [],
    tablePartials: [],
    diagramViews: [],
    project: {},
    tableGroups: diagram.groups
      .filter((g) => g.tableIds.length > 0)
      .map((g) => ({ name: g.name, ...(g.color !== undefined && /^#[0-9a-f]{6}$/i.test(g.color) ? { color: g.color } : {}), tables: g.tableIds.flatMap((id) => (tablesById.has(id) ? [{ name: tablesById.get(id)?.name, schemaName: tablesById.get(id)?.schema ?? null }] : [])) })),
    enums: diagram.enums.map((e) => ({ name: e.name, schemaName: e.schema ?? null, values: e.values.map((name) => ({ name })) })),
    tables: diagram.tables.map((t) => tableJson(t, enumsById, warnings)),
    refs: diagram.tables.flatMap((t) =>
      t.foreignKeys.flatMap((fk) => {
        const parent = tablesById.get(fk.refTableId);
        if (!parent) return [];
        const names = (table: Table, ids: string[]) => ids.map((id) => table.columns.find((c) => c.id === id)?.name ?? id);
        return [
          {
            ...(fk.name !== undefined ? { name: fk.name } : {}),
            onDelete: action(fk.onDelete),
            onUpdate: action(fk.onUpdate),
            endpoints: [
              { schemaName: t.schema ?? null, tableName: t.name, fieldNames: names(t, fk.columns), relation: '*' },
              { schemaName: parent.schema ?? null, tableName: parent.name, fieldNames: names(parent, fk.refColumns), relation: '1' },
            ],
          },
        ];
      }),
    ),
  };
  // The JSON shape is @dbml/core's RawDatabase without source tokens, which its JSON parser accepts.
  const database = Parser.parse(raw as unknown as RawDatabase, 'json');
  return ModelExporter.export(database, 'dbml');
}

function tableJson(t: Table, enumsById: Map<string, EnumType>, warnings: string[]) {
  const label = t.schema ? `${t.schema}.${t.name}` : t.name;
  const pk = t.primaryKey?.columns ?? [];
  const nameOf = (id: string) => t.columns.find((c) => c.id === id)?.name ?? id;
  if (t.checks.length > 0) warnings.push(`${label}: ${t.checks.length} check constraint(s) are not written (DBML export has no checks)`);
  const indexes: object[] = t.indexes.map((index) => {
    if (index.where !== undefined) warnings.push(`${label}: index ${index.name ?? ''} is partial; DBML cannot say WHERE ${index.where}`);
    if (index.columns.some((c) => c.order === 'desc')) warnings.push(`${label}: index ${index.name ?? ''} sort order is not written`);
    return {
      ...(index.name !== undefined ? { name: index.name } : {}),
      unique: index.unique,
      type: index.method,
      columns: index.columns.map((c) => ({ type: 'column', value: nameOf(c.columnId) })),
    };
  });
  for (const u of t.uniques) {
    indexes.push({ ...(u.name !== undefined ? { name: u.name } : {}), unique: true, columns: u.columns.map((id) => ({ type: 'column', value: nameOf(id) })) });
  }
  if (pk.length > 1) indexes.push({ pk: true, ...(t.primaryKey?.name ? { name: t.primaryKey.name } : {}), columns: pk.map((id) => ({ type: 'column', value: nameOf(id) })) });
  return {
    name: t.name,
    schemaName: t.schema ?? null,
    ...(t.comment !== undefined ? { note: { value: t.comment } } : {}),
    ...(t.color !== undefined && /^#[0-9a-f]{6}$/i.test(t.color) ? { headerColor: t.color } : {}),
    fields: t.columns.map((c) => fieldJson(c, pk.length === 1 && pk[0] === c.id, enumsById)),
    indexes,
  };
}

function fieldJson(c: Column, pk: boolean, enumsById: Map<string, EnumType>) {
  const enumType = c.enumId !== undefined ? enumsById.get(c.enumId) : undefined;
  const typeName = enumType ? enumType.name + '[]'.repeat(c.type.arrayDimensions ?? 0) : formatColumnType(c.type);
  return {
    name: c.name,
    type: { type_name: typeName, schemaName: enumType?.schema ?? null },
    pk,
    unique: c.unique === true,
    not_null: !c.nullable && !pk,
    increment: c.identity !== undefined,
    ...(c.comment !== undefined ? { note: { value: c.comment } } : {}),
    ...(c.default !== undefined ? { dbdefault: defaultJson(c.default) } : {}),
  };
}

function defaultJson(d: NonNullable<Column['default']>): { type: string; value: string | number | boolean } {
  if (d.kind === 'expression') return { type: 'expression', value: d.sql };
  if (d.value === null) return { type: 'expression', value: 'NULL' };
  if (typeof d.value === 'number') return { type: 'number', value: d.value };
  if (typeof d.value === 'boolean') return { type: 'boolean', value: d.value };
  // The exporter writes '<value>' as is: escape backslashes and quotes for the DBML lexer.
  return { type: 'string', value: d.value.replace(/\\/g, '\\\\').replace(/'/g, "\\'") };
}

function action(a: string): string | null {
  return a === 'no-action' ? null : a.replace('-', ' ');
}
