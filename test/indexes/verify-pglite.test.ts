import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeIndexes, createIndexSql, ecommerceDiagram, loadWorkloadParser, planText, syntheticInserts, verifySuggestions, type Diagram, type IndexFinding, type VerifyProgress, type VerifyReport } from '../../src/core/index';
import { diagram, fk, idx, tbl } from './build';

/** Proof by the real planner: PGlite (PostgreSQL 17 in WebAssembly) in Node. */

const model: Diagram = diagram(
  [
    tbl('users', ['id', ['email', { name: 'varchar', length: 40 }, { unique: true }], ['is_active', 'boolean'], ['role', { name: 'enum' }, { enumId: 'e_role' }]]),
    tbl('orders', ['id', 'user_id', ['status', { name: 'varchar', length: 20 }], ['total', { name: 'decimal', precision: 10, scale: 2 }], ['created_at', 'timestamp'], ['ref', 'uuid']], {
      foreignKeys: [fk('orders', ['user_id'], 'users')],
      checks: [{ id: 'k', expression: "status IN ('pending', 'paid', 'shipped')" }, { id: 'k2', expression: 'total >= 0' }],
    }),
  ],
  { enums: [{ id: 'e_role', name: 'role', values: ['admin', 'member'] }] },
);

const queries = [
  'SELECT id, total FROM orders WHERE user_id = 42', // FK lookup: Seq Scan -> Index Scan
  'SELECT id FROM orders WHERE created_at > $1 ORDER BY created_at LIMIT 10', // parameter: generic plan
  'SELECT count(*) FROM orders', // no index helps
].join(';\n');

describe('planner verification on PGlite', () => {
  let db: PGlite;
  let findings: IndexFinding[];
  let report: VerifyReport;
  const progress: VerifyProgress[] = [];
  beforeAll(async () => {
    db = new PGlite();
    await db.waitReady;
    await loadWorkloadParser();
    findings = analyzeIndexes(model, { queries });
    report = await verifySuggestions(db, model, findings, queries, { rowEstimates: { users: 2000, orders: 20_000 }, onProgress: (p) => progress.push(p) });
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  it('turns a Seq Scan into an Index Scan and calls the suggestion verified', () => {
    const finding = findings.find((f) => f.tableName === 'orders' && f.columns[0] === 'orders.user_id');
    expect(finding?.fix).toMatchObject({ action: 'create' });
    const v = report.verifications.find((x) => x.key === finding?.key);
    expect(v?.verified).toBe(true);
    const e = v?.evidence.find((x) => x.query === 0);
    expect(e?.beforeText).toMatch(/Seq Scan on orders/);
    expect(e?.afterText).toMatch(/Index (Only )?Scan using idx_orders_user_id/);
    expect(e?.costRatio).toBeLessThan(0.2);
    expect(v?.summary).toMatch(/estimated cost .* → /);
  });

  it('puts covering columns in INCLUDE, and the planner reads the INCLUDE index', () => {
    const finding = findings.find((f) => f.tableName === 'orders' && f.columns[0] === 'orders.user_id');
    expect(finding?.columns).toEqual(['orders.user_id']);
    expect(finding?.fix).toMatchObject({ action: 'create', columns: ['orders.user_id'], include: ['orders.id', 'orders.total'] });
    expect(finding?.message).toContain('orders(user_id) INCLUDE (id, total)');
    if (finding?.fix?.action === 'create') expect(createIndexSql(model, finding.fix)).toMatch(/\("?user_id"?\) INCLUDE \("?id"?, "?total"?\)$/);
    const v = report.verifications.find((x) => x.key === finding?.key);
    expect(v?.verified).toBe(true);
    expect(v?.evidence.find((x) => x.query === 0)?.afterText).toMatch(/Index (Only )?Scan using idx_orders_user_id/);
  });

  it('explains parameterised queries as generic plans, and verifies the range + sort index', () => {
    const finding = findings.find((f) => f.code === 'workload-index' && f.columns[0] === 'orders.created_at');
    const v = report.verifications.find((x) => x.key === finding?.key);
    expect(report.warnings).toEqual([]);
    expect(v?.evidence[0].before).toBeDefined();
    expect(v?.verified).toBe(true);
  });

  it('rolls every candidate back, and the synthetic data follows the model', async () => {
    const indexes = await db.query<{ indexname: string }>(`SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexname LIKE 'idx_%'`);
    expect(indexes.rows).toEqual([]);
    const counts = await db.query<{ users: number; orders: number; orphans: number; emails: number; statuses: number; actives: number }>(`
      SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM orders) AS orders,
             (SELECT count(*)::int FROM orders o WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = o.user_id)) AS orphans,
             (SELECT count(DISTINCT email)::int FROM users) AS emails,
             (SELECT count(DISTINCT status)::int FROM orders WHERE status IN ('pending', 'paid', 'shipped')) AS statuses,
             (SELECT count(DISTINCT is_active)::int FROM users) AS actives`);
    expect(counts.rows[0]).toEqual({ users: 2000, orders: 20_000, orphans: 0, emails: 2000, statuses: 3, actives: 2 });
  });

  it('reports progress up to the total', () => {
    expect(progress.length).toBeGreaterThan(4);
    const last = progress[progress.length - 1];
    expect(last.done + 1).toBe(last.total);
  });
});

describe('verification that fails honestly', () => {
  it('a candidate no query can use is not verified; one without related queries says so', async () => {
    const db = new PGlite();
    try {
      const d = ecommerceDiagram();
      const findings = analyzeIndexes(d);
      const report = await verifySuggestions(db, d, findings, 'SELECT count(*) FROM orders', { defaultRows: 2000 });
      const orders = report.verifications.find((v) => v.key.includes('tbl_orders'));
      expect(orders?.verified).toBe(false);
      expect(orders?.summary).toMatch(/does not use/);
      const items = report.verifications.find((v) => v.key.includes('tbl_order_items'));
      expect(items).toMatchObject({ verified: false, evidence: [] });
      expect(planText({ nodeType: 'Seq Scan', relation: 't', startupCost: 0, totalCost: 1, rows: 1, children: [] })).toBe('Seq Scan on t  (cost=0.00..1.00 rows=1)');
    } finally {
      await db.close();
    }
  }, 120_000);

  it('proves a redundant index safe to drop: the longer index serves the query at about the same cost', async () => {
    const db = new PGlite();
    try {
      const d = diagram([
        tbl('users', ['id']),
        tbl('orders', ['id', 'user_id', ['status', 'varchar']], { foreignKeys: [fk('orders', ['user_id'], 'users')], indexes: [idx('orders', ['user_id', 'status'], { name: 'orders_user_status' }), idx('orders', ['user_id'])] }),
      ]);
      const q = 'SELECT id FROM orders WHERE user_id = 42';
      const findings = analyzeIndexes(d, { queries: q });
      const drop = findings.find((f) => f.code === 'redundant-index');
      expect(drop?.fix?.action).toBe('drop');
      const report = await verifySuggestions(db, d, findings, q, { defaultRows: 5000 });
      const v = report.verifications.find((x) => x.key === drop?.key);
      expect(v?.verified).toBe(true);
      expect(v?.evidence[0].afterText).toMatch(/orders_user_status/);
      expect(report.warnings).toEqual([]);
    } finally {
      await db.close();
    }
  }, 120_000);

  it('writes one INSERT … generate_series per table', () => {
    const inserts = syntheticInserts(model, () => 10);
    expect(inserts).toHaveLength(2);
    expect(inserts[1]).toMatch(/^INSERT INTO "orders" .* FROM generate_series\(1, 10\) AS g\(k\)$/);
    // Keys that may repeat (composite, or on a foreign key) insert with ON CONFLICT DO NOTHING; others need not pay for it.
    const junction = diagram([tbl('a', ['id']), tbl('ab', ['id', 'a_id', 'n'], { uniques: [{ id: 'u', columns: ['ab.a_id', 'ab.n'] }], foreignKeys: [fk('ab', ['a_id'], 'a')] })]);
    expect(syntheticInserts(junction, () => 10).map((sql) => sql.endsWith('ON CONFLICT DO NOTHING'))).toEqual([false, true]);
  });
});
