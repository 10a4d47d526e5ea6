import { addIndex, deleteIndex } from '../../model/edits';
import type { Diagram } from '../../model/types';
import type { IndexFix } from './types';

/** Applies a finding's fix as one pure edit (one undo step in the app). Unknown tables or indexes leave the diagram unchanged. */
export function applyIndexFix(diagram: Diagram, fix: IndexFix): Diagram {
  const table = diagram.tables.find((t) => t.id === fix.tableId);
  if (!table) return diagram;
  if (fix.action === 'drop') return deleteIndex(diagram, fix.tableId, fix.indexId);
  if (![...fix.columns, ...(fix.include ?? [])].every((id) => table.columns.some((c) => c.id === id))) return diagram;
  const descending = new Set(fix.descending ?? []);
  const taken = new Set(diagram.tables.flatMap((t) => t.indexes.map((x) => x.name?.toLowerCase())));
  return addIndex(diagram, fix.tableId, {
    // The suggested name was unique when suggested; another edit may have taken it since.
    ...(taken.has(fix.name.toLowerCase()) ? {} : { name: fix.name }),
    columns: fix.columns.map((columnId) => ({ columnId, order: descending.has(columnId) ? 'desc' : 'asc' })),
    unique: fix.unique,
    method: fix.method,
    ...(fix.where ? { where: fix.where } : {}),
    ...(fix.include && fix.include.length > 0 ? { include: [...fix.include] } : {}),
  }).diagram;
}
