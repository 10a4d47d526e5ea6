import type { CatalogSnapshot, CatalogTable } from '../ddl/helpers/catalog-snapshot';
import { splitStatements } from '../../src/core/import/split-statements';
import type { SqlDialectName } from '../../src/core/import/import-types';

/**
 * Shared parts of the round-trip tests: which statements of an original file a server is given,
 * running scripts statement by statement (one failure does not stop the rest, it is counted),
 * and the per-table comparison of two catalogs.
 */
export interface ScriptRun {
  statements: number;
  failures: { statement: string; message: string }[];
}

/**
 * The original file's statements, as written (conditional comments intact), without what
 * would leave the fresh test database: psql/mysql client commands, CREATE/DROP DATABASE, USE.
 */
export function originalStatements(text: string, dialect: SqlDialectName): string[] {
  return splitStatements(text, dialect)
    .filter((s) => s.kind === 'sql')
    .map((s) => text.slice(s.start, s.start + s.text.length))
    .filter((sql) => !/^\s*(CREATE|DROP)\s+(DATABASE|SCHEMA\s+public\b)|^\s*USE\s/i.test(sql));
}

export async function runScript(exec: (sql: string) => Promise<unknown>, statements: readonly string[]): Promise<ScriptRun> {
  const failures: ScriptRun['failures'] = [];
  for (const statement of statements) {
    try {
      await exec(statement);
    } catch (error) {
      failures.push({ statement: statement.replace(/\s+/g, ' ').slice(0, 100), message: (error as Error).message.split('\n')[0] });
    }
  }
  return { statements: statements.length, failures };
}

export interface CompareOptions {
  /** Tables left out, with the reason (they did not load in the original database). */
  skipTables?: ReadonlySet<string>;
  /** Rewrites a column type before comparing (e.g. MySQL display widths). */
  normalizeType?: (type: string) => string;
}

/** Per-table differences between the original catalog and the round-tripped one. Empty means equal. */
export function compareCatalogs(original: CatalogSnapshot, roundTrip: CatalogSnapshot, options: CompareOptions = {}): string[] {
  const differences: string[] = [];
  const norm = options.normalizeType ?? ((t: string) => t);
  const byName = new Map(roundTrip.tables.map((t) => [t.name, t]));
  for (const table of original.tables) {
    if (options.skipTables?.has(table.name)) continue;
    const other = byName.get(table.name);
    byName.delete(table.name);
    if (!other) {
      differences.push(`${table.name}: missing after the round trip`);
      continue;
    }
    differences.push(...compareTable(table, other, norm));
  }
  for (const name of byName.keys()) if (!options.skipTables?.has(name)) differences.push(`${name}: only after the round trip`);
  return differences;
}

function compareTable(a: CatalogTable, b: CatalogTable, norm: (t: string) => string): string[] {
  const out: string[] = [];
  const bColumns = new Map(b.columns.map((c) => [c.name, c]));
  for (const column of a.columns) {
    const other = bColumns.get(column.name);
    if (!other) {
      out.push(`${a.name}.${column.name}: column missing`);
      continue;
    }
    if (norm(column.type) !== norm(other.type)) out.push(`${a.name}.${column.name}: type ${column.type} -> ${other.type}`);
    if (column.nullable !== other.nullable) out.push(`${a.name}.${column.name}: ${column.nullable ? 'NULL' : 'NOT NULL'} -> ${other.nullable ? 'NULL' : 'NOT NULL'}`);
    if (column.default !== other.default) out.push(`${a.name}.${column.name}: default ${column.default} -> ${other.default}`);
  }
  for (const column of b.columns) if (!a.columns.some((c) => c.name === column.name)) out.push(`${a.name}.${column.name}: extra column`);
  const list = (what: string, x: readonly string[], y: readonly string[]) => {
    const missing = x.filter((e) => !y.includes(e));
    const extra = y.filter((e) => !x.includes(e));
    for (const e of missing) out.push(`${a.name}: ${what} ${e} missing`);
    for (const e of extra) out.push(`${a.name}: ${what} ${e} extra`);
  };
  if (JSON.stringify(a.primaryKey) !== JSON.stringify(b.primaryKey)) out.push(`${a.name}: primary key ${JSON.stringify(a.primaryKey)} -> ${JSON.stringify(b.primaryKey)}`);
  list('unique', a.uniques, b.uniques);
  list('foreign key', a.foreignKeys, b.foreignKeys);
  list('index', a.indexes, b.indexes);
  return out;
}

/** Prints one line per file and the differences under it. */
export function printReport(title: string, rows: { file: string; tables: number; originalFailures: number; roundTripFailures: number; differences: string[]; note: string }[]): void {
  console.log(`\n${title}`);
  console.table(rows.map((r) => ({ file: r.file, tables: r.tables, 'original: failed stmts': r.originalFailures, 'round trip: failed stmts': r.roundTripFailures, differences: r.differences.length, note: r.note })));
  for (const r of rows) {
    if (r.differences.length === 0) continue;
    console.log(`${r.file}:`);
    for (const d of r.differences) console.log(`  - ${d}`);
  }
}

/** A kind of difference that is understood: which lines it covers, how many, and why. */
export interface KnownDifference {
  pattern: RegExp;
  count: number;
  reason: string;
}

/** Splits differences into the understood ones (counted per kind) and the rest. */
export function explainDifferences(differences: readonly string[], known: readonly KnownDifference[]): { unexplained: string[]; counts: number[] } {
  const counts = known.map(() => 0);
  const unexplained: string[] = [];
  for (const d of differences) {
    const k = known.findIndex((x) => x.pattern.test(d));
    if (k < 0) unexplained.push(d);
    else counts[k]++;
  }
  return { unexplained, counts };
}
