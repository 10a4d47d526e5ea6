import type { ColumnType } from '../../model/types';
import type { MappedType, TypeFamily } from './type-family';

/**
 * How a dialect treats type names the model does not know (inet, tsvector, geometry...): its
 * own types pass through unchanged, types of an extension pass with a note, the other dialect's
 * types with a clear equivalent are translated, and the rest pass through with a warning.
 */
export interface ForeignTypeRules {
  /** The dialect's own types, with what kind of value each holds. */
  native: ReadonlyMap<string, TypeFamily>;
  /** Types an extension provides, with the extension's name. */
  extensions: ReadonlyMap<string, string>;
  /** Other dialects' types and how this dialect writes them. */
  translations: ReadonlyMap<string, MappedType>;
}

export type ForeignType =
  | { kind: 'native' | 'unknown'; type: MappedType }
  | { kind: 'extension'; type: MappedType; extension: string }
  | { kind: 'translated'; type: MappedType; from: string }
  | { kind: 'unsafe'; written: string };

/**
 * Type names are pasted into the statement unquoted (quoting would change their meaning), so
 * only words, dots and a parenthesized list of words and numbers get through.
 */
const SAFE_TYPE = /^[A-Za-z_][A-Za-z0-9_.]*(?: [A-Za-z_][A-Za-z0-9_.]*)*(?: ?\([A-Za-z0-9_ ,]*\))?$/;

/** The type's name without arguments, lower case with single spaces: the key of the rule maps. */
export function typeKey(name: string): string {
  const open = name.indexOf('(');
  return (open >= 0 ? name.slice(0, open) : name).trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The type as written, with its length or precision appended when the name has no arguments. */
export function writtenType(type: ColumnType): string {
  const name = type.name.trim().replace(/\s+/g, ' ');
  if (name.includes('(')) return name;
  if (type.length !== undefined) return `${name}(${type.length})`;
  if (type.precision !== undefined) return type.scale !== undefined ? `${name}(${type.precision}, ${type.scale})` : `${name}(${type.precision})`;
  return name;
}

export function resolveForeignType(type: ColumnType, rules: ForeignTypeRules): ForeignType {
  const written = writtenType(type);
  if (!SAFE_TYPE.test(written)) return { kind: 'unsafe', written };
  const key = typeKey(type.name);
  const firstWord = key.split(' ')[0];
  const native = rules.native.get(key) ?? rules.native.get(firstWord);
  if (native !== undefined) return { kind: 'native', type: { sql: written, family: native } };
  const extension = rules.extensions.get(key);
  if (extension !== undefined) return { kind: 'extension', type: { sql: written, family: 'other' }, extension };
  const translated = rules.translations.get(key);
  if (translated !== undefined) return { kind: 'translated', type: translated, from: written };
  return { kind: 'unknown', type: { sql: written, family: 'other' } };
}

/** MySQL's unsigned numeric types as the importer keeps them ("int unsigned"), by their signed base. */
const UNSIGNED_BASES: Record<string, string> = {
  tinyint: 'tinyint',
  smallint: 'smallint',
  mediumint: 'mediumint',
  int: 'integer',
  integer: 'integer',
  bigint: 'bigint',
  decimal: 'decimal',
  numeric: 'decimal',
  float: 'real',
  real: 'real',
  double: 'double',
};

/** The model type name an "<numeric type> unsigned" name is based on, if it is one. */
export function unsignedBase(name: string): string | undefined {
  const match = /^([a-z]+) unsigned$/.exec(name.trim().replace(/\s+/g, ' ').toLowerCase());
  return match ? UNSIGNED_BASES[match[1]] : undefined;
}
