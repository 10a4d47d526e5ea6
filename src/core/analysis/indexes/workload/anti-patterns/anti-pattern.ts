import type { Diagram } from '../../../../model/types';
import type { IndexFinding, ResolvedIndexOptions } from '../../types';
import type { WorkloadQuery } from '../parse-workload';

export interface AntiPatternContext {
  diagram: Diagram;
  query: WorkloadQuery;
  options: ResolvedIndexOptions;
}

/** A query anti-pattern from the seed's "Query Optimization": one file each, findings with the rewrite. */
export interface AntiPattern {
  code: IndexFinding['code'];
  check(context: AntiPatternContext): IndexFinding[];
}

export const QUERY_SEED = 'database-design.md › Query Optimization';

/** A finding about a query as a whole (no table), keyed by query and position. */
export function queryFinding(
  query: WorkloadQuery,
  code: IndexFinding['code'],
  rule: string,
  message: string,
  rewrite: string,
  at: number,
  table: { id: string; name: string } = { id: '', name: '' },
): IndexFinding {
  return { code, severity: 'info', source: 'workload', table: table.id, tableName: table.name, columns: [], message: `Query #${query.index + 1} (line ${query.line}): ${message}`, rule, rewrite, queries: [query.index], key: `${code}:${query.index}:${at}` };
}
