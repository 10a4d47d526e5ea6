import type { ColumnType } from '../../model/types';
import { unsignedBase, type ForeignTypeRules } from '../base/foreign-types';
import type { MappedType, TypeFamily } from '../base/type-family';
import type { TypeNote } from '../base/type-note';

/** PostgreSQL's spelling of the model's known types (enum and arrays are handled by the compiler). */
export function postgresBuiltinType(type: ColumnType): { type: MappedType; note?: TypeNote } | undefined {
  const p = type.precision;
  const unsigned = unsignedBase(type.name);
  if (unsigned !== undefined) return unsignedType(type, unsigned);
  switch (type.name) {
    case 'smallint':
      return { type: { sql: 'SMALLINT', family: 'integer' } };
    case 'integer':
      return { type: { sql: 'INTEGER', family: 'integer' } };
    case 'bigint':
      return { type: { sql: 'BIGINT', family: 'integer' } };
    case 'decimal': {
      if (p === undefined) return { type: { sql: 'DECIMAL', family: 'decimal' } };
      if (p > 1000 || p < 1) return { type: { sql: 'DECIMAL', family: 'decimal' }, note: { code: 'type-adjusted', severity: 'warning', message: `DECIMAL precision ${p} is outside 1..1000; written as DECIMAL without precision` } };
      return { type: { sql: type.scale !== undefined ? `DECIMAL(${p}, ${type.scale})` : `DECIMAL(${p})`, family: 'decimal' } };
    }
    case 'real':
      return { type: { sql: 'REAL', family: 'float' }, note: floatDigitsNote(type, 'REAL') };
    case 'double':
      return { type: { sql: 'DOUBLE PRECISION', family: 'float' }, note: floatDigitsNote(type, 'DOUBLE PRECISION') };
    case 'boolean':
      return { type: { sql: 'BOOLEAN', family: 'boolean' } };
    case 'char':
      return { type: { sql: type.length !== undefined ? `CHAR(${type.length})` : 'CHAR', family: 'string', maxLength: type.length ?? 1 } };
    case 'varchar':
      return { type: type.length !== undefined ? { sql: `VARCHAR(${type.length})`, family: 'string', maxLength: type.length } : { sql: 'VARCHAR', family: 'string' } };
    case 'text':
      return { type: { sql: 'TEXT', family: 'text' } };
    case 'date':
      return { type: { sql: 'DATE', family: 'date' } };
    case 'time':
      return timeType('TIME', 'time', p);
    case 'timestamp':
      return timeType('TIMESTAMP', 'datetime', p);
    case 'timestamptz':
      return timeType('TIMESTAMPTZ', 'datetime', p);
    case 'interval':
      return { type: { sql: 'INTERVAL', family: 'interval' } };
    case 'uuid':
      return { type: { sql: 'UUID', family: 'uuid' } };
    case 'json':
      return { type: { sql: 'JSON', family: 'json' } };
    case 'jsonb':
      return { type: { sql: 'JSONB', family: 'json' } };
    case 'binary':
      return {
        type: { sql: 'BYTEA', family: 'blob' },
        note: type.length !== undefined ? { code: 'type-adjusted', severity: 'info', message: `BYTEA has no length; binary(${type.length}) is written as BYTEA` } : undefined,
      };
    default:
      return undefined;
  }
}

/** MySQL's FLOAT(M,D) rounds to D digits; PostgreSQL's floating types have no such digits. */
function floatDigitsNote(type: ColumnType, sql: string): TypeNote | undefined {
  if (type.precision === undefined || type.scale === undefined) return undefined;
  return { code: 'type-adjusted', severity: 'info', message: `PostgreSQL's ${sql} has no digit count; (${type.precision}, ${type.scale}) is left out` };
}

/** PostgreSQL types that hold the range of MySQL's unsigned integers. */
const UNSIGNED_INTEGERS: Record<string, { sql: string; max: string }> = {
  tinyint: { sql: 'SMALLINT', max: '255' },
  smallint: { sql: 'INTEGER', max: '65535' },
  mediumint: { sql: 'INTEGER', max: '16777215' },
  integer: { sql: 'BIGINT', max: '4294967295' },
  bigint: { sql: 'NUMERIC(20, 0)', max: '18446744073709551615' },
};

/** PostgreSQL has no unsigned types: integers widen to a type that holds the range; the sign is not enforced. */
function unsignedType(type: ColumnType, base: string): { type: MappedType; note?: TypeNote } | undefined {
  const name = type.name.trim().replace(/\s+/g, ' ').toLowerCase();
  const integer = UNSIGNED_INTEGERS[base];
  if (integer !== undefined) {
    const family = integer.sql.startsWith('NUMERIC') ? 'decimal' : 'integer';
    return {
      type: { sql: integer.sql, family },
      note: { code: 'type-translated', severity: 'warning', message: `PostgreSQL has no unsigned types; ${name} (0..${integer.max}) is written as ${integer.sql}, which also accepts negative values` },
    };
  }
  const signed = postgresBuiltinType({ ...type, name: base });
  if (!signed) return undefined;
  return { type: signed.type, note: signed.note ?? { code: 'type-translated', severity: 'warning', message: `PostgreSQL has no unsigned types; ${name} is written as ${signed.type.sql}, which also accepts negative values` } };
}

function timeType(sql: string, family: TypeFamily, precision: number | undefined): { type: MappedType; note?: TypeNote } {
  if (precision === undefined) return { type: { sql, family } };
  if (precision > 6) {
    return { type: { sql: `${sql}(6)`, family, fractionalDigits: 6 }, note: { code: 'type-adjusted', severity: 'warning', message: `${sql} precision ${precision} is more than 6; written as ${sql}(6)` } };
  }
  return { type: { sql: `${sql}(${precision})`, family, fractionalDigits: precision } };
}

const NATIVE: [string, TypeFamily][] = [
  ...(['int2', 'int4', 'int8', 'smallserial', 'serial', 'bigserial', 'serial2', 'serial4', 'serial8'] as const).map((n): [string, TypeFamily] => [n, 'integer']),
  ['numeric', 'decimal'],
  ['money', 'decimal'],
  ['float4', 'float'],
  ['float8', 'float'],
  ['double precision', 'float'],
  ['bool', 'boolean'],
  ['character varying', 'string'],
  ['character', 'string'],
  ['bpchar', 'string'],
  ['name', 'string'],
  ['bytea', 'blob'],
  ['timetz', 'time'],
  ['time with time zone', 'time'],
  ['time without time zone', 'time'],
  ['timestamp with time zone', 'datetime'],
  ['timestamp without time zone', 'datetime'],
  ['bit', 'other'],
  ['varbit', 'other'],
  ['bit varying', 'other'],
  ...[
    'inet', 'cidr', 'macaddr', 'macaddr8', 'tsvector', 'tsquery', 'xml', 'point', 'line', 'lseg', 'box', 'path', 'polygon', 'circle',
    'int4range', 'int8range', 'numrange', 'tsrange', 'tstzrange', 'daterange', 'int4multirange', 'int8multirange', 'nummultirange',
    'tsmultirange', 'tstzmultirange', 'datemultirange', 'oid', 'regclass', 'regtype', 'pg_lsn', 'pg_snapshot', 'txid_snapshot',
  ].map((n): [string, TypeFamily] => [n, 'other']),
];

const T = (sql: string, family: TypeFamily): MappedType => ({ sql, family });

/** Type names PostgreSQL knows, MySQL types it has an equivalent for, and extension types. */
export const POSTGRES_FOREIGN_TYPES: ForeignTypeRules = {
  native: new Map(NATIVE),
  extensions: new Map([
    ['citext', 'citext'],
    ['hstore', 'hstore'],
    ['ltree', 'ltree'],
    ['geometry', 'postgis'],
    ['geography', 'postgis'],
    ['vector', 'vector'],
  ]),
  translations: new Map([
    ['tinyint', T('SMALLINT', 'integer')],
    ['mediumint', T('INTEGER', 'integer')],
    ['int', T('INTEGER', 'integer')],
    ['year', T('SMALLINT', 'integer')],
    ['datetime', T('TIMESTAMP', 'datetime')],
    ['tinytext', T('TEXT', 'text')],
    ['mediumtext', T('TEXT', 'text')],
    ['longtext', T('TEXT', 'text')],
    ['tinyblob', T('BYTEA', 'blob')],
    ['blob', T('BYTEA', 'blob')],
    ['mediumblob', T('BYTEA', 'blob')],
    ['longblob', T('BYTEA', 'blob')],
    ['varbinary', T('BYTEA', 'blob')],
    // MySQL's fixed-length BINARY(n), kept verbatim in the model ('binary' alone is the model's type).
    ['binary', T('BYTEA', 'blob')],
    ['float', T('DOUBLE PRECISION', 'float')],
  ]),
};
