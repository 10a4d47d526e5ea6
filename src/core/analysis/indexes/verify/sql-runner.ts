/**
 * What verification needs from a PostgreSQL: run a script, run a query. PGlite satisfies it
 * structurally; the core never imports PGlite, so the browser bundle and the CLI each bring
 * their own (a Web Worker, Node).
 */
export interface SqlRunner {
  /** Runs SQL with the simple-query protocol (so `$1` in EXPLAIN (GENERIC_PLAN) needs no values); resolves to one result per statement. */
  exec(sql: string): Promise<unknown>;
}

/** The rows of the last result of exec(): PGlite gives `[{ rows }]`, other drivers `{ rows }`. */
export function lastRows(result: unknown): unknown[] {
  const last = Array.isArray(result) ? (result[result.length - 1] as unknown) : result;
  if (typeof last === 'object' && last !== null && 'rows' in last && Array.isArray(last.rows)) return last.rows as unknown[];
  return [];
}

/** PostgreSQL identifier quoting: always quoted, so names match the DDL generated with quoteIdentifiers 'always'. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
