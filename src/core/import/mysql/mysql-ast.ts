/**
 * Type guards over node-sql-parser's AST. Its published types are loose (many `any`), so the
 * importer treats every node as unknown and reads fields through these helpers.
 */
export type AstObject = Record<string, unknown>;

export function obj(value: unknown): AstObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as AstObject) : undefined;
}

export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function num(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/** A column_ref's name: a string, or { expr: { value } } in some node-sql-parser versions. */
export function columnName(ref: unknown): string | undefined {
  const o = obj(ref);
  if (!o) return str(ref);
  const column = o.column;
  if (typeof column === 'string') return column;
  const expr = obj(obj(column)?.expr);
  return str(expr?.value);
}

/** [{ db, table }] or { db, table } -> schema and name. */
export function tableOf(value: unknown): { schema?: string; name: string } | undefined {
  const first = obj(Array.isArray(value) ? value[0] : value);
  const name = str(first?.table);
  if (name === undefined) return undefined;
  const db = str(first?.db);
  return db ? { schema: db, name } : { name };
}
