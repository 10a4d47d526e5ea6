/**
 * What kind of value a mapped column type holds. The shared compiler decides with it what the
 * type allows (identity, index methods, literal spelling) without parsing dialect type names.
 */
export type TypeFamily =
  | 'integer'
  | 'decimal'
  | 'float'
  | 'boolean'
  | 'string'
  | 'text'
  | 'binary'
  | 'blob'
  | 'date'
  | 'time'
  | 'datetime'
  | 'interval'
  | 'uuid'
  | 'json'
  | 'enum'
  | 'array'
  | 'other';

/** A column type as one dialect writes it. */
export interface MappedType {
  sql: string;
  family: TypeFamily;
  /** Bytes one index key part of this type takes, where the dialect limits key length (MySQL). */
  keyBytes?: number;
  /** Longest string the type holds, in characters (CHAR/VARCHAR). */
  maxLength?: number;
  /** Fractional-second precision of time types (MySQL matches CURRENT_TIMESTAMP(n) to it). */
  fractionalDigits?: number;
}

/** Families whose values are plain scalars: GIN/GiST need an extension (btree_gin/btree_gist) for them. */
export const SCALAR_FAMILIES: ReadonlySet<TypeFamily> = new Set<TypeFamily>([
  'integer',
  'decimal',
  'float',
  'boolean',
  'string',
  'text',
  'binary',
  'blob',
  'date',
  'time',
  'datetime',
  'interval',
  'uuid',
  'enum',
]);
