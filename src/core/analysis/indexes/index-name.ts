import type { Diagram, Id, Table } from '../../model/types';

/** PostgreSQL truncates identifiers at 63 bytes; MySQL allows 64. Stay below both. */
const MAX_NAME = 63;

/** Every index name in the diagram, lower case: PostgreSQL scopes index names per schema, not per table. */
export function diagramIndexNames(diagram: Diagram): Set<string> {
  const names = new Set<string>();
  for (const t of diagram.tables) for (const x of t.indexes) if (x.name) names.add(x.name.toLowerCase());
  return names;
}

/**
 * `idx_orders_user_id`, made unique against `taken` (the diagram's names and those already
 * suggested), which it then claims. One set per analysis keeps naming linear in the diagram.
 */
export function suggestedIndexName(table: Table, columnIds: readonly Id[], taken: Set<string>, prefix = 'idx'): string {
  const cols = columnIds.map((id) => table.columns.find((c) => c.id === id)?.name ?? id);
  const base = `${prefix}_${table.name}_${cols.join('_')}`.toLowerCase().replace(/[^a-z0-9_]+/g, '_').slice(0, MAX_NAME - 3);
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}_${i}`;
  taken.add(name);
  return name;
}
