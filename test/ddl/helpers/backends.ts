import type { PGlite } from '@electric-sql/pglite';
import type { Connection } from 'mysql2/promise';
import type pg from 'pg';
import { readMysqlCatalog } from './mysql-catalog';
import { readPgCatalog, type PgQuery } from './pg-catalog';
import type { CatalogSnapshot } from './catalog-snapshot';
import { freshName } from './servers';

/**
 * A place to run a script and read back its catalog: a fresh PostgreSQL schema (server or
 * PGlite) or a fresh MySQL database, dropped afterwards so tests never see each other's tables.
 */
export interface Backend {
  name: string;
  /** Runs the statements in order (a failure names the statement), then returns the catalog. */
  run(statements: readonly string[], options?: { times?: number }): Promise<CatalogSnapshot>;
}

async function runAll(exec: (sql: string) => Promise<unknown>, statements: readonly string[], times: number): Promise<void> {
  for (let round = 1; round <= times; round++) {
    for (const statement of statements) {
      try {
        await exec(statement);
      } catch (error) {
        throw new Error(`${(error as Error).message}\n  in statement (run ${round}):\n${statement}`);
      }
    }
  }
}

function postgresBackend(name: string, query: PgQuery, exec: (sql: string) => Promise<unknown>): Backend {
  return {
    name,
    async run(statements, options = {}) {
      const schema = freshName('pg');
      await exec(`CREATE SCHEMA "${schema}"`);
      try {
        await exec(`SET search_path TO "${schema}"`);
        await runAll(exec, statements, options.times ?? 1);
        return await readPgCatalog(query, [schema]);
      } finally {
        await exec('SET search_path TO public');
        await exec(`DROP SCHEMA "${schema}" CASCADE`);
      }
    },
  };
}

export function pgServerBackend(client: pg.Client): Backend {
  return postgresBackend(
    'PostgreSQL server',
    async (sql, params) => (await client.query(sql, params)).rows as Record<string, unknown>[],
    (sql) => client.query(sql),
  );
}

export function pgliteBackend(db: PGlite): Backend {
  return postgresBackend(
    'PGlite',
    async (sql, params) => (await db.query<Record<string, unknown>>(sql, params)).rows,
    (sql) => db.exec(sql),
  );
}

export function mysqlBackend(connection: Connection): Backend {
  const query = async (sql: string, params?: unknown[]) => {
    const [rows] = await connection.query(sql, params);
    return rows as Record<string, unknown>[];
  };
  return {
    name: 'MariaDB server',
    async run(statements, options = {}) {
      const database = freshName('my');
      await connection.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      try {
        await connection.query(`USE \`${database}\``);
        await runAll((sql) => connection.query(sql), statements, options.times ?? 1);
        return await readMysqlCatalog(query, database);
      } finally {
        await connection.query(`DROP DATABASE \`${database}\``);
      }
    },
  };
}
