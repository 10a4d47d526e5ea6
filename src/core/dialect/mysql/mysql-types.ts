import type { ColumnType } from '../../model/types';
import { unsignedBase, type ForeignTypeRules } from '../base/foreign-types';
import type { MappedType, TypeFamily } from '../base/type-family';
import type { TypeNote } from '../base/type-note';

/** utf8mb4 takes up to four bytes a character: what a CHAR/VARCHAR key part costs. */
const BYTES_PER_CHAR = 4;
/** The longest VARCHAR in utf8mb4 (65,535 bytes a row / 4). */
const MAX_VARCHAR = 16383;

/** MySQL's spelling of the model's known types (enum and arrays are handled by the compiler). */
export function mysqlBuiltinType(type: ColumnType): { type: MappedType; note?: TypeNote } | undefined {
  const p = type.precision;
  const unsigned = unsignedBase(type.name);
  if (unsigned !== undefined) return unsignedType(type, unsigned);
  switch (type.name) {
    case 'smallint':
      return { type: { sql: 'SMALLINT', family: 'integer', keyBytes: 2 } };
    case 'integer':
      return { type: { sql: 'INT', family: 'integer', keyBytes: 4 } };
    case 'bigint':
      return { type: { sql: 'BIGINT', family: 'integer', keyBytes: 8 } };
    case 'decimal':
      return decimalType(p, type.scale);
    case 'real':
      // MySQL's REAL means DOUBLE unless REAL_AS_FLOAT is set; FLOAT is the 4-byte type.
      return { type: { sql: `FLOAT${floatDigits(type)}`, family: 'float', keyBytes: 4 } };
    case 'double':
      return { type: { sql: `DOUBLE${floatDigits(type)}`, family: 'float', keyBytes: 8 } };
    case 'boolean':
      return { type: { sql: 'TINYINT(1)', family: 'boolean', keyBytes: 1 } };
    case 'char': {
      const n = type.length ?? 1;
      if (n > 255) return { type: varchar(n), note: { code: 'type-adjusted', severity: 'warning', message: `MySQL CHAR holds at most 255 characters; char(${n}) is written as ${varchar(n).sql}` } };
      return { type: { sql: type.length !== undefined ? `CHAR(${n})` : 'CHAR', family: 'string', keyBytes: n * BYTES_PER_CHAR, maxLength: n } };
    }
    case 'varchar': {
      if (type.length === undefined) return { type: varchar(255), note: { code: 'type-adjusted', severity: 'warning', message: 'MySQL VARCHAR needs a length; written as VARCHAR(255)' } };
      const written = varchar(type.length);
      if (type.length > MAX_VARCHAR) return { type: written, note: { code: 'type-adjusted', severity: 'warning', message: `varchar(${type.length}) is longer than MySQL's utf8mb4 VARCHAR allows; written as ${written.sql}` } };
      return { type: written };
    }
    case 'text':
      return { type: { sql: 'TEXT', family: 'text' } };
    case 'date':
      return { type: { sql: 'DATE', family: 'date', keyBytes: 3 } };
    case 'time':
      return timeType('TIME', 'time', p, 6);
    case 'timestamp':
      return timeType('DATETIME', 'datetime', p, 8);
    case 'timestamptz':
      // TIMESTAMP is MySQL's time-zone-aware type: stored in UTC, shown in the session's zone.
      return timeType('TIMESTAMP', 'datetime', p, 7);
    case 'interval':
      return { type: { sql: 'TIME', family: 'time', keyBytes: 6 }, note: { code: 'type-translated', severity: 'warning', message: 'MySQL has no INTERVAL type; written as TIME (at most 838:59:59)' } };
    case 'uuid':
      return { type: { sql: 'CHAR(36)', family: 'uuid', keyBytes: 36 * BYTES_PER_CHAR } };
    case 'json':
      return { type: { sql: 'JSON', family: 'json' } };
    case 'jsonb':
      return { type: { sql: 'JSON', family: 'json' }, note: { code: 'type-translated', severity: 'info', message: 'MySQL has no JSONB; written as JSON' } };
    case 'binary':
      return { type: type.length !== undefined ? { sql: `VARBINARY(${type.length})`, family: 'binary', keyBytes: type.length } : { sql: 'BLOB', family: 'blob' } };
    default:
      return undefined;
  }
}

/** FLOAT(M,D) / DOUBLE(M,D): MySQL keeps the digits (and rounds to them) only when both are given. */
function floatDigits(type: ColumnType): string {
  return type.precision !== undefined && type.scale !== undefined ? `(${type.precision}, ${type.scale})` : '';
}

function unsignedType(type: ColumnType, base: string): { type: MappedType; note?: TypeNote } | undefined {
  const NARROW: Record<string, MappedType> = {
    tinyint: { sql: 'TINYINT', family: 'integer', keyBytes: 1 },
    mediumint: { sql: 'MEDIUMINT', family: 'integer', keyBytes: 3 },
  };
  const signed = NARROW[base] !== undefined ? { type: NARROW[base] } : mysqlBuiltinType({ ...type, name: base });
  if (!signed) return undefined;
  return { ...signed, type: { ...signed.type, sql: `${signed.type.sql} UNSIGNED` } };
}

function varchar(n: number): MappedType {
  if (n > MAX_VARCHAR) return { sql: 'MEDIUMTEXT', family: 'text' };
  return { sql: `VARCHAR(${n})`, family: 'string', keyBytes: n * BYTES_PER_CHAR, maxLength: n };
}

function decimalType(precision: number | undefined, scale: number | undefined): { type: MappedType; note?: TypeNote } {
  if (precision === undefined) {
    return { type: { sql: 'DECIMAL(65, 30)', family: 'decimal', keyBytes: 30 }, note: { code: 'type-adjusted', severity: 'warning', message: 'MySQL DECIMAL without precision means DECIMAL(10, 0); written as DECIMAL(65, 30), the widest MySQL has' } };
  }
  const p = Math.min(Math.max(precision, 1), 65);
  const s = scale === undefined ? undefined : Math.min(scale, 30, p);
  const sql = s !== undefined ? `DECIMAL(${p}, ${s})` : `DECIMAL(${p})`;
  const type: MappedType = { sql, family: 'decimal', keyBytes: Math.ceil(p / 2) + 1 };
  if (p !== precision || s !== scale) return { type, note: { code: 'type-adjusted', severity: 'warning', message: `MySQL DECIMAL allows precision 1..65 and scale 0..30; written as ${sql}` } };
  return { type };
}

function timeType(sql: string, family: TypeFamily, precision: number | undefined, keyBytes: number): { type: MappedType; note?: TypeNote } {
  if (precision === undefined) return { type: { sql, family, keyBytes } };
  const p = Math.min(precision, 6);
  const type: MappedType = { sql: `${sql}(${p})`, family, keyBytes: keyBytes + 3, fractionalDigits: p };
  if (p !== precision) return { type, note: { code: 'type-adjusted', severity: 'warning', message: `${sql} precision ${precision} is more than 6; written as ${sql}(6)` } };
  return { type };
}

const NATIVE: [string, TypeFamily][] = [
  ...['tinyint', 'mediumint', 'int', 'year', 'serial'].map((n): [string, TypeFamily] => [n, 'integer']),
  ['numeric', 'decimal'],
  ['fixed', 'decimal'],
  ['float', 'float'],
  ['double precision', 'float'],
  ['bool', 'boolean'],
  ['datetime', 'datetime'],
  ...['tinytext', 'mediumtext', 'longtext'].map((n): [string, TypeFamily] => [n, 'text']),
  ...['tinyblob', 'blob', 'mediumblob', 'longblob'].map((n): [string, TypeFamily] => [n, 'blob']),
  ['varbinary', 'binary'],
  // Fixed-length BINARY(n), kept verbatim by the importer (the model's binary(n) is VARBINARY).
  ['binary', 'binary'],
  ...['bit', 'geometry', 'point', 'linestring', 'polygon', 'multipoint', 'multilinestring', 'multipolygon', 'geometrycollection', 'inet4', 'inet6'].map(
    (n): [string, TypeFamily] => [n, 'other'],
  ),
];

const T = (sql: string, family: TypeFamily, keyBytes?: number): MappedType => (keyBytes === undefined ? { sql, family } : { sql, family, keyBytes });

/** Type names MySQL knows, PostgreSQL types it has an equivalent for, and (none here) extension types. */
export const MYSQL_FOREIGN_TYPES: ForeignTypeRules = {
  native: new Map(NATIVE),
  extensions: new Map(),
  translations: new Map([
    ['int2', T('SMALLINT', 'integer', 2)],
    ['int4', T('INT', 'integer', 4)],
    ['int8', T('BIGINT', 'integer', 8)],
    ['float4', T('FLOAT', 'float', 4)],
    ['float8', T('DOUBLE', 'float', 8)],
    ['money', T('DECIMAL(19, 2)', 'decimal', 11)],
    ['inet', T('VARCHAR(43)', 'string', 172)],
    ['cidr', T('VARCHAR(43)', 'string', 172)],
    ['macaddr', T('VARCHAR(17)', 'string', 68)],
    ['macaddr8', T('VARCHAR(23)', 'string', 92)],
    ['bytea', T('BLOB', 'blob')],
    ['citext', T('TEXT', 'text')],
    ['tsvector', T('TEXT', 'text')],
    ['tsquery', T('TEXT', 'text')],
    ['xml', T('LONGTEXT', 'text')],
    ['hstore', T('JSON', 'json')],
    ['timetz', T('TIME', 'time', 6)],
  ]),
};
