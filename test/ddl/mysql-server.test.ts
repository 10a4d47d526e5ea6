import mysql, { type Connection } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDdl } from '../../src/core/index';
import { mysqlBackend, type Backend } from './helpers/backends';
import { defineCatalogScenarios } from './helpers/catalog-scenarios';
import { definePropertyTests } from './helpers/property-tests';
import { freshName, MYSQL_URL, probeMysql, PROPERTY_RUNS, requireReachable, skipUnlessReachable } from './helpers/servers';
import { showcaseDiagram } from './fixtures/showcase';

/** The generated MySQL scripts on a real MariaDB 10.11 server (scripts/ci-databases.sh starts it). */
const problem = await probeMysql();

describe.skipIf(skipUnlessReachable(problem))('MySQL DDL on a real MariaDB server', () => {
  let connection: Connection;
  let backend: Backend;
  beforeAll(async () => {
    requireReachable(problem);
    connection = await mysql.createConnection({ uri: MYSQL_URL });
    // Strict mode turns silent truncations and bad defaults into errors, as in production setups.
    await connection.query("SET SESSION sql_mode = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'");
    backend = mysqlBackend(connection);
  });
  afterAll(async () => {
    await connection?.end();
  });

  it('runs on MariaDB 10.11', async () => {
    const [rows] = await connection.query('SELECT VERSION() AS version');
    expect(String((rows as { version: string }[])[0].version)).toMatch(/^10\.11\./);
  });

  defineCatalogScenarios(() => backend, 'mysql');

  it('creates schema-qualified tables in their databases', async () => {
    const diagram = showcaseDiagram();
    const sales = freshName('sales');
    diagram.tables = diagram.tables.map((t) => ({ ...t, schema: sales }));
    const { statements } = generateDdl(diagram, 'mysql', { schemaQualified: true });
    try {
      for (const statement of statements) await connection.query(statement);
      const [rows] = await connection.query('SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?', [sales]);
      expect((rows as { name: string }[]).map((r) => r.name).sort()).toEqual(diagram.tables.map((t) => t.name).sort());
    } finally {
      await connection.query(`DROP DATABASE IF EXISTS \`${sales}\``);
    }
  });

  definePropertyTests(() => backend, 'mysql', PROPERTY_RUNS);
});
