import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDdl } from '../../src/core/index';
import { importSql } from '../../src/core/import/import-sql';
import { readPgCatalog } from '../ddl/helpers/pg-catalog';
import { freshName, PG_URL, probePostgres, requireReachable, skipUnlessReachable } from '../ddl/helpers/servers';
import { readCorpusFile, readManifest } from './corpus';
import { compareCatalogs, originalStatements, printReport, runScript } from './roundtrip-helpers';

/**
 * Round trip on a real PostgreSQL 15: the original corpus file is loaded into a fresh database,
 * the file is imported, DDL is generated for PostgreSQL and loaded into another fresh database,
 * and the two catalogs are compared table by table. pg_pagila_schema.sql targets PostgreSQL 18
 * and runs on PGlite in roundtrip-pglite.test.ts.
 */
const problem = await probePostgres();
const files = readManifest().filter((e) => e.dialect === 'postgres' && e.file !== 'pg_pagila_schema.sql');

/** Differences that are understood, per file, each with its reason; anything else fails. */
const EXPECTED: Record<string, { differences: string[]; roundTripFailures?: number; note: string }> = {
  'pg_openstreetmap_structure.sql': {
    note:
      'postgis is not installed: moderation_zones (geometry) fails on both sides (3 round-trip statements); ' +
      '4 expression indexes are not held by the model; the DDL generator writes GiST on integer columns as btree (btree_gist is an extension, which the model does not hold)',
    roundTripFailures: 3,
    differences: [
      'changesets: index gist ["min_lat","max_lat","min_lon","max_lon"] missing',
      'changesets: index btree ["min_lat","max_lat","min_lon","max_lon"] extra',
      'note_comments: index gin ["expr"] missing',
      'notes: index gin ["expr"] missing',
      'users: index btree ["expr"] missing',
      'users: index btree ["expr"] missing',
    ],
  },
};

const report: Parameters<typeof printReport>[1] = [];

describe.skipIf(skipUnlessReachable(problem))('import round trip on PostgreSQL 15', () => {
  let admin: pg.Client;
  const created: string[] = [];

  async function freshDatabase(): Promise<pg.Client> {
    const name = freshName('rt');
    await admin.query(`CREATE DATABASE "${name}"`);
    created.push(name);
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    return client;
  }

  beforeAll(async () => {
    requireReachable(problem);
    admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
  });
  afterAll(async () => {
    printReport('Round trip on PostgreSQL 15 (original file vs import -> generateDdl):', report);
    for (const name of created) await admin?.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
    await admin?.end();
  });

  for (const entry of files) {
    it(`round-trips ${entry.file}`, async () => {
      const text = readCorpusFile(entry.file);
      const original = await freshDatabase();
      const roundTrip = await freshDatabase();
      try {
        const originalRun = await runScript((sql) => original.query(sql), originalStatements(text, 'postgres'));
        const { diagram, errors } = await importSql(text, { dialect: 'postgres' });
        expect(errors).toEqual([]);
        // The model holds no extensions: create the ones the original could, as a user would.
        const extensions = (await original.query(`SELECT extname FROM pg_extension WHERE extname <> 'plpgsql'`)).rows.map((r: { extname: string }) => r.extname);
        for (const name of extensions) await roundTrip.query(`CREATE EXTENSION IF NOT EXISTS "${name}"`);
        const ddl = generateDdl(diagram, 'postgres', { header: false });
        const roundTripRun = await runScript((sql) => roundTrip.query(sql), ddl.statements);
        const query = (client: pg.Client) => async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as Record<string, unknown>[];
        const a = await readPgCatalog(query(original), ['public']);
        const b = await readPgCatalog(query(roundTrip), ['public']);
        const differences = compareCatalogs(a, b);
        for (const f of originalRun.failures.slice(0, 5)) console.log(`[${entry.file}] original failed: ${f.message} in ${f.statement}`);
        for (const f of roundTripRun.failures.slice(0, 5)) console.log(`[${entry.file}] round trip failed: ${f.message} in ${f.statement}`);
        report.push({ file: entry.file, tables: a.tables.length, originalFailures: originalRun.failures.length, roundTripFailures: roundTripRun.failures.length, differences, note: EXPECTED[entry.file]?.note ?? '' });
        expect(roundTripRun.failures).toHaveLength(EXPECTED[entry.file]?.roundTripFailures ?? 0);
        expect(differences).toEqual(EXPECTED[entry.file]?.differences ?? []);
      } finally {
        await original.end();
        await roundTrip.end();
      }
    }, 120_000);
  }
});
