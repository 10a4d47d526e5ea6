import type { A_Const, Node, RangeVar, TypeName } from 'libpg-query';
import { parseColumnType } from '../../model/column-type-text';
import type { ColumnDefault, ColumnType, ReferentialAction } from '../../model/types';
import type { TableRef } from '../diagram-builder';

/**
 * Small readers over libpg-query's AST. Its nodes are single-key wrappers ({ String: {...} },
 * { A_Const: {...} }); protobuf leaves out default values, so a missing `ival` means 0 and an
 * empty `boolval` means false.
 */

export function stringOf(node: Node | undefined): string | undefined {
  return node !== undefined && 'String' in node ? node.String.sval ?? '' : undefined;
}

export function stringsOf(nodes: readonly Node[] | undefined): string[] {
  const out: string[] = [];
  for (const node of nodes ?? []) {
    const s = stringOf(node);
    if (s !== undefined) out.push(s);
  }
  return out;
}

/** A List node's strings (COMMENT ON COLUMN's object, OWNED BY's target). */
export function listStrings(node: Node | undefined): string[] {
  if (node === undefined) return [];
  if ('List' in node) return stringsOf(node.List.items);
  const s = stringOf(node);
  return s === undefined ? [] : [s];
}

export function refOf(range: RangeVar | undefined): TableRef {
  return { ...(range?.schemaname ? { schema: range.schemaname } : {}), name: range?.relname ?? '' };
}

/** ['public', 'x'] or ['x'] -> a reference. */
export function refOfNames(names: readonly string[]): TableRef {
  return names.length >= 2 ? { schema: names[names.length - 2], name: names[names.length - 1] } : { name: names[0] ?? '' };
}

export function constValue(c: A_Const): string | number | boolean | null {
  if (c.isnull) return null;
  if (c.sval !== undefined) return c.sval.sval ?? '';
  if (c.ival !== undefined) return c.ival.ival ?? 0;
  if (c.fval !== undefined) {
    const n = Number(c.fval.fval);
    return Number.isFinite(n) ? n : (c.fval.fval ?? '0');
  }
  if (c.boolval !== undefined) return c.boolval.boolval ?? false;
  if (c.bsval !== undefined) return c.bsval.bsval ?? '';
  return null;
}

const FK_ACTIONS: Record<string, ReferentialAction> = {
  a: 'no-action',
  r: 'restrict',
  c: 'cascade',
  n: 'set-null',
  d: 'set-default',
};

export function fkAction(code: string | undefined): ReferentialAction {
  return FK_ACTIONS[code ?? 'a'] ?? 'no-action';
}

/** PostgreSQL's internal type names -> the names people write (and parseColumnType knows). */
const INTERNAL_TYPES: Record<string, string> = {
  int2: 'smallint',
  int4: 'integer',
  int8: 'bigint',
  float4: 'real',
  float8: 'double precision',
  bool: 'boolean',
  bpchar: 'char',
  timetz: 'time with time zone',
  varbit: 'bit varying',
};

export const SERIAL_TYPES: Record<string, string> = {
  serial: 'integer',
  serial4: 'integer',
  bigserial: 'bigint',
  serial8: 'bigint',
  smallserial: 'smallint',
  serial2: 'smallint',
};

export interface PgType {
  type: ColumnType;
  /** The written name as a reference, so an enum or domain of that name can claim the column. */
  ref: TableRef;
  serial: boolean;
}

export function columnTypeOf(typeName: TypeName): PgType {
  const names = stringsOf(typeName.names);
  const catalog = names.length > 1 && names[0] === 'pg_catalog';
  const base = names[names.length - 1] ?? 'text';
  const serialBase = names.length === 1 ? SERIAL_TYPES[base] : undefined;
  let name = catalog || names.length === 1 ? (INTERNAL_TYPES[base] ?? base) : base;
  if (serialBase !== undefined) name = serialBase;
  // A schema other than the default one stays in the name: the generators write it as given.
  if (names.length > 1 && !catalog && names[0] !== 'public') name = `${names[0]}.${name}`;
  const mods = (typeName.typmods ?? []).map(typmodText);
  const dims = typeName.arrayBounds?.length ?? 0;
  // interval's typmod is a bit mask of fields, not a precision a person wrote.
  const withMods = mods.length > 0 && base !== 'interval' ? `${name}(${mods.join(',')})` : name;
  const parsed = parseColumnType(withMods + '[]'.repeat(dims));
  const type: ColumnType = parsed.ok ? parsed.type : { name: withMods, ...(dims > 0 ? { arrayDimensions: dims } : {}) };
  return { type, ref: refOfNames(names), serial: serialBase !== undefined };
}

function typmodText(node: Node): string {
  if ('A_Const' in node) return String(constValue(node.A_Const));
  if ('ColumnRef' in node) return stringsOf(node.ColumnRef.fields).join('.');
  return '';
}

/**
 * A default as the model holds it: constants (also when cast, as pg_dump writes
 * 'G'::mpaa_rating) are literals; anything else is an expression kept as written.
 */
export function defaultOf(expr: Node | undefined, written: string | undefined): ColumnDefault | undefined {
  if (expr === undefined) return undefined;
  const constant = 'A_Const' in expr ? expr.A_Const : 'TypeCast' in expr && expr.TypeCast.arg && 'A_Const' in expr.TypeCast.arg ? expr.TypeCast.arg.A_Const : undefined;
  if (constant && !(constant.sval !== undefined && isCastToNonLiteral(expr))) return { kind: 'literal', value: constValue(constant) };
  return written !== undefined ? { kind: 'expression', sql: written } : undefined;
}

/** 'now'::timestamp and friends are evaluated once at CREATE time, not literal text: keep as written. */
function isCastToNonLiteral(expr: Node): boolean {
  if (!('TypeCast' in expr)) return false;
  const arg = expr.TypeCast.arg;
  const value = arg && 'A_Const' in arg ? arg.A_Const.sval?.sval : undefined;
  return value !== undefined && /^(now|today|tomorrow|yesterday|epoch|infinity|-infinity)$/i.test(value);
}

/** nextval('seq'::regclass) -> the sequence it draws from. */
export function nextvalSequence(expr: Node | undefined): TableRef | undefined {
  if (expr === undefined || !('FuncCall' in expr)) return undefined;
  const fn = stringsOf(expr.FuncCall.funcname);
  if (fn[fn.length - 1] !== 'nextval' || expr.FuncCall.args?.length !== 1) return undefined;
  let arg = expr.FuncCall.args[0];
  if ('TypeCast' in arg && arg.TypeCast.arg) arg = arg.TypeCast.arg;
  if (!('A_Const' in arg) || arg.A_Const.sval === undefined) return undefined;
  return refOfNames(splitQualifiedName(arg.A_Const.sval.sval ?? ''));
}

/** 'public."My Seq"' -> ['public', 'My Seq'], folding unquoted parts to lower case as PostgreSQL does. */
export function splitQualifiedName(text: string): string[] {
  const parts: string[] = [];
  const re = /\s*(?:"((?:[^"]|"")*)"|([^."]+))\s*(?:\.|$)/gy;
  let match: RegExpExecArray | null;
  while (re.lastIndex < text.length && (match = re.exec(text)) !== null) {
    parts.push(match[1] !== undefined ? match[1].replace(/""/g, '"') : match[2].trim().toLowerCase());
  }
  return parts;
}
