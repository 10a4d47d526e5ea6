import type { Expr, From, SelectFromStatement, SelectStatement, Statement } from 'pgsql-ast-parser';

/**
 * Small walkers over pgsql-ast-parser's tree: the SELECT blocks of a statement (each is a scope
 * of its own) and the sub-expressions of an expression. Subqueries are blocks, not sub-expressions.
 */

export type SelectBlock = SelectFromStatement;

function isSelectStatement(node: Expr | Statement): node is SelectStatement {
  return node.type === 'select' || node.type === 'union' || node.type === 'union all' || node.type === 'values' || node.type === 'with' || node.type === 'with recursive';
}

/** Every SELECT block in a statement, outer ones first, with the blocks enclosing each (for correlated references). */
export function selectBlocks(statement: Statement): { block: SelectBlock; outer: SelectBlock[] }[] {
  const result: { block: SelectBlock; outer: SelectBlock[] }[] = [];
  const visit = (node: Statement | Expr, outer: SelectBlock[]): void => {
    switch (node.type) {
      case 'select': {
        result.push({ block: node, outer });
        const inner = [...outer, node];
        for (const from of node.from ?? []) {
          if (from.type === 'statement') visit(from.statement, inner);
          if (from.join?.on) subqueries(from.join.on, inner);
        }
        for (const c of node.columns ?? []) subqueries(c.expr, inner);
        if (node.where) subqueries(node.where, inner);
        if (node.having) subqueries(node.having, inner);
        return;
      }
      case 'union':
      case 'union all':
        visit(node.left, outer);
        visit(node.right, outer);
        return;
      case 'with':
        for (const b of node.bind) visit(b.statement, outer);
        visit(node.in, outer);
        return;
      // UPDATE and DELETE find their rows like a SELECT does: one block over the target table.
      case 'update':
        visit({ type: 'select', from: [{ type: 'table', name: node.table }, ...(node.from ? [node.from] : [])], where: node.where, columns: [] }, outer);
        return;
      case 'delete':
        visit({ type: 'select', from: [{ type: 'table', name: node.from }], where: node.where, columns: [] }, outer);
        return;
      default:
        return;
    }
  };
  const subqueries = (expr: Expr, outer: SelectBlock[]) =>
    walkExpr(expr, (e) => {
      if (isSelectStatement(e)) {
        visit(e, outer);
        return false;
      }
      return true;
    });
  visit(statement, []);
  return result;
}

/** Visits `expr` and its sub-expressions depth-first; `visit` returns false to skip a node's children. Subqueries are visited as nodes but not entered. */
export function walkExpr(expr: Expr, visit: (e: Expr) => boolean): void {
  if (!visit(expr)) return;
  const children = childExpressions(expr);
  for (const child of children) walkExpr(child, visit);
}

function childExpressions(e: Expr): Expr[] {
  switch (e.type) {
    case 'binary':
      return [e.left, e.right];
    case 'unary':
      return [e.operand];
    case 'ternary':
      return [e.value, e.lo, e.hi];
    case 'call':
      return [...e.args, ...(e.filter ? [e.filter] : [])];
    case 'list':
    case 'array':
      return e.expressions;
    case 'cast':
      return [e.operand];
    case 'case':
      return [...(e.value ? [e.value] : []), ...e.whens.flatMap((w) => [w.when, w.value]), ...(e.else ? [e.else] : [])];
    case 'member':
      return [e.operand];
    case 'arrayIndex':
      return [e.array, e.index];
    default:
      return [];
  }
}

/** The conjuncts of an AND chain. */
export function conjuncts(expr: Expr | null | undefined): Expr[] {
  if (!expr) return [];
  if (expr.type === 'binary' && expr.op === 'AND') return [...conjuncts(expr.left), ...conjuncts(expr.right)];
  return [expr];
}

/** Tables named in a block's FROM (with joins), as written. */
export function fromTables(block: SelectBlock): { name: string; schema?: string; alias?: string; from: From }[] {
  const result: { name: string; schema?: string; alias?: string; from: From }[] = [];
  for (const from of block.from ?? []) {
    if (from.type === 'table') result.push({ name: from.name.name, ...(from.name.schema ? { schema: from.name.schema } : {}), ...(from.name.alias ? { alias: from.name.alias } : {}), from });
  }
  return result;
}
