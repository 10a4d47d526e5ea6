import type { Diagram } from '../../model/types';
import type { IndexFix } from './types';

/** A fix as a person reads it: `CREATE INDEX idx ON t USING gin (a, b DESC) INCLUDE (c) WHERE …` or `DROP INDEX idx ON t (a)`. Not dialect-exact DDL: the DDL panel writes that. */
export function indexFixText(diagram: Diagram, fix: IndexFix): string {
  const table = diagram.tables.find((t) => t.id === fix.tableId);
  const name = (id: string) => table?.columns.find((c) => c.id === id)?.name ?? id;
  const tableName = table?.name ?? fix.tableId;
  if (fix.action === 'drop') return `DROP INDEX ${fix.name ?? fix.indexId} ON ${tableName} (${fix.columns.map(name).join(', ')})`;
  const desc = new Set(fix.descending ?? []);
  const columns = fix.columns.map((id) => `${name(id)}${desc.has(id) ? ' DESC' : ''}`).join(', ');
  return `CREATE ${fix.unique ? 'UNIQUE ' : ''}INDEX ${fix.name} ON ${tableName}${fix.method === 'btree' ? '' : ` USING ${fix.method}`} (${columns})${fix.include && fix.include.length > 0 ? ` INCLUDE (${fix.include.map(name).join(', ')})` : ''}${fix.where ? ` WHERE ${fix.where}` : ''}`;
}
