import type { Column, ColumnDefault, Diagram, ReferentialAction, Table } from '../../../src/core/index';
import { foreignKeyEntry, indexEntry, normalizeExpression, sortSnapshot, type CatalogColumn, type CatalogSnapshot, type CatalogTable } from './catalog-snapshot';

/**
 * What the catalogs must show for a diagram, written from the model by hand-checked rules
 * (not by calling the generator): the catalog spelling of each type, nullability, defaults,
 * keys, foreign keys and indexes. Covers the models the tests build (valid for the dialect).
 */

type Dialect = 'postgres' | 'mysql';

function pgType(column: Column, diagram: Diagram): string {
  const t = column.type;
  const p = t.precision;
  let base: string;
  switch (t.name) {
    case 'smallint':
    case 'integer':
    case 'bigint':
    case 'boolean':
    case 'text':
    case 'date':
    case 'interval':
    case 'uuid':
    case 'json':
    case 'jsonb':
    case 'real':
      base = t.name;
      break;
    case 'double':
      base = 'double precision';
      break;
    case 'decimal':
      base = p === undefined ? 'numeric' : `numeric(${p},${t.scale ?? 0})`;
      break;
    case 'char':
      base = `character(${t.length ?? 1})`;
      break;
    case 'varchar':
      base = t.length === undefined ? 'character varying' : `character varying(${t.length})`;
      break;
    case 'time':
      base = p === undefined ? 'time without time zone' : `time(${p}) without time zone`;
      break;
    case 'timestamp':
      base = p === undefined ? 'timestamp without time zone' : `timestamp(${p}) without time zone`;
      break;
    case 'timestamptz':
      base = p === undefined ? 'timestamp with time zone' : `timestamp(${p}) with time zone`;
      break;
    case 'binary':
      base = 'bytea';
      break;
    case 'enum':
      base = `enum:${diagram.enums.find((e) => e.id === column.enumId)?.name}`;
      break;
    default:
      base = t.name;
  }
  return (t.arrayDimensions ?? 0) > 0 ? `${base}[]` : base;
}

function mysqlType(column: Column, diagram: Diagram): string {
  const t = column.type;
  const p = t.precision;
  if ((t.arrayDimensions ?? 0) > 0) return 'longtext';
  switch (t.name) {
    case 'smallint':
      return 'smallint(6)';
    case 'integer':
      return 'int(11)';
    case 'bigint':
      return 'bigint(20)';
    case 'decimal':
      return `decimal(${p ?? 65},${p === undefined ? 30 : (t.scale ?? 0)})`;
    case 'real':
      return 'float';
    case 'double':
      return 'double';
    case 'boolean':
      return 'tinyint(1)';
    case 'char':
      return `char(${t.length ?? 1})`;
    case 'varchar':
      return `varchar(${t.length ?? 255})`;
    case 'text':
      return 'text';
    case 'date':
      return 'date';
    case 'time':
    case 'interval':
      // MySQL shows a precision of 0 as no precision.
      return !p || t.name === 'interval' ? 'time' : `time(${p})`;
    case 'timestamp':
      return !p ? 'datetime' : `datetime(${p})`;
    case 'timestamptz':
      return !p ? 'timestamp' : `timestamp(${p})`;
    case 'uuid':
      return 'char(36)';
    case 'json':
    case 'jsonb':
      // MariaDB's JSON is LONGTEXT with a json_valid() check.
      return 'longtext';
    case 'binary':
      return t.length === undefined ? 'blob' : `varbinary(${t.length})`;
    case 'inet':
    case 'cidr':
      return 'varchar(43)';
    case 'tsvector':
      return 'text';
    case 'enum': {
      const values = diagram.enums.find((e) => e.id === column.enumId)?.values ?? [];
      return `enum:${JSON.stringify(values.map((v) => shownByMysql(v)))}`;
    }
    default:
      return t.name;
  }
}

/**
 * MariaDB's catalogs (SHOW CREATE TABLE, information_schema) are utf8mb3 and show characters
 * outside the Basic Multilingual Plane as '?'; the stored values and defaults keep them.
 */
function shownByMysql(text: string, expression = false): string {
  // Expression defaults (TEXT, JSON) are shown byte by byte: one '?' for each of the 4 bytes.
  return text.replace(/[\u{10000}-\u{10FFFF}]/gu, expression ? '????' : '?');
}

const NUMERIC_TYPES = new Set(['smallint', 'integer', 'bigint', 'decimal', 'real', 'double']);

function expectedDefault(column: Column, dialect: Dialect): string | null {
  if (column.identity) {
    if (dialect === 'mysql') return 'auto_increment';
    return column.identity === 'serial' ? 'serial' : column.identity === 'always' ? 'identity always' : 'identity by default';
  }
  const d: ColumnDefault | undefined = column.default;
  if (!d) return null;
  if (d.kind === 'expression') {
    const sql = d.sql.trim();
    if (dialect === 'mysql' && /^gen_random_uuid\(\)$/i.test(sql)) return 'expr:uuid()';
    return normalizeExpression(sql);
  }
  const v = d.value;
  if (v === null) return null;
  if (typeof v === 'boolean') return dialect === 'postgres' ? `bool:${v}` : `num:${v ? 1 : 0}`;
  if (typeof v === 'number') return `num:${v}`;
  if (NUMERIC_TYPES.has(column.type.name) && (column.type.arrayDimensions ?? 0) === 0) return `num:${Number(v)}`;
  return `str:${dialect === 'mysql' ? shownByMysql(v, ['text', 'json', 'jsonb'].includes(column.type.name)) : v}`;
}

const PG_ACTIONS: Record<ReferentialAction, string> = { 'no-action': 'no action', restrict: 'restrict', cascade: 'cascade', 'set-null': 'set null', 'set-default': 'set default' };
// The MySQL generator writes NO ACTION out (MariaDB would report an omitted action as RESTRICT), so both dialects report it as written.
const MYSQL_ACTIONS: Record<ReferentialAction, string> = PG_ACTIONS;

const TEXTY = new Set(['text', 'json', 'jsonb', 'binary']);

function isLong(column: Column): boolean {
  return (TEXTY.has(column.type.name) && !(column.type.name === 'binary' && column.type.length !== undefined)) || (column.type.arrayDimensions ?? 0) > 0;
}

/** UNIQUEs that are created: one repeating the primary key or an earlier UNIQUE (same columns, same order) is not. */
function keptUniques(table: Table): { name?: string; columns: string[] }[] {
  const pk = table.primaryKey?.columns ?? [];
  const seen = new Set<string>(pk.length > 0 ? [pk.join('\u0000')] : []);
  const all = [...table.columns.filter((c) => c.unique).map((c) => ({ columns: [c.id] })), ...table.uniques];
  return all.filter((u) => {
    const key = u.columns.join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function expectedTable(table: Table, diagram: Diagram, dialect: Dialect): CatalogTable {
  const byId = new Map(table.columns.map((c) => [c.id, c]));
  const name = (id: string) => byId.get(id)?.name ?? `?${id}`;
  const pk = table.primaryKey?.columns ?? [];
  const columns: CatalogColumn[] = table.columns.map((c) => ({
    name: c.name,
    type: dialect === 'postgres' ? pgType(c, diagram) : mysqlType(c, diagram),
    nullable: c.nullable && !pk.includes(c.id) && !c.identity,
    default: expectedDefault(c, dialect),
    comment: c.comment ?? null,
  }));
  const uniques: string[] = [];
  const indexes: string[] = [];
  // Leading column lists of MySQL indexes, to know when InnoDB adds one for a foreign key.
  const leading: string[][] = [];
  if (pk.length > 0) leading.push(pk.map(name));
  const uniqueKeys = keptUniques(table).map((u) => u.columns);
  for (const ids of uniqueKeys) {
    if (dialect === 'postgres') uniques.push(JSON.stringify(ids.map(name)));
    else {
      // MariaDB enforces UNIQUE on TEXT/BLOB columns with a hidden hash.
      indexes.push(indexEntry(true, ids.some((id) => isLong(byId.get(id) as Column)) ? 'hash' : 'btree', ids.map(name), false));
      leading.push(ids.map(name));
    }
  }
  for (const index of table.indexes) {
    const parts = index.columns.map((p) => name(p.columnId) + (p.order === 'desc' ? ' DESC' : ''));
    if (dialect === 'postgres') {
      if (index.method === 'fulltext') indexes.push(indexEntry(false, 'gin', ['expr'], index.where !== undefined));
      else indexes.push(indexEntry(index.unique, index.method, parts, index.where !== undefined));
    } else {
      const method = index.method === 'fulltext' ? 'fulltext' : index.unique && index.columns.some((p) => isLong(byId.get(p.columnId) as Column)) ? 'hash' : 'btree';
      indexes.push(indexEntry(index.unique, method, method === 'fulltext' ? index.columns.map((p) => name(p.columnId)) : parts, false));
      if (method !== 'fulltext') leading.push(index.columns.map((p) => name(p.columnId)));
    }
  }
  const actions = dialect === 'postgres' ? PG_ACTIONS : MYSQL_ACTIONS;
  const foreignKeys = table.foreignKeys.map((fk) => {
    const target = diagram.tables.find((t) => t.id === fk.refTableId) as Table;
    const refName = (id: string) => target.columns.find((c) => c.id === id)?.name ?? `?${id}`;
    if (dialect === 'mysql') {
      const cols = fk.columns.map(name);
      const covered = leading.some((l) => cols.every((c, i) => l[i] === c));
      if (!covered) {
        indexes.push(indexEntry(false, 'btree', cols, false));
        leading.push(cols);
      }
    }
    return foreignKeyEntry(fk.columns.map(name), target.name, fk.refColumns.map(refName), actions[fk.onDelete], actions[fk.onUpdate]);
  });
  return {
    name: table.name,
    comment: table.comment ?? null,
    columns,
    primaryKey: pk.map(name),
    uniques,
    indexes,
    foreignKeys,
    checkCount: table.checks.length,
  };
}

/** The catalog snapshot a correct script produces for `diagram` (names: only those the model gives). */
export function expectedCatalog(diagram: Diagram, dialect: Dialect): CatalogSnapshot {
  const enums: Record<string, string[]> = {};
  if (dialect === 'postgres') for (const e of diagram.enums) enums[e.name] = [...e.values];
  const names: string[] = [];
  for (const t of diagram.tables) {
    for (const n of [t.primaryKey?.name, ...keptUniques(t).map((u) => u.name), ...t.indexes.map((i) => i.name), ...t.checks.map((c) => c.name), ...t.foreignKeys.map((f) => f.name)]) {
      if (n && !(dialect === 'mysql' && n === t.primaryKey?.name)) names.push(n);
    }
  }
  return sortSnapshot({ tables: diagram.tables.map((t) => expectedTable(t, diagram, dialect)), enums, names });
}

/** Compares an actual snapshot with the expected one: names the model gives must exist; the rest must be equal. */
export function compareCatalog(actual: CatalogSnapshot, expected: CatalogSnapshot): { tables: CatalogTable[]; enums: Record<string, string[]>; missingNames: string[] } {
  const have = new Set(actual.names);
  return { tables: actual.tables, enums: actual.enums, missingNames: expected.names.filter((n) => !have.has(n)) };
}
