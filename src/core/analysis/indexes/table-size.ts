import type { Table } from '../../model/types';
import type { ResolvedIndexOptions } from './types';

/** Small only when the user said so: without an estimate a table may hold millions of rows. */
export function isSmallTable(table: Table, options: ResolvedIndexOptions): boolean {
  const rows = options.rowEstimates[table.id];
  return rows !== undefined && rows < options.smallTableRows;
}
