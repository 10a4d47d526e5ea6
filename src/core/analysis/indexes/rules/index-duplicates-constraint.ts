import { accessPaths, describePath } from '../access-paths';
import type { IndexFinding } from '../types';
import { dropFix } from './drop-fix';
import { SEED, type SchemaRule } from './rule';

/**
 * An index on exactly the columns of the primary key or a unique constraint: the constraint
 * already creates that index, so this one doubles the write cost for nothing.
 */
export const indexDuplicatesConstraint: SchemaRule = {
  code: 'index-duplicates-constraint',
  rule: `${SEED} › Unique Index`,
  check({ table }) {
    const paths = accessPaths(table);
    const constraints = paths.filter((p) => p.kind !== 'index');
    const findings: IndexFinding[] = [];
    for (const path of paths) {
      if (path.kind !== 'index' || !path.index || path.method !== 'btree' || path.where) continue;
      const constraint = constraints.find((c) => c.columns.length === path.columns.length && c.columns.every((id, i) => path.columns[i] === id));
      if (!constraint) continue;
      findings.push({
        code: this.code,
        severity: 'warning',
        source: 'schema',
        table: table.id,
        tableName: table.name,
        columns: [...path.columns],
        message: `${describePath(table, path)} repeats ${describePath(table, constraint)}, which the database already backs with ${path.unique ? 'a unique index' : 'an index that also serves these lookups'}. Drop the index.`,
        rule: this.rule,
        fix: dropFix(table.id, path.index),
        key: `index-duplicates-constraint:${table.id}:${path.id}`,
      });
    }
    return findings;
  },
};
