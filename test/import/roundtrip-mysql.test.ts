import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDdl } from '../../src/core/index';
import { importSql } from '../../src/core/import/import-sql';
import { readMysqlCatalog } from '../ddl/helpers/mysql-catalog';
import { freshName, MYSQL_URL, probeMysql, requireReachable, skipUnlessReachable } from '../ddl/helpers/servers';
import { readCorpusFile, readManifest } from './corpus';
import { compareCatalogs, explainDifferences, originalStatements, printReport, runScript, type KnownDifference } from './roundtrip-helpers';

/**
 * Round trip on a real MariaDB 10.11: the original corpus file is loaded into a fresh database,
 * the file is imported, DDL is generated for MySQL and loaded into another fresh database, and
 * the two catalogs are compared table by table.
 */
const problem = await probeMysql();
const files = readManifest().filter((e) => e.dialect === 'mysql');

/** Differences that are understood, per file, each with its reason; anything else fails. */
const EXPECTED: Record<string, KnownDifference[]> = {};

/** Integer display widths (int(11)) say nothing about what is stored: compare without them. */
const normalizeType = (type: string) => type.replace(/^(tinyint|smallint|mediumint|int|bigint)\(\d+\)/, '$1');

const report: Parameters<typeof printReport>[1] = [];

describe.skipIf(skipUnlessReachable(problem))('import round trip on MariaDB 10.11', () => {
  let connection: mysql.Connection;
  const created: string[] = [];

  async function freshDatabase(): Promise<string> {
    const name = freshName('rt');
    await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    created.push(name);
    return name;
  }

  beforeAll(async () => {
    requireReachable(problem);
    connection = await mysql.createConnection({ uri: MYSQL_URL });
  });
  afterAll(async () => {
    printReport('Round trip on MariaDB 10.11 (original file vs import -> generateDdl):', report);
    for (const name of created) await connection?.query(`DROP DATABASE IF EXISTS \`${name}\``).catch(() => undefined);
    await connection?.end();
  });

  for (const entry of files) {
    it(`round-trips ${entry.file}`, async () => {
      const text = readCorpusFile(entry.file);
      const original = await freshDatabase();
      const roundTrip = await freshDatabase();
      const query = async (sql: string, params?: unknown[]) => (await connection.query(sql, params))[0] as Record<string, unknown>[];
      await connection.query(`USE \`${original}\``);
      // Each file sets its own session (FOREIGN_KEY_CHECKS, sql_mode); start from the server's.
      await connection.query('SET SESSION sql_mode = DEFAULT, FOREIGN_KEY_CHECKS = 1');
      const originalRun = await runScript((sql) => connection.query(sql), originalStatements(text, 'mysql'));
      const { diagram, errors } = await importSql(text, { dialect: 'mysql' });
      expect(errors).toEqual([]);
      await connection.query(`USE \`${roundTrip}\``);
      await connection.query('SET SESSION sql_mode = DEFAULT, FOREIGN_KEY_CHECKS = 1');
      const ddl = generateDdl(diagram, 'mysql', { header: false });
      const roundTripRun = await runScript((sql) => connection.query(sql), ddl.statements);
      const a = await readMysqlCatalog(query, original);
      const b = await readMysqlCatalog(query, roundTrip);
      const differences = compareCatalogs(a, b, { normalizeType });
      for (const f of originalRun.failures.slice(0, 5)) console.log(`[${entry.file}] original failed: ${f.message} in ${f.statement}`);
      for (const f of roundTripRun.failures.slice(0, 5)) console.log(`[${entry.file}] round trip failed: ${f.message} in ${f.statement}`);
      const known = EXPECTED[entry.file] ?? [];
      const note = known.map((k) => `${k.count}x ${k.reason}`).join('; ');
      report.push({ file: entry.file, tables: a.tables.length, originalFailures: originalRun.failures.length, roundTripFailures: roundTripRun.failures.length, differences, note });
      expect(roundTripRun.failures).toEqual([]);
      const { unexplained, counts } = explainDifferences(differences, known);
      expect(unexplained).toEqual([]);
      expect(counts).toEqual(known.map((k) => k.count));
    }, 120_000);
  }
});
