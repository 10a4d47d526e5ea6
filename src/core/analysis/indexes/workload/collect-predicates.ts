import type { Expr, Statement } from 'pgsql-ast-parser';
import type { Diagram, Id, Table } from '../../../model/types';
import { isLowCardinality } from '../cardinality';
import { conjuncts, selectBlocks, walkExpr, type SelectBlock } from './ast-walk';
import type { WorkloadQuery } from './parse-workload';
import { blockScope, resolveColumn, type Scope } from './scope';

/** How one SELECT block uses one table: the columns an index could serve, by kind. */
export interface TableUsage {
  table: Table;
  query: number;
  /** `col = value`, `col IN (...)`, `col IS NULL`. */
  equality: Id[];
  /** `col < value`, BETWEEN, `LIKE 'prefix%'`. */
  range: Id[];
  /** Columns equated with another table's column (join keys), including correlated subqueries. */
  join: Id[];
  /** ORDER BY columns, when every ORDER BY item is a column of this table. */
  orderBy: { columnId: Id; desc: boolean }[];
  /** Every column of the table the block reads, or 'all' for SELECT * / t.*. */
  read: Id[] | 'all';
  /** Equality of a low-cardinality column with a literal: a partial index's WHERE, not a key column. */
  partial: { columnId: Id; sql: string }[];
  /** Full-text search columns (`col @@ query`). */
  textSearch: Id[];
}

export interface QueryUsage {
  query: WorkloadQuery;
  usages: TableUsage[];
  unknownTables: string[];
}

const EQUALITY = new Set(['=', 'IN']);
const RANGE = new Set(['<', '>', '<=', '>=', 'BETWEEN']);
const FLIP: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };

/** Collects, per table and per SELECT block, the columns the block filters, joins and sorts on. */
export function collectUsage(diagram: Diagram, query: WorkloadQuery, lowCardinalityValues: number): QueryUsage {
  if (!query.statement) return { query, usages: [], unknownTables: [] };
  const usages: TableUsage[] = [];
  const unknown = new Set<string>();
  const scopes = new Map<SelectBlock, Scope>();
  for (const { block, outer } of selectBlocks(query.statement)) {
    const scope = blockScope(
      diagram,
      block,
      outer.map((o) => scopes.get(o)).filter((s): s is Scope => s !== undefined),
    );
    scopes.set(block, scope);
    scope.unknown.forEach((u) => unknown.add(u));
    usages.push(...blockUsage(diagram, query.index, block, scope, lowCardinalityValues));
  }
  // Names a WITH clause defines are not tables the model should have.
  const ctes = new Set<string>();
  const visit = (s: Statement) => {
    if (s.type === 'with') {
      for (const b of s.bind) ctes.add(b.alias.name.toLowerCase());
      visit(s.in);
    }
    if (s.type === 'with recursive') ctes.add(s.alias.name.toLowerCase());
  };
  visit(query.statement);
  return { query, usages, unknownTables: [...unknown].filter((name) => !ctes.has(name.toLowerCase())) };
}

function blockUsage(diagram: Diagram, queryIndex: number, block: SelectBlock, scope: Scope, lowCard: number): TableUsage[] {
  const byTable = new Map<Id, TableUsage>();
  const usage = (table: Table): TableUsage => {
    let u = byTable.get(table.id);
    if (!u) {
      u = { table, query: queryIndex, equality: [], range: [], join: [], orderBy: [], read: [], partial: [], textSearch: [] };
      byTable.set(table.id, u);
    }
    return u;
  };
  for (const t of scope.tables) usage(t.table);
  const push = (list: Id[], id: Id) => {
    if (!list.includes(id)) list.push(id);
  };
  const own = (e: Expr) => {
    const r = resolveColumn(scope, e);
    return r && r.depth === 0 ? r : undefined;
  };
  /** A value the index can seek to: literals, parameters, outer (correlated) columns, expressions over those. */
  const isValue = (e: Expr): boolean => {
    let ok = true;
    walkExpr(e, (x) => {
      if (x.type === 'ref' && (x.name === '*' || own(x))) ok = false;
      if (x.type === 'select' || x.type === 'union' || x.type === 'union all') return false;
      return ok;
    });
    return ok;
  };
  const isLiteral = (e: Expr) => e.type === 'string' || e.type === 'integer' || e.type === 'numeric' || e.type === 'boolean';

  const predicates = [...conjuncts(block.where), ...(block.from ?? []).flatMap((f) => conjuncts(f.join?.on))];
  for (const p of predicates) {
    if (p.type === 'binary' && p.op === 'OR') {
      // `c = 1 OR c = 2` is `c IN (1, 2)`: equality on one column. ORs across columns serve no single index.
      const columns = disjuncts(p).map((d) => (d.type === 'binary' && d.op === '=' ? (own(d.left) && isValue(d.right) ? own(d.left) : own(d.right) && isValue(d.left) ? own(d.right) : undefined) : undefined));
      const first = columns[0];
      if (first && columns.every((c) => c?.column.id === first.column.id)) push(usage(first.table).equality, first.column.id);
      continue;
    }
    if (p.type === 'binary') {
      let { op } = p;
      let left = p.left;
      let right = p.right;
      if (!own(left) && own(right)) {
        [left, right] = [right, left];
        op = (FLIP[op] ?? op) as typeof op;
      }
      const l = own(left);
      if (!l) continue;
      const r = own(right);
      if (op === '=' && r && r.table.id !== l.table.id) {
        push(usage(l.table).join, l.column.id);
        push(usage(r.table).join, r.column.id);
        continue;
      }
      if (!isValue(right)) continue;
      const u = usage(l.table);
      if (op === '@@') push(u.textSearch, l.column.id);
      else if (op === '=' && isLiteral(right) && isLowCardinality(diagram, l.table, l.column, lowCard)) {
        if (!u.partial.some((x) => x.columnId === l.column.id)) u.partial.push({ columnId: l.column.id, sql: `${quoteName(l.column.name)} = ${literalSql(right)}` });
      } else if (EQUALITY.has(op)) push(u.equality, l.column.id);
      else if (RANGE.has(op)) push(u.range, l.column.id);
      else if (op === 'LIKE' && right.type === 'string' && !/^[%_]/.test(right.value)) push(u.range, l.column.id);
    } else if (p.type === 'ternary' && p.op === 'BETWEEN') {
      const l = own(p.value);
      if (l && isValue(p.lo) && isValue(p.hi)) push(usage(l.table).range, l.column.id);
    } else if (p.type === 'unary' && p.op === 'IS NULL') {
      const l = own(p.operand);
      if (l) push(usage(l.table).equality, l.column.id);
    } else if (p.type === 'ref') {
      // WHERE is_active: a boolean column on its own.
      const l = own(p);
      if (l && l.column.type.name === 'boolean') {
        const u = usage(l.table);
        if (!u.partial.some((x) => x.columnId === l.column.id)) u.partial.push({ columnId: l.column.id, sql: quoteName(l.column.name) });
      }
    }
  }
  // USING (col): the column of each joined table.
  for (const f of block.from ?? []) {
    for (const name of f.join?.using ?? []) {
      for (const t of scope.tables) {
        const c = t.table.columns.find((x) => x.name.toLowerCase() === name.name.toLowerCase());
        if (c) push(usage(t.table).join, c.id);
      }
    }
  }

  const order = (block.orderBy ?? []).map((o) => ({ r: own(o.by), desc: o.order === 'DESC' }));
  if (order.length > 0 && order.every((o) => o.r) && new Set(order.map((o) => o.r?.table.id)).size === 1) {
    const first = order[0].r;
    if (first) usage(first.table).orderBy = order.flatMap((o) => (o.r ? [{ columnId: o.r.column.id, desc: o.desc }] : []));
  }

  // What the block reads, for covering indexes.
  const readAll = new Set<Id>();
  const markRead = (e: Expr) =>
    walkExpr(e, (x) => {
      if (x.type === 'select' || x.type === 'union' || x.type === 'union all') return false;
      if (x.type === 'ref') {
        if (x.name === '*') {
          const q = x.table?.name;
          for (const t of scope.tables) if (!q || t.alias.toLowerCase() === q.toLowerCase() || t.table.name.toLowerCase() === q.toLowerCase()) readAll.add(t.table.id);
        } else {
          const r = own(x);
          if (r) {
            const u = usage(r.table);
            if (u.read !== 'all') push(u.read, r.column.id);
          }
        }
      }
      return true;
    });
  for (const c of block.columns ?? []) markRead(c.expr);
  for (const p of predicates) markRead(p);
  for (const o of block.orderBy ?? []) markRead(o.by);
  for (const g of block.groupBy ?? []) markRead(g);
  if (block.having) markRead(block.having);
  for (const t of scope.tables) if (readAll.has(t.table.id)) usage(t.table).read = 'all';
  return [...byTable.values()];
}

function disjuncts(e: Expr): Expr[] {
  return e.type === 'binary' && e.op === 'OR' ? [...disjuncts(e.left), ...disjuncts(e.right)] : [e];
}

export function quoteName(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

function literalSql(e: Expr): string {
  switch (e.type) {
    case 'string':
      return `'${e.value.replace(/'/g, "''")}'`;
    case 'integer':
    case 'numeric':
      return String(e.value);
    case 'boolean':
      return e.value ? 'true' : 'false';
    default:
      return 'NULL';
  }
}
