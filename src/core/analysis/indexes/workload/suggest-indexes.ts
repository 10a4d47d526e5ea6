import type { Diagram, Id, Table } from '../../../model/types';
import { accessPaths, columnNames, leftmostCovers } from '../access-paths';
import { isLowCardinality } from '../cardinality';
import { suggestedIndexName } from '../index-name';
import { isSmallTable } from '../table-size';
import type { IndexFinding, ResolvedIndexOptions } from '../types';
import type { TableUsage } from './collect-predicates';

/** Covering pays when it adds at most this many columns: wider keys cost more than the heap visits they save. */
const MAX_COVERING_EXTRA = 2;

/** A composite index a query could use, before merging with the other queries' candidates. */
export interface Candidate {
  table: Table;
  columns: Id[];
  descending: Id[];
  where?: string;
  /** Trailing key columns added only so the query reads the index alone (MySQL, which has no INCLUDE). */
  covering: Id[];
  /** Non-key INCLUDE columns added so the query reads the index alone (PostgreSQL). */
  include: Id[];
  /** How many leading key columns are equality columns (their order is free). */
  equalityCount: number;
  queries: number[];
  why: string;
}

/**
 * The index one table usage needs: equality (and join) columns first, most selective first, then
 * one range column (a btree cannot seek past a range), then the ORDER BY columns when the index
 * can deliver that order, then the few extra columns that make it covering: INCLUDE columns in
 * PostgreSQL, trailing key columns in MySQL (which has no INCLUDE). Equality on a
 * low-cardinality column with a literal becomes a partial index's WHERE instead of a key column.
 */
export function candidateFor(diagram: Diagram, usage: TableUsage, options: ResolvedIndexOptions): Candidate | undefined {
  const { table } = usage;
  if (isSmallTable(table, options)) return undefined;
  const partialIds = new Set(usage.partial.map((p) => p.columnId));
  const rank = (id: Id) => {
    const column = table.columns.find((c) => c.id === id);
    if (!column) return 3;
    if (accessPaths(table).some((p) => p.unique && p.columns.length === 1 && p.columns[0] === id)) return 0;
    return isLowCardinality(diagram, table, column, options.lowCardinalityValues) ? 2 : 1;
  };
  // A join key an index already serves (the parent's primary key) is probed through that index;
  // this table's own filters are what a new index should serve.
  const ownFilters = usage.equality.length + usage.range.length + usage.orderBy.length + usage.partial.length > 0;
  const joinServed = usage.join.length > 0 && accessPaths(table).some((p) => p.method === 'btree' && !p.where && leftmostCovers(p.columns, usage.join));
  const join = joinServed && ownFilters ? [] : usage.join;
  const eqIds = [...new Set([...usage.equality, ...join])].filter((id) => !partialIds.has(id));
  const equality = eqIds.map((id, i) => ({ id, i, r: rank(id) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.id);
  const range = usage.range.find((id) => !equality.includes(id));
  const sort = usage.orderBy.filter((o) => !equality.includes(o.columnId));
  const useSort = sort.length > 0 && (range === undefined || sort[0].columnId === range);
  const columns = [...equality];
  if (range !== undefined) columns.push(range);
  if (useSort) for (const o of sort) if (!columns.includes(o.columnId)) columns.push(o.columnId);
  if (columns.length === 0) return undefined;
  // A single low-cardinality key with nothing else is what the seed says not to index.
  if (columns.every((id) => rank(id) === 2)) return undefined;
  const descs = useSort ? sort.filter((o) => o.desc) : [];
  // All-descending order is read backwards from an ascending index; only mixed directions need DESC keys.
  const descending = descs.length > 0 && descs.length < sort.length ? descs.map((o) => o.columnId) : [];
  const where = usage.partial.length > 0 ? usage.partial.map((p) => p.sql).join(' AND ') : undefined;
  // A lookup by a unique key returns one row: covering it saves one heap visit, not worth a wider index.
  const uniqueLookup = accessPaths(table).some((p) => p.unique && !p.where && p.columns.every((id) => equality.includes(id)));
  const covering = usage.read === 'all' || uniqueLookup ? [] : usage.read.filter((id) => !columns.includes(id) && !partialIds.has(id));
  const cover = covering.length > 0 && covering.length <= MAX_COVERING_EXTRA ? covering : [];
  const parts = [
    equality.length > 0 ? `equality on ${columnNames(table, equality)}` : '',
    range !== undefined ? `range on ${columnNames(table, [range])}` : '',
    useSort ? `ORDER BY ${columnNames(table, sort.map((o) => o.columnId))}` : '',
    cover.length > 0 ? `covering ${columnNames(table, cover)} (an index-only scan${options.dialect === 'mysql' ? '; INCLUDE in PostgreSQL' : ''})` : '',
    where ? `partial WHERE ${where}` : '',
  ].filter(Boolean);
  const trailing = options.dialect === 'mysql';
  return {
    table,
    columns: trailing ? [...columns, ...cover] : columns,
    descending,
    ...(where ? { where } : {}),
    covering: trailing ? cover : [],
    include: trailing ? [] : cover,
    equalityCount: equality.length,
    queries: [usage.query],
    why: parts.join(', '),
  };
}

/** True when an existing index or key already serves the candidate's key columns in order. */
export function alreadyServed(candidate: Candidate): boolean {
  const key = candidate.columns.slice(0, candidate.columns.length - candidate.covering.length);
  return accessPaths(candidate.table).some((p) => {
    if (p.method !== 'btree' || (p.where ?? '') !== (candidate.where ?? '')) return false;
    // Equality columns may come in any order; what follows must match position by position.
    const eqCount = candidate.equalityCount;
    // Covering columns are a bonus: an index that already serves the key is not suggested again for them.
    return (eqCount === 0 || leftmostCovers(p.columns, key.slice(0, eqCount))) && key.slice(eqCount).every((id, i) => p.columns[eqCount + i] === id);
  });
}

const isPrefix = (a: readonly Id[], b: readonly Id[]) => a.length <= b.length && a.every((id, i) => b[i] === id);

/**
 * Merges candidates per table: one that is a leftmost prefix of another (same WHERE) is served by
 * it. The host also takes the INCLUDE columns it does not already hold, so it still covers.
 */
export function mergeCandidates(candidates: readonly Candidate[]): Candidate[] {
  const merged: Candidate[] = [];
  const sorted = [...candidates].sort((a, b) => b.columns.length - a.columns.length);
  for (const c of sorted) {
    const host = merged.find((m) => m.table.id === c.table.id && (m.where ?? '') === (c.where ?? '') && isPrefix(c.columns, m.columns) && c.descending.every((id) => m.descending.includes(id)));
    if (host) {
      host.queries = [...new Set([...host.queries, ...c.queries])].sort((a, b) => a - b);
      const extra = c.include.filter((id) => !host.columns.includes(id) && !host.include.includes(id));
      if (extra.length > 0) host.include = [...host.include, ...extra];
    } else merged.push({ ...c, include: [...c.include], queries: [...c.queries] });
  }
  return merged;
}

export function candidateFinding(c: Candidate, takenNames: Set<string>, dialect: ResolvedIndexOptions['dialect']): IndexFinding {
  const name = suggestedIndexName(c.table, c.columns, takenNames);
  const queries = c.queries.map((q) => `#${q + 1}`).join(', ');
  return {
    code: 'workload-index',
    severity: 'warning',
    source: 'workload',
    table: c.table.id,
    tableName: c.table.name,
    columns: [...c.columns],
    message: `Quer${c.queries.length > 1 ? 'ies' : 'y'} ${queries} ${c.queries.length > 1 ? 'need' : 'needs'} ${c.table.name}(${columnNames(c.table, c.columns)})${c.include.length > 0 ? ` INCLUDE (${columnNames(c.table, c.include)})` : ''}${c.where ? ` WHERE ${c.where}` : ''}: ${c.why}. Equality columns come first, then the range, then the sort order, so one index seek serves the query.${dialect === 'mysql' ? ' Unverified: the planner check runs on PostgreSQL only.' : ''}`,
    rule: `database-design.md › Indexes and Performance › Composite Index: order matters${c.where ? '; Partial Index' : ''}`,
    fix: {
      action: 'create',
      tableId: c.table.id,
      columns: [...c.columns],
      ...(c.include.length > 0 ? { include: [...c.include] } : {}),
      ...(c.descending.length > 0 ? { descending: [...c.descending] } : {}),
      unique: false,
      method: 'btree',
      ...(c.where ? { where: c.where } : {}),
      name,
    },
    queries: [...c.queries],
    key: `workload-index:${c.table.id}:${c.columns.join(',')}${c.where ? `:${c.where}` : ''}`,
  };
}
