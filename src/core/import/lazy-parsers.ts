import type { Parser as NodeSqlParser } from 'node-sql-parser';

/**
 * The parsers load on first use, not with the core: libpg-query (1.7 MB of WebAssembly, which
 * starts fetching as soon as its module is evaluated), node-sql-parser and @dbml/core are large,
 * and the app should not pay for them until the user imports something.
 */
type PgQuery = typeof import('libpg-query');
type DbmlCore = typeof import('@dbml/core');

let pgQuery: PgQuery | undefined;
let mysqlParser: NodeSqlParser | undefined;
let dbmlCore: DbmlCore | undefined;

export async function loadPgQuery(): Promise<PgQuery> {
  if (!pgQuery) {
    const mod = await import('libpg-query');
    await mod.loadModule();
    pgQuery = mod;
  }
  return pgQuery;
}

/** Only after loadPgQuery() resolved (importSql awaits it first). */
export function pgQuerySync(): PgQuery {
  if (!pgQuery) throw new Error('the PostgreSQL parser is not loaded yet');
  return pgQuery;
}

export async function loadMysqlParser(): Promise<NodeSqlParser> {
  if (!mysqlParser) {
    // The MySQL-only build is a fifth of the all-dialects one. It is CommonJS: depending on the
    // loader, Parser is a named export or a property of the default export.
    const mod: unknown = await import('node-sql-parser/build/mysql');
    const ParserClass = parserClassOf(mod) ?? parserClassOf((mod as { default?: unknown }).default);
    if (!ParserClass) throw new Error('node-sql-parser did not load');
    mysqlParser = new ParserClass();
  }
  return mysqlParser;
}

function parserClassOf(mod: unknown): (new () => NodeSqlParser) | undefined {
  if (typeof mod !== 'object' || mod === null || !('Parser' in mod)) return undefined;
  const candidate = (mod as { Parser: unknown }).Parser;
  return typeof candidate === 'function' ? (candidate as new () => NodeSqlParser) : undefined;
}

export async function loadDbmlCore(): Promise<DbmlCore> {
  dbmlCore ??= await import('@dbml/core');
  return dbmlCore;
}
