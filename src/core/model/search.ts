import type { Diagram, Id } from './types';

export interface SearchHit {
  kind: 'table' | 'column';
  tableId: Id;
  columnId?: Id;
  /** What the user reads: `orders` or `orders.user_id`. */
  label: string;
  /** Lower is better: exact name, then prefix, then substring; tables before columns. */
  rank: number;
}

/**
 * Tables and columns whose names contain the query (case-insensitive), best matches first.
 * A query with a dot (`ord.user`) matches table and column parts separately.
 */
export function searchDiagram(diagram: Diagram, query: string, limit = 50): SearchHit[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const [tablePart, columnPart] = q.includes('.') ? (q.split('.', 2) as [string, string]) : [q, q];
  const score = (name: string, part: string): number => {
    const n = name.toLowerCase();
    if (n === part) return 0;
    if (n.startsWith(part)) return 1;
    return n.includes(part) ? 2 : -1;
  };
  const hits: SearchHit[] = [];
  for (const table of diagram.tables) {
    const label = table.schema ? `${table.schema}.${table.name}` : table.name;
    const tableScore = score(table.name, tablePart);
    if (!q.includes('.') && tableScore >= 0) hits.push({ kind: 'table', tableId: table.id, label, rank: tableScore });
    if (q.includes('.') && tableScore < 0) continue;
    for (const column of table.columns) {
      const columnScore = score(column.name, columnPart);
      if (columnScore >= 0) hits.push({ kind: 'column', tableId: table.id, columnId: column.id, label: `${label}.${column.name}`, rank: 3 + columnScore });
    }
  }
  hits.sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label));
  return hits.slice(0, limit);
}
