import pg from 'pg';
import mysql from 'mysql2/promise';

/**
 * Connections to the real database servers (started in CI by scripts/ci-databases.sh). When a
 * server is unreachable, the suite is skipped locally with a note, and fails in CI: there a
 * server that cannot start is a failure, never a skip.
 */
export const PG_URL = process.env.ERD_PG_URL ?? 'postgres://erd:erd@127.0.0.1:5432/erd_test';
export const MYSQL_URL = process.env.ERD_MYSQL_URL ?? 'mysql://erd:erd@127.0.0.1:3306/erd_test';
export const IN_CI = process.env.CI === 'true';

/** Property-test runs: 200 in CI, fewer locally (ERD_PROPERTY_RUNS overrides both). */
export const PROPERTY_RUNS = Number(process.env.ERD_PROPERTY_RUNS ?? (IN_CI ? 200 : 50));

/** A URL with its password hidden, for messages. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

export async function probePostgres(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return `PostgreSQL at ${redact(PG_URL)} is unreachable: ${(error as Error).message}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function probeMysql(): Promise<string | undefined> {
  try {
    const connection = await mysql.createConnection({ uri: MYSQL_URL, connectTimeout: 3000 });
    await connection.query('SELECT 1');
    await connection.end();
    return undefined;
  } catch (error) {
    return `MySQL/MariaDB at ${redact(MYSQL_URL)} is unreachable: ${(error as Error).message}`;
  }
}

/** Whether to skip a server suite: only outside CI, with a note saying why. */
export function skipUnlessReachable(problem: string | undefined): boolean {
  if (problem === undefined) return false;
  if (IN_CI) return false;
  console.warn(`[ddl] skipping the real-server suite: ${problem} (run scripts/ci-databases.sh as root to start it)`);
  return true;
}

/** Throws the clear CI failure when the server was unreachable. */
export function requireReachable(problem: string | undefined): void {
  if (problem !== undefined) throw new Error(`${problem}. In CI the database servers must run (scripts/ci-databases.sh); this is a failure, not a skip.`);
}

let counter = 0;
/** A name for a fresh schema or database, unique across parallel test files and runs. */
export function freshName(prefix: string): string {
  counter++;
  return `erd_t_${prefix}_${process.pid}_${Date.now().toString(36)}_${counter}`;
}
