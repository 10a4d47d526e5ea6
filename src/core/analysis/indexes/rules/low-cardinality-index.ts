import { accessPaths, columnNames, describePath } from '../access-paths';
import { isLowCardinality } from '../cardinality';
import type { IndexFinding } from '../types';
import { dropFix } from './drop-fix';
import { SEED, type SchemaRule } from './rule';

/**
 * A plain index whose every column has a few values (boolean, a small enum, a CHECK IN list):
 * each key matches a large share of the table, so the planner prefers a scan and the index only
 * costs writes. A partial index (WHERE is_active) is the way to index the rare value.
 */
export const lowCardinalityIndex: SchemaRule = {
  code: 'low-cardinality-index',
  rule: `${SEED} › Don't index low-cardinality columns (few unique values)`,
  check({ diagram, table, options }) {
    const findings: IndexFinding[] = [];
    for (const path of accessPaths(table)) {
      if (path.kind !== 'index' || !path.index || path.unique || path.where) continue;
      const columns = path.columns.map((id) => table.columns.find((c) => c.id === id));
      if (!columns.every((c) => c !== undefined && isLowCardinality(diagram, table, c, options.lowCardinalityValues))) continue;
      findings.push({
        code: this.code,
        severity: 'info',
        source: 'schema',
        table: table.id,
        tableName: table.name,
        columns: [...path.columns],
        message: `${describePath(table, path)} is on low-cardinality column${path.columns.length > 1 ? 's' : ''} (${columnNames(table, path.columns)}): each value matches a large share of the rows, so the planner scans instead. Drop it, or index only the rare value with a partial index (… WHERE ${columnNames(table, path.columns.slice(0, 1))} = …).`,
        rule: this.rule,
        fix: dropFix(table.id, path.index),
        key: `low-cardinality-index:${table.id}:${path.id}`,
      });
    }
    return findings;
  },
};
