import { KNOWN_TYPE_NAMES, type ColumnType, type KnownTypeName } from './types';

/**
 * The text form of a column type, as people type it in the properties panel ("varchar(255)",
 * "decimal(10,2)", "text[]"), and back. Common spellings of other tools map to the model's names.
 */

const ALIASES: Record<string, KnownTypeName> = {
  int: 'integer',
  int4: 'integer',
  int2: 'smallint',
  int8: 'bigint',
  bool: 'boolean',
  numeric: 'decimal',
  dec: 'decimal',
  float: 'double',
  float8: 'double',
  'double precision': 'double',
  float4: 'real',
  'character varying': 'varchar',
  character: 'char',
  'timestamp without time zone': 'timestamp',
  'timestamp with time zone': 'timestamptz',
  datetime: 'timestamp',
  bytea: 'binary',
  blob: 'binary',
  varbinary: 'binary',
};

const KNOWN = new Set<string>(KNOWN_TYPE_NAMES);

export function isKnownTypeName(name: string): name is KnownTypeName {
  return KNOWN.has(name);
}

export function formatColumnType(type: ColumnType): string {
  let text = type.name;
  if (type.length !== undefined) text += `(${type.length})`;
  else if (type.precision !== undefined) text += type.scale !== undefined ? `(${type.precision},${type.scale})` : `(${type.precision})`;
  return text + '[]'.repeat(type.arrayDimensions ?? 0);
}

/** Types whose single number argument is a length rather than a precision. */
const LENGTH_TYPES = new Set(['varchar', 'char', 'binary']);

export type ParseTypeResult = { ok: true; type: ColumnType } | { ok: false; message: string };

export function parseColumnType(text: string): ParseTypeResult {
  let rest = text.trim().replace(/\s+/g, ' ');
  if (rest === '') return { ok: false, message: 'a type is needed, such as integer or varchar(255)' };
  let arrayDimensions = 0;
  while (rest.endsWith('[]')) {
    arrayDimensions++;
    rest = rest.slice(0, -2).trimEnd();
  }
  const match = /^([A-Za-z_][\w ]*?)\s*(?:\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?$/.exec(rest);
  if (!match) {
    // Types with non-numeric arguments (geometry(Point,4326)) pass through as written.
    if (/^[A-Za-z_][\w .]*\(.*\)$/.test(rest)) return { ok: true, type: withArray({ name: rest }, arrayDimensions) };
    return { ok: false, message: `"${text}" is not a type: write a name with optional (length) or (precision,scale), e.g. decimal(10,2)` };
  }
  const lower = match[1].trim().toLowerCase();
  const name = ALIASES[lower] ?? lower;
  const first = match[2] === undefined ? undefined : Number(match[2]);
  const second = match[3] === undefined ? undefined : Number(match[3]);
  const type: ColumnType = { name };
  if (first !== undefined) {
    if (LENGTH_TYPES.has(name) && second === undefined) {
      if (first < 1) return { ok: false, message: `${name} length must be at least 1` };
      type.length = first;
    } else {
      type.precision = first;
      if (second !== undefined) {
        if (second > first) return { ok: false, message: `scale ${second} cannot exceed precision ${first}` };
        type.scale = second;
      }
    }
  }
  return { ok: true, type: withArray(type, arrayDimensions) };
}

function withArray(type: ColumnType, dimensions: number): ColumnType {
  return dimensions > 0 ? { ...type, arrayDimensions: dimensions } : type;
}
