import type { Column, Diagram, Table } from '../../model/types';

/** Column names that usually hold a handful of values: shapes synthetic data only, never a finding. */
const LOW_CARDINALITY_NAMES = /^(status|state|type|kind|gender|role|category|level|priority|flag|is_.*|has_.*)$/i;

/** The values a CHECK (col IN ('a', 'b')) allows, when the table has one for the column. */
export function checkedValues(table: Table, column: Column): string[] | undefined {
  if (table.checks.length === 0) return undefined;
  const name = column.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const check of table.checks) {
    const match = new RegExp(`^\\s*\\(?\\s*"?${name}"?\\s+IN\\s*\\(([^)]*)\\)\\s*\\)?\\s*$`, 'i').exec(check.expression);
    if (!match) continue;
    const values = [...match[1].matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1].replace(/''/g, "'"));
    if (values.length > 0) return values;
  }
  return undefined;
}

/** How many distinct values the column can hold, when the model says: booleans, enums and CHECK IN lists. */
export function knownDistinctValues(diagram: Diagram, table: Table, column: Column): number | undefined {
  if (column.type.name === 'boolean') return 2;
  if (column.type.name === 'enum') return diagram.enums.find((e) => e.id === column.enumId)?.values.length;
  return checkedValues(table, column)?.length;
}

export function isLowCardinality(diagram: Diagram, table: Table, column: Column, maxValues: number): boolean {
  const distinct = knownDistinctValues(diagram, table, column);
  return distinct !== undefined && distinct <= maxValues;
}

/** A guess for columns the model says nothing about (synthetic data, key ordering). */
export function looksLowCardinality(column: Column): boolean {
  return LOW_CARDINALITY_NAMES.test(column.name);
}
