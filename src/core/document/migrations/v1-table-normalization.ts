import type { Migration } from './migration';

/**
 * Version 2 adds `Table.normalization` (declared dependencies, multivalued columns, dismissed
 * suggestions). Version 1 had no such field, and its schema silently dropped unknown keys; a
 * version-1 file that happens to carry a `normalization` key (hand-edited, or written by a fork)
 * must not have it read with version-2 meaning, so the migration removes it. Everything else is
 * unchanged: a version-1 table simply declares nothing.
 */
export const v1TableNormalization: Migration = {
  from: 1,
  name: 'table-normalization',
  migrate(document) {
    const diagram = document.diagram;
    if (diagram === null || typeof diagram !== 'object' || Array.isArray(diagram)) return document;
    const tables = (diagram as Record<string, unknown>).tables;
    if (!Array.isArray(tables)) return document;
    const migratedTables = tables.map((table: unknown) => {
      if (table === null || typeof table !== 'object' || Array.isArray(table) || !('normalization' in table)) return table;
      const { normalization: _dropped, ...rest } = table as Record<string, unknown>;
      return rest;
    });
    return { ...document, diagram: { ...(diagram as Record<string, unknown>), tables: migratedTables } };
  },
};
