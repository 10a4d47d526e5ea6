import { generateDdl } from '../../../dialect/generate-ddl';
import type { Diagram, Id } from '../../../model/types';
import type { IndexFinding } from '../types';
import { collectUsage } from '../workload/collect-predicates';
import { parseWorkload, type WorkloadQuery } from '../workload/parse-workload';
import { loadWorkloadParser } from '../workload/sql-parser';
import { planText, readExplain, usesIndex, type PlanNode } from './explain-plan';
import { lastRows, quoteIdent, type SqlRunner } from './sql-runner';
import { DEFAULT_ROWS, syntheticInserts } from './synthetic-data';

/** One query's plan without and with the candidate index. */
export interface PlanEvidence {
  query: number;
  sql: string;
  before: PlanNode;
  after: PlanNode;
  beforeText: string;
  afterText: string;
  usesIndex: boolean;
  /** after / before total cost: below 1 is cheaper. */
  costRatio: number;
}

export interface Verification {
  /** The finding's key. */
  key: string;
  verified: boolean;
  /** Why it is (not) verified, in words. */
  summary: string;
  evidence: PlanEvidence[];
}

export interface VerifyProgress {
  done: number;
  total: number;
  label: string;
}

export interface VerifyOptions {
  rowEstimates?: Readonly<Record<Id, number>>;
  defaultRows?: number;
  onProgress?: (progress: VerifyProgress) => void;
}

export interface VerifyReport {
  verifications: Verification[];
  /** Setup problems (a DDL statement or a table fill that failed), in words. */
  warnings: string[];
}

/**
 * Proves suggestions with the PostgreSQL planner: load the model's DDL into an empty database,
 * fill every table with synthetic rows, ANALYZE, EXPLAIN each query, then for each create
 * suggestion create the index inside BEGIN … ROLLBACK and EXPLAIN again. A suggestion is
 * verified only when some query's plan uses the new index and its estimated cost drops.
 * `runner` must be a fresh, empty database: setup creates tables in it.
 */
export async function verifySuggestions(runner: SqlRunner, diagram: Diagram, findings: readonly IndexFinding[], queriesText: string, options: VerifyOptions = {}): Promise<VerifyReport> {
  await loadWorkloadParser();
  const warnings: string[] = [];
  const rowEstimates = options.rowEstimates ?? diagram.workload?.rowEstimates ?? {};
  const rowsFor = (id: Id) => rowEstimates[id] ?? options.defaultRows ?? DEFAULT_ROWS;
  const candidates = findings.filter((f) => (f.fix?.action === 'create' && f.fix.method !== 'fulltext') || f.fix?.action === 'drop');
  // Unnamed indexes get a name here, so a drop suggestion can name the index in the database.
  const named = nameEveryIndex(diagram);
  const queries = parseWorkload(queriesText).filter((q) => q.statement && (q.statement.type === 'select' || q.statement.type === 'union' || q.statement.type === 'union all' || q.statement.type === 'with' || q.statement.type === 'update' || q.statement.type === 'delete'));
  const total = 4 + queries.length + candidates.length;
  let done = 0;
  const progress = (label: string) => options.onProgress?.({ done: done++, total, label });

  progress('creating the schema');
  const ddl = generateDdl(named.diagram, 'postgres', { header: false, quoteIdentifiers: 'always' });
  for (const statement of ddl.statements) {
    try {
      await runner.exec(statement);
    } catch (error) {
      warnings.push(`DDL failed: ${firstLine(error)} (${statement.slice(0, 80)}…)`);
    }
  }
  progress('filling tables with synthetic rows');
  await runner.exec(`SET session_replication_role = replica`);
  await runner.exec(DROP_CHECKS);
  for (const insert of syntheticInserts(diagram, rowsFor)) {
    try {
      await runner.exec(insert);
    } catch (error) {
      warnings.push(`synthetic rows failed: ${firstLine(error)} (${insert.slice(0, 60)}…)`);
    }
  }
  await runner.exec(`RESET session_replication_role`);
  progress('analyzing');
  await runner.exec('VACUUM ANALYZE');

  const before = new Map<number, PlanNode>();
  const tablesOf = new Map<number, Set<Id>>();
  for (const q of queries) {
    progress(`explaining query #${q.index + 1}`);
    try {
      const plan = await explain(runner, q);
      if (plan) before.set(q.index, plan);
    } catch (error) {
      warnings.push(`query #${q.index + 1} cannot be explained: ${firstLine(error)}`);
    }
    tablesOf.set(q.index, new Set(collectUsage(diagram, q, 5).usages.map((u) => u.table.id)));
  }

  const verifications: Verification[] = [];
  for (const finding of candidates) {
    const fix = finding.fix;
    if (!fix) continue;
    const name = fix.action === 'create' ? fix.name : (named.names.get(fix.indexId) ?? fix.indexId);
    progress(`verifying ${fix.action === 'create' ? '' : 'dropping '}${name}`);
    const related = queries.filter((q) => before.has(q.index) && (finding.queries ? finding.queries.includes(q.index) : tablesOf.get(q.index)?.has(fix.tableId)));
    if (related.length === 0) {
      verifications.push({ key: finding.key, verified: false, summary: 'no query in the workload reads this table, so the planner has nothing to compare', evidence: [] });
      continue;
    }
    const evidence: PlanEvidence[] = [];
    try {
      await runner.exec('BEGIN');
      await runner.exec(fix.action === 'create' ? createIndexSql(diagram, fix) : `DROP INDEX ${quoteIdent(name)}`);
      for (const q of related) {
        const after = await explain(runner, q);
        const old = before.get(q.index);
        if (!after || !old) continue;
        const ratio = old.totalCost > 0 ? after.totalCost / old.totalCost : 1;
        // For a drop, "uses" means the plan used the index before it went.
        const uses = fix.action === 'create' ? usesIndex(after, name) : usesIndex(old, name);
        evidence.push({ query: q.index, sql: q.text, before: old, after, beforeText: planText(old), afterText: planText(after), usesIndex: uses, costRatio: Math.round(ratio * 10_000) / 10_000 });
      }
    } catch (error) {
      warnings.push(`candidate ${name} failed: ${firstLine(error)}`);
    } finally {
      await runner.exec('ROLLBACK');
    }
    verifications.push(fix.action === 'create' ? createVerdict(finding.key, name, evidence) : dropVerdict(finding.key, name, evidence));
  }
  progress('done');
  return { verifications, warnings };
}

/** A new index is proven when some query's plan uses it and its estimated cost drops. */
function createVerdict(key: string, name: string, evidence: PlanEvidence[]): Verification {
  const proof = evidence.filter((e) => e.usesIndex && e.costRatio < 1);
  const best = proof.reduce<PlanEvidence | undefined>((b, e) => (!b || e.costRatio < b.costRatio ? e : b), undefined);
  return {
    key,
    verified: proof.length > 0,
    summary: best
      ? `the planner uses ${name} for query #${best.query + 1}: estimated cost ${best.before.totalCost.toFixed(2)} → ${best.after.totalCost.toFixed(2)} (×${best.costRatio.toFixed(3)})`
      : evidence.some((e) => e.usesIndex)
        ? `the planner uses ${name} but the estimated cost does not drop`
        : `the planner does not use ${name} for the related queries`,
    evidence,
  };
}

/** A drop costs reads at most this much (×1.10) to be called safe: the writes it saves are not in the plan. */
const DROP_TOLERANCE = 1.1;

/** Dropping an index is proven safe when no related query's estimated cost rises beyond the tolerance. */
function dropVerdict(key: string, name: string, evidence: PlanEvidence[]): Verification {
  const worse = evidence.filter((e) => e.costRatio > DROP_TOLERANCE);
  const worst = worse.reduce<PlanEvidence | undefined>((w, e) => (!w || e.costRatio > w.costRatio ? e : w), undefined);
  return {
    key,
    verified: evidence.length > 0 && worse.length === 0,
    summary: worst
      ? `without ${name}, query #${worst.query + 1} costs more: ${worst.before.totalCost.toFixed(2)} → ${worst.after.totalCost.toFixed(2)} (×${worst.costRatio.toFixed(3)})`
      : `without ${name}, no related query's estimated cost rises more than ${Math.round((DROP_TOLERANCE - 1) * 100)}% (${evidence.filter((e) => e.usesIndex).length} of ${evidence.length} used it)`,
    evidence,
  };
}

/** A copy of the diagram where every index has a name, and the names by index id. */
function nameEveryIndex(diagram: Diagram): { diagram: Diagram; names: Map<Id, string> } {
  const names = new Map<Id, string>();
  const taken = new Set(diagram.tables.flatMap((t) => t.indexes.flatMap((x) => (x.name ? [x.name.toLowerCase()] : []))));
  let n = 0;
  const tables = diagram.tables.map((t) =>
    t.indexes.every((x) => x.name)
      ? t
      : {
          ...t,
          indexes: t.indexes.map((x) => {
            if (x.name) return x;
            let name = `erd_index_${++n}`;
            while (taken.has(name)) name = `erd_index_${++n}`;
            return { ...x, name };
          }),
        },
  );
  for (const t of tables) for (const x of t.indexes) if (x.name) names.set(x.id, x.name);
  return { diagram: { ...diagram, tables }, names };
}

/** Synthetic values ignore CHECK constraints; the planner does not need them, so they go. */
const DROP_CHECKS = `DO $$ DECLARE r record; BEGIN
  FOR r IN SELECT conrelid::regclass AS t, conname FROM pg_constraint WHERE contype = 'c' AND connamespace = 'public'::regnamespace LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.t, r.conname);
  END LOOP; END $$`;

async function explain(runner: SqlRunner, q: WorkloadQuery): Promise<PlanNode | undefined> {
  // Parameters have no values here: PostgreSQL 16+ plans them generically, as a prepared statement would be.
  const result = await runner.exec(`EXPLAIN (FORMAT JSON${q.hasParameters ? ', GENERIC_PLAN' : ''}) ${q.sql}`);
  const row = lastRows(result)[0];
  const cell = typeof row === 'object' && row !== null ? Object.values(row)[0] : undefined;
  return readExplain(cell);
}

export function createIndexSql(diagram: Diagram, fix: Extract<NonNullable<IndexFinding['fix']>, { action: 'create' }>): string {
  const table = diagram.tables.find((t) => t.id === fix.tableId);
  const name = (id: Id) => quoteIdent(table?.columns.find((c) => c.id === id)?.name ?? id);
  const desc = new Set(fix.descending ?? []);
  const method = fix.method === 'btree' ? '' : ` USING ${fix.method}`;
  const columns = fix.columns.map((id) => `${name(id)}${desc.has(id) ? ' DESC' : ''}`).join(', ');
  return `CREATE ${fix.unique ? 'UNIQUE ' : ''}INDEX ${quoteIdent(fix.name)} ON ${quoteIdent(table?.name ?? fix.tableId)}${method} (${columns})${fix.include && fix.include.length > 0 ? ` INCLUDE (${fix.include.map(name).join(', ')})` : ''}${fix.where ? ` WHERE ${fix.where}` : ''}`;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
