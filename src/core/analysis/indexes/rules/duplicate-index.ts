import { accessPaths, describePath, type AccessPath } from '../access-paths';
import type { IndexFinding } from '../types';
import { SEED, type SchemaRule } from './rule';
import { dropFix } from './drop-fix';

const sameColumns = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);
const isPrefixOf = (short: AccessPath, long: AccessPath) => long.columns.length > short.columns.length && short.columns.every((id, k) => long.columns[k] === id);

/** The declared index that `candidate` (at position i) duplicates and that stays: the unique one, else the first. */
function keptTwin(indexes: readonly AccessPath[], candidate: AccessPath, i: number): AccessPath | undefined {
  for (let j = 0; j < indexes.length; j++) {
    const other = indexes[j];
    if (j === i || !sameScope(candidate, other) || !sameColumns(candidate.columns, other.columns) || !holdsIncluded(other, candidate)) continue;
    if (other.unique === candidate.unique ? j < i : other.unique) return other;
  }
  return undefined;
}
const sameScope = (a: AccessPath, b: AccessPath) => a.method === b.method && (a.where ?? '') === (b.where ?? '');
/** The kept path holds every INCLUDE column of the dropped one (as a key or INCLUDE column), so no query loses its covering index. */
const holdsIncluded = (kept: AccessPath, dropped: AccessPath) => (dropped.index?.include ?? []).every((id) => kept.columns.includes(id) || (kept.index?.include ?? []).includes(id));

/**
 * Duplicate indexes (the same columns, in the same order, as another declared index) and
 * redundant ones (a leftmost prefix of another btree index or key). Uniqueness-aware: a unique
 * index enforces something a longer index does not, so it is never redundant to one; of two
 * identical indexes the non-unique one goes. Duplicates of a constraint are the
 * index-duplicates-constraint rule's.
 */
export const duplicateIndex: SchemaRule = {
  code: 'duplicate-index',
  rule: `${SEED} › Don't create too many indexes (slows down writes)`,
  check({ table }) {
    const paths = accessPaths(table);
    const indexes = paths.filter((p) => p.kind === 'index');
    const findings: IndexFinding[] = [];
    indexes.forEach((candidate, i) => {
      const index = candidate.index;
      if (!index) return;
      const twin = keptTwin(indexes, candidate, i);
      if (twin) {
        findings.push({
          code: 'duplicate-index',
          severity: 'warning',
          source: 'schema',
          table: table.id,
          tableName: table.name,
          columns: [...candidate.columns],
          message: `${describePath(table, candidate)} duplicates ${describePath(table, twin)}: every write maintains both and queries use one. Drop it.`,
          rule: this.rule,
          fix: dropFix(table.id, index),
          key: `duplicate-index:${table.id}:${index.id}`,
        });
        return;
      }
      if (candidate.unique || candidate.method !== 'btree') return;
      const longer = paths.find((other) => other !== candidate && other.method === 'btree' && (other.where ?? '') === (candidate.where ?? '') && isPrefixOf(candidate, other) && holdsIncluded(other, candidate));
      if (!longer) return;
      findings.push({
        code: 'redundant-index',
        severity: 'warning',
        source: 'schema',
        table: table.id,
        tableName: table.name,
        columns: [...candidate.columns],
        message: `${describePath(table, candidate)} is a leftmost prefix of ${describePath(table, longer)}, which serves the same lookups (leftmost-prefix rule). Drop it.`,
        rule: `${SEED} › Composite Index: order matters (leftmost prefix)`,
        fix: dropFix(table.id, index),
        key: `redundant-index:${table.id}:${index.id}`,
      });
    });
    return findings;
  },
};
