import type { Expr } from 'pgsql-ast-parser';
import type { Column, Diagram, Table } from '../../../model/types';
import { fromTables, type SelectBlock } from './ast-walk';

/** A model table as a block sees it: by its alias, or by its name. */
export interface ScopeTable {
  table: Table;
  alias: string;
}

export interface Scope {
  tables: ScopeTable[];
  /** Names in FROM that are not tables of the model (CTEs, views, typos). */
  unknown: string[];
  /** Scopes of enclosing blocks, innermost last. */
  outer: Scope[];
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function blockScope(diagram: Diagram, block: SelectBlock, outer: Scope[]): Scope {
  const tables: ScopeTable[] = [];
  const unknown: string[] = [];
  for (const t of fromTables(block)) {
    const table = diagram.tables.find((x) => same(x.name, t.name) && (!t.schema || !x.schema || same(x.schema, t.schema)));
    if (table) tables.push({ table, alias: t.alias ?? t.name });
    else unknown.push(t.schema ? `${t.schema}.${t.name}` : t.name);
  }
  return { tables, unknown, outer };
}

export interface ResolvedColumn {
  table: Table;
  column: Column;
  /** 0 for the block's own tables, 1+ for enclosing blocks (a correlated reference). */
  depth: number;
}

/** The model column a reference names, looking in the block first and then outwards. */
export function resolveColumn(scope: Scope, ref: Expr): ResolvedColumn | undefined {
  if (ref.type !== 'ref' || ref.name === '*') return undefined;
  const chain = [scope, ...[...scope.outer].reverse()];
  for (let depth = 0; depth < chain.length; depth++) {
    const found = resolveIn(chain[depth], ref.name, ref.table?.name);
    if (found) return { ...found, depth };
  }
  return undefined;
}

function resolveIn(scope: Scope, name: string, qualifier: string | undefined): { table: Table; column: Column } | undefined {
  const candidates = qualifier ? scope.tables.filter((t) => same(t.alias, qualifier) || same(t.table.name, qualifier)) : scope.tables;
  const hits = candidates.flatMap((t) => t.table.columns.filter((c) => same(c.name, name)).map((column) => ({ table: t.table, column })));
  // An unqualified name two tables share is ambiguous: PostgreSQL rejects it, and so do we.
  return hits.length === 1 ? hits[0] : undefined;
}
