/**
 * What the database catalogs say a schema is, normalized so PostgreSQL and MySQL answers can be
 * compared with what the model asks for (expected-catalog.ts). Lists are sorted: order inside a
 * table's keys matters, order of the keys does not.
 */
export interface CatalogColumn {
  name: string;
  /** PostgreSQL: format_type() or `enum:<name>`; MySQL: COLUMN_TYPE or `enum:[values]`. */
  type: string;
  nullable: boolean;
  /** A normalized default (see normalizeDefault*), 'serial' / 'identity always' / 'auto_increment', or null. */
  default: string | null;
  comment: string | null;
}

export interface CatalogTable {
  name: string;
  comment: string | null;
  columns: CatalogColumn[];
  primaryKey: string[];
  /** PostgreSQL UNIQUE constraints as JSON column lists (MySQL lists them under indexes). */
  uniques: string[];
  /** Other indexes: `[unique ]method [columns]` with ` DESC` parts and a ` where` mark for partial ones. */
  indexes: string[];
  /** `[columns] -> table [columns] delete:<action> update:<action>`. */
  foreignKeys: string[];
  checkCount: number;
}

export interface CatalogSnapshot {
  tables: CatalogTable[];
  /** Enum types and their labels (PostgreSQL). */
  enums: Record<string, string[]>;
  /** Every index and constraint name, to check that named ones kept their names. */
  names: string[];
}

export function sortSnapshot(snapshot: CatalogSnapshot): CatalogSnapshot {
  return {
    tables: snapshot.tables
      .map((t) => ({ ...t, uniques: [...t.uniques].sort(), indexes: [...t.indexes].sort(), foreignKeys: [...t.foreignKeys].sort() }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    enums: snapshot.enums,
    names: [...snapshot.names].sort(),
  };
}

export function indexEntry(unique: boolean, method: string, columns: string[], partial: boolean): string {
  return `${unique ? 'unique ' : ''}${method} ${JSON.stringify(columns)}${partial ? ' where' : ''}`;
}

export function foreignKeyEntry(columns: string[], refTable: string, refColumns: string[], onDelete: string, onUpdate: string): string {
  return `${JSON.stringify(columns)} -> ${JSON.stringify(refTable)} ${JSON.stringify(refColumns)} delete:${onDelete.toLowerCase()} update:${onUpdate.toLowerCase()}`;
}

/** Index of the last `::` outside single or double quotes, or -1. */
function lastCast(text: string): number {
  let quote: string | undefined;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) {
        if (text[i + 1] === quote) i++;
        else quote = undefined;
      }
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === ':' && text[i + 1] === ':') {
      last = i;
      i++;
    }
  }
  return last;
}

/** Normalized expression text: lower case, no spaces, no wrapping parentheses, one name for "now". */
export function normalizeExpression(sql: string): string {
  let text = sql.toLowerCase().replace(/\s+/g, '');
  while (text.startsWith('(') && text.endsWith(')')) text = text.slice(1, -1);
  return `expr:${text.replace(/^(current_timestamp|now)(\(\d*\))?$/, 'current_timestamp')}`;
}

const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/** A PostgreSQL column_default: `'x'::text` -> str:x, `-1` / `'-1'::integer` -> num:-1, `true` -> bool:true. */
export function normalizePgDefault(text: string | null, numeric: boolean): string | null {
  if (text === null) return null;
  let value = text.trim();
  for (let cast = lastCast(value); cast > 0; cast = lastCast(value)) value = value.slice(0, cast).trim();
  while (value.startsWith('(') && value.endsWith(')') && !value.startsWith("('")) value = value.slice(1, -1).trim();
  if (/^null$/i.test(value)) return null;
  if (/^(true|false)$/i.test(value)) return `bool:${value.toLowerCase()}`;
  if (NUMBER.test(value)) return `num:${Number(value)}`;
  if (value.startsWith("'") && value.endsWith("'")) {
    const str = value.slice(1, -1).replaceAll("''", "'");
    return numeric && NUMBER.test(str) ? `num:${Number(str)}` : `str:${str}`;
  }
  return normalizeExpression(value);
}

/** Reads a MySQL single-quoted literal body (doubled quotes and backslash escapes). */
export function unescapeMysql(body: string): string {
  const escapes: Record<string, string> = { '0': '\0', n: '\n', r: '\r', t: '\t', b: '\b', Z: '\x1a', "'": "'", '"': '"', '\\': '\\' };
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\' && i + 1 < body.length) out += escapes[body[++i]] ?? body[i];
    else if (ch === "'" && body[i + 1] === "'") out += body[i++];
    else out += ch;
  }
  return out;
}

/** A MariaDB COLUMN_DEFAULT (10.2.7+ writes literals quoted and expressions as text). */
export function normalizeMysqlDefault(text: string | null, numeric: boolean): string | null {
  if (text === null || text === 'NULL') return null;
  if (text.startsWith("'") && text.endsWith("'") && text.length >= 2) {
    const str = unescapeMysql(text.slice(1, -1));
    return numeric && NUMBER.test(str) ? `num:${Number(str)}` : `str:${str}`;
  }
  if (NUMBER.test(text)) return `num:${Number(text)}`;
  return normalizeExpression(text);
}

/** The values of a MySQL `enum('a','b')` column type. */
export function parseMysqlEnum(columnType: string): string[] {
  const values: string[] = [];
  const body = columnType.slice(columnType.indexOf('(') + 1, columnType.lastIndexOf(')'));
  let i = 0;
  while (i < body.length) {
    if (body[i] !== "'") {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < body.length) {
      if (body[j] === '\\') j += 2;
      else if (body[j] === "'" && body[j + 1] === "'") j += 2;
      else if (body[j] === "'") break;
      else j++;
    }
    values.push(unescapeMysql(body.slice(i + 1, j)));
    i = j + 1;
  }
  return values;
}
