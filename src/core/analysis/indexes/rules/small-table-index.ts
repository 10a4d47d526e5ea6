import { accessPaths, describePath } from '../access-paths';
import { isSmallTable } from '../table-size';
import type { IndexFinding } from '../types';
import { dropFix } from './drop-fix';
import { SEED, type SchemaRule } from './rule';

/**
 * A non-unique index on a table the user estimated below the small-table threshold: the table
 * fits in a few pages, a scan is as fast as the index, and the index only costs writes. Unique
 * indexes stay: they enforce a rule.
 */
export const smallTableIndex: SchemaRule = {
  code: 'small-table-index',
  rule: `${SEED} › Don't index small tables (< 1000 rows)`,
  check({ table, options }) {
    if (!isSmallTable(table, options)) return [];
    const rows = options.rowEstimates[table.id];
    const findings: IndexFinding[] = [];
    for (const path of accessPaths(table)) {
      if (path.kind !== 'index' || !path.index || path.unique) continue;
      findings.push({
        code: this.code,
        severity: 'info',
        source: 'schema',
        table: table.id,
        tableName: table.name,
        columns: [...path.columns],
        message: `${table.name} is estimated at ${rows} rows (below ${options.smallTableRows}): a scan reads it as fast as ${describePath(table, path)}, which only slows writes. Drop it.`,
        rule: this.rule,
        fix: dropFix(table.id, path.index),
        key: `small-table-index:${table.id}:${path.id}`,
      });
    }
    return findings;
  },
};
