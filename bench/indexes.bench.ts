import { PGlite } from '@electric-sql/pglite';
import { analyzeIndexes, loadWorkloadParser, verifySuggestions, type Column, type Diagram, type Table } from '../src/core/index';
import { medianMs, type BenchRow, type BenchSuite } from './suite';

/**
 * A model of `count` tables, each referencing the previous two (one foreign key indexed, one
 * not), with a duplicate, a prefix-redundant and a boolean index on some: every schema rule has work.
 */
export function model(count: number): Diagram {
  const tables: Table[] = [];
  for (let t = 0; t < count; t++) {
    const c = (name: string, type = 'integer'): Column => ({ id: `t${t}.${name}`, name, type: { name: type }, nullable: false });
    const columns = [c('id'), c('parent_id'), c('other_id'), c('code', 'varchar'), c('amount', 'decimal'), c('flag', 'boolean'), c('created_at', 'timestamp')];
    const ix = (id: string, cols: string[], unique = false) => ({ id: `t${t}.${id}`, columns: cols.map((n) => ({ columnId: `t${t}.${n}`, order: 'asc' as const })), unique, method: 'btree' as const });
    tables.push({
      id: `t${t}`,
      name: `table_${t}`,
      position: { x: 0, y: 0 },
      columns,
      primaryKey: { columns: [`t${t}.id`] },
      uniques: [],
      checks: [],
      indexes: t % 3 === 0 ? [ix('i1', ['parent_id', 'code']), ix('i2', ['parent_id']), ix('i3', ['flag']), ix('i4', ['code', 'amount']), ix('i5', ['code', 'amount'])] : [ix('i1', ['parent_id'])],
      foreignKeys:
        t === 0
          ? []
          : [
              { id: `t${t}.fk1`, columns: [`t${t}.parent_id`], refTableId: `t${t - 1}`, refColumns: [`t${t - 1}.id`], onDelete: 'no-action', onUpdate: 'no-action' },
              { id: `t${t}.fk2`, columns: [`t${t}.other_id`], refTableId: `t${Math.max(0, t - 2)}`, refColumns: [`t${Math.max(0, t - 2)}.id`], onDelete: 'no-action', onUpdate: 'no-action' },
            ],
    });
  }
  return { id: 'bench', name: 'bench', tables, enums: [], notes: [], groups: [] };
}

/** 20 queries over the 20-table model: lookups by foreign key, ranges with sorts, joins. */
function workload(tables: number): string {
  const queries: string[] = [];
  for (let i = 0; i < 20; i++) {
    const t = 1 + (i % (tables - 1));
    if (i % 3 === 0) queries.push(`SELECT id, amount FROM table_${t} WHERE other_id = ${i + 7}`);
    else if (i % 3 === 1) queries.push(`SELECT id FROM table_${t} WHERE created_at > $1 ORDER BY created_at LIMIT 20`);
    else queries.push(`SELECT a.id, b.code FROM table_${t} a JOIN table_${t - 1} b ON b.id = a.parent_id WHERE a.code = 'cod${i}'`);
  }
  return queries.join(';\n');
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] * 100) / 100;
}

export const indexesBench: BenchSuite = {
  name: 'indexes',
  target: 'schema rules on 2,000 tables < 50 ms; verification of 20 queries on a 20-table model with 10,000 rows each < 10 s (in the app: in a worker, with progress)',
  async run(): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    await loadWorkloadParser();
    const big = model(2000);
    const findings = analyzeIndexes(big);
    // Fresh copies: the per-table access-path cache starts cold on every measured run.
    // Warm the JIT on other copies; each measured copy still starts with a cold cache.
    for (let i = 0; i < 3; i++) analyzeIndexes(structuredClone(big));
    const copies = Array.from({ length: 9 }, () => structuredClone(big));
    const times = copies.map((copy) => {
      const start = performance.now();
      analyzeIndexes(copy);
      return performance.now() - start;
    });
    rows.push({ case: 'schema rules, 2,000 tables (cold cache)', ms: median(times), findings: findings.length });
    rows.push({ case: 'schema rules, 2,000 tables (warm)', ms: await medianMs(() => analyzeIndexes(big)), findings: findings.length });
    const small = model(20);
    const queries = workload(20);
    rows.push({ case: 'schema + workload rules, 20 tables, 20 queries', ms: await medianMs(() => analyzeIndexes(small, { queries })), findings: analyzeIndexes(small, { queries }).length });

    const suggestions = analyzeIndexes(small, { queries });
    const start = performance.now();
    const db = new PGlite();
    await db.waitReady;
    const booted = performance.now();
    let steps = 0;
    const report = await verifySuggestions(db, small, suggestions, queries, { defaultRows: 10_000, onProgress: () => steps++ });
    const end = performance.now();
    await db.close();
    rows.push({ case: 'PGlite start (WebAssembly compile + initdb)', ms: Math.round(booted - start) });
    rows.push({
      case: 'verify 20 queries, 20 tables x 10,000 rows (schema, fill, ANALYZE, EXPLAINs)',
      ms: Math.round(end - booted),
      candidates: report.verifications.length,
      verified: report.verifications.filter((v) => v.verified).length,
      progress: steps,
    });
    rows.push({ case: 'verification total, incl. PGlite start', ms: Math.round(end - start) });
    return rows;
  },
};
