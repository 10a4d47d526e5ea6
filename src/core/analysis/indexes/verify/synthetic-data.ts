import type { Column, Diagram, Id, Table } from '../../../model/types';
import { checkedValues, looksLowCardinality } from '../cardinality';
import { quoteIdent, quoteLiteral } from './sql-runner';

/** Rows per table when the user gave no estimate. */
export const DEFAULT_ROWS = 10_000;

/**
 * Synthetic rows for the planner, as one INSERT … SELECT … FROM generate_series per table. Every
 * value is a pure function of the row number k, so a foreign key draws parent row p and gets the
 * parent's key by computing the parent's column for p: references line up without lookups.
 * Keys are unique (derived from k); booleans, enums, CHECK IN lists and status-like columns have
 * a few values; everything else is spread by a multiplicative hash of k.
 */
export function syntheticInserts(diagram: Diagram, rowsFor: (tableId: Id) => number): string[] {
  return diagram.tables
    .filter((t) => t.columns.length > 0)
    .map((table) => {
      const n = Math.max(0, Math.round(rowsFor(table.id)));
      const columns = table.columns.filter((c) => (c.type.arrayDimensions ?? 0) === 0 || !c.nullable);
      const values = columns.map((c) => valueExpr(diagram, table, c, 'g.k', n, rowsFor, 0));
      const overriding = table.columns.some((c) => c.identity === 'always') ? ' OVERRIDING SYSTEM VALUE' : '';
      const conflicts = mayCollide(table) ? ' ON CONFLICT DO NOTHING' : '';
      return `INSERT INTO ${quoteIdent(table.name)} (${columns.map((c) => quoteIdent(c.name)).join(', ')})${overriding} SELECT ${values.join(', ')} FROM generate_series(1, ${n}) AS g(k)${conflicts}`;
    });
}

/** Types whose generated value is a one-to-one function of k, so a key over one such column never repeats. */
const INJECTIVE_TYPES = new Set(['integer', 'int', 'bigint', 'uuid', 'text', 'timestamp', 'timestamptz', 'binary', 'bytea']);

/**
 * ON CONFLICT DO NOTHING makes PostgreSQL insert speculatively, about twice as slow, so it is
 * used only where generated keys may repeat: composite keys, keys on foreign-key columns (drawn
 * from the parent), or on types that cannot hold a value per row (smallint, booleans, enums,
 * short varchar, CHECK lists).
 */
function mayCollide(table: Table): boolean {
  const keys = [
    ...(table.primaryKey ? [table.primaryKey.columns] : []),
    ...table.uniques.map((u) => u.columns),
    ...table.columns.filter((c) => c.unique).map((c) => [c.id]),
    ...table.indexes.filter((x) => x.unique).map((x) => x.columns.map((c) => c.columnId)),
  ];
  return keys.some((key) => {
    if (key.length !== 1) return true;
    const column = table.columns.find((c) => c.id === key[0]);
    if (!column || table.foreignKeys.some((f) => f.columns.includes(column.id))) return true;
    const type = column.type.name.toLowerCase();
    if (type === 'varchar' || type === 'char') return (column.type.length ?? 255) < 12 || checkedValues(table, column) !== undefined;
    return !INJECTIVE_TYPES.has(type) || checkedValues(table, column) !== undefined;
  });
}

/** A well-spread non-negative integer from k (Knuth's multiplicative hash), different per salt. */
const hash = (k: string, salt: number) => `((${k})::bigint * 2654435761 + ${salt * 40503 + 7}) % 2147483647`;

function isUniqueColumn(table: Table, column: Column): boolean {
  const single = (ids: readonly Id[]) => ids.length === 1 && ids[0] === column.id;
  return !!column.unique || single(table.primaryKey?.columns ?? []) || table.uniques.some((u) => single(u.columns)) || table.indexes.some((x) => x.unique && x.columns.length === 1 && x.columns[0].columnId === column.id);
}

/** A salt per column, so two columns of a table are not perfectly correlated. */
function saltOf(table: Table, column: Column): number {
  return table.columns.indexOf(column) + 1;
}

function valueExpr(diagram: Diagram, table: Table, column: Column, k: string, n: number, rowsFor: (tableId: Id) => number, depth: number): string {
  const fk = depth < 4 ? table.foreignKeys.find((f) => f.columns.includes(column.id)) : undefined;
  if (fk) {
    const parent = diagram.tables.find((t) => t.id === fk.refTableId);
    const parentColumn = parent?.columns.find((c) => c.id === fk.refColumns[fk.columns.indexOf(column.id)]);
    if (parent && parentColumn) {
      const parentRows = Math.max(1, Math.round(rowsFor(parent.id)));
      // One draw per foreign key (not per column), so composite references name one parent row.
      const salt = 100 + table.foreignKeys.indexOf(fk);
      return valueExpr(diagram, parent, parentColumn, `1 + (${hash(k, salt)}) % ${parentRows}`, parentRows, rowsFor, depth + 1);
    }
  }
  const unique = isUniqueColumn(table, column) || (table.primaryKey?.columns.includes(column.id) ?? false);
  const h = hash(k, saltOf(table, column));
  const spread = unique ? `(${k})` : `(${h}) % ${Math.max(1, n)}`;
  const type = column.type.name.toLowerCase();
  if ((column.type.arrayDimensions ?? 0) > 0) return `'{}'`;
  switch (type) {
    case 'smallint':
      return `((${unique ? k : `(${h}) % 1000`}) % 32767)::smallint`;
    case 'integer':
    case 'int':
    case 'bigint':
      return unique ? `(${k})::${type === 'bigint' ? 'bigint' : 'integer'}` : `((${h}) % 1000)::${type === 'bigint' ? 'bigint' : 'integer'}`;
    case 'decimal':
    case 'numeric':
    case 'real':
    case 'double': {
      const scale = column.type.scale ?? 2;
      const digits = Math.min(6, Math.max(1, (column.type.precision ?? 10) - scale));
      return `((${unique ? k : h}) % ${10 ** (digits + scale)})::numeric / ${10 ** scale}`;
    }
    case 'boolean':
      return `((${h}) % 10 = 0)`;
    case 'enum': {
      const e = diagram.enums.find((x) => x.id === column.enumId);
      if (!e || e.values.length === 0) return 'NULL';
      return `(ARRAY[${e.values.map(quoteLiteral).join(', ')}])[1 + (${h}) % ${e.values.length}]::${quoteIdent(e.name)}`;
    }
    case 'varchar':
    case 'char':
    case 'text': {
      const allowed = checkedValues(table, column);
      const text = allowed
        ? `(ARRAY[${allowed.map(quoteLiteral).join(', ')}])[1 + (${h}) % ${allowed.length}]`
        : looksLowCardinality(column) && !unique
          ? `'${column.name.slice(0, 3)}' || ((${h}) % 5)`
          : `'${column.name.slice(0, 3)}' || ${spread}`;
      return column.type.length ? `left(${text}, ${column.type.length})` : text;
    }
    case 'date':
      return `date '2020-01-01' + ((${h}) % 2000)::integer`;
    case 'timestamp':
    case 'timestamptz':
      return `${type} '2020-01-01 00:00:00' + ((${unique ? k : h}) % 157680000) * interval '1 second'`;
    case 'time':
      return `time '00:00' + ((${h}) % 86400) * interval '1 second'`;
    case 'interval':
      return `((${h}) % 10000) * interval '1 minute'`;
    case 'uuid':
      return `md5((${spread})::text)::uuid`;
    case 'json':
    case 'jsonb':
      return `jsonb_build_object('k', (${h}) % 100)::${type}`;
    case 'binary':
    case 'bytea':
      return `decode(md5((${spread})::text), 'hex')`;
    case 'tsvector':
      return `to_tsvector('simple', 'w' || ((${h}) % 500) || ' t' || ((${h}) % 37))`;
    default:
      return 'NULL';
  }
}
