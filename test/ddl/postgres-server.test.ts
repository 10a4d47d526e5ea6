import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateDdl } from '../../src/core/index';
import { pgServerBackend, type Backend } from './helpers/backends';
import { defineCatalogScenarios, expectCatalogMatches } from './helpers/catalog-scenarios';
import { readPgCatalog } from './helpers/pg-catalog';
import { definePropertyTests } from './helpers/property-tests';
import { freshName, PG_URL, probePostgres, PROPERTY_RUNS, requireReachable, skipUnlessReachable } from './helpers/servers';
import { showcaseDiagram } from './fixtures/showcase';

/** The generated PostgreSQL scripts on a real PostgreSQL 15 server (scripts/ci-databases.sh starts it). */
const problem = await probePostgres();

describe.skipIf(skipUnlessReachable(problem))('PostgreSQL DDL on a real PostgreSQL server', () => {
  let client: pg.Client;
  let backend: Backend;
  const notices: string[] = [];
  afterEach(() => {
    const unexpected = notices.filter((n) => !/, skipping$|^drop cascades to/.test(n));
    notices.length = 0;
    expect(unexpected, 'PostgreSQL notices').toEqual([]);
  });
  beforeAll(async () => {
    requireReachable(problem);
    client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    // Notices such as "identifier will be truncated" mean a silent change: each test fails on them.
    client.on('notice', (notice) => notices.push(notice.message ?? ''));
    backend = pgServerBackend(client);
  });
  afterAll(async () => {
    await client?.end();
  });

  it('runs on PostgreSQL 15', async () => {
    const { rows } = await client.query<{ server_version_num: string }>('SHOW server_version_num');
    expect(Math.floor(Number(rows[0].server_version_num) / 10000)).toBe(15);
  });

  defineCatalogScenarios(() => backend, 'postgres');

  it('creates schema-qualified tables and enums in their schemas', async () => {
    const diagram = showcaseDiagram();
    const sales = freshName('sales');
    const audit = freshName('audit');
    diagram.tables = diagram.tables.map((t, i) => ({ ...t, schema: i % 2 === 0 ? sales : audit }));
    diagram.enums = diagram.enums.map((e) => ({ ...e, schema: sales }));
    const { statements } = generateDdl(diagram, 'postgres', { schemaQualified: true });
    try {
      for (const statement of statements) await client.query(statement);
      const catalog = await readPgCatalog(async (sql, params) => (await client.query(sql, params)).rows as Record<string, unknown>[], [sales, audit]);
      expect(catalog.tables.map((t) => t.name).sort()).toEqual(diagram.tables.map((t) => `${t.schema}.${t.name}`).sort());
      expect(Object.keys(catalog.enums)).toEqual(['order_status']);
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS "${sales}" CASCADE`);
      await client.query(`DROP SCHEMA IF EXISTS "${audit}" CASCADE`);
    }
  });

  it('keeps the showcase catalog when the script runs in one transaction', async () => {
    // PostgreSQL DDL is transactional: the whole script can be applied atomically.
    await client.query('BEGIN');
    try {
      await expectCatalogMatches(backend, showcaseDiagram(), 'postgres');
    } finally {
      await client.query('ROLLBACK');
    }
  });

  definePropertyTests(() => backend, 'postgres', PROPERTY_RUNS);
});
