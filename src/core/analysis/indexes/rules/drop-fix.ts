import type { Id, Index } from '../../../model/types';
import type { IndexFix } from '../types';

export function dropFix(tableId: Id, index: Index): IndexFix {
  return { action: 'drop', tableId, indexId: index.id, columns: index.columns.map((c) => c.columnId), unique: index.unique, method: index.method, ...(index.name ? { name: index.name } : {}) };
}
