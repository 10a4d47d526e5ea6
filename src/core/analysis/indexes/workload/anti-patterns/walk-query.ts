import type { Expr } from 'pgsql-ast-parser';
import { selectBlocks, walkExpr, type SelectBlock } from '../ast-walk';
import type { WorkloadQuery } from '../parse-workload';

/** Every expression node in the query's WHERE, JOIN ON, HAVING and select lists, block by block. */
export function eachExpression(query: WorkloadQuery, visit: (e: Expr, block: SelectBlock) => void): void {
  if (!query.statement) return;
  for (const { block } of selectBlocks(query.statement)) {
    const roots: Expr[] = [...(block.columns ?? []).map((c) => c.expr), ...(block.where ? [block.where] : []), ...(block.having ? [block.having] : []), ...(block.from ?? []).flatMap((f) => (f.join?.on ? [f.join.on] : []))];
    for (const root of roots) walkExpr(root, (e) => {
      visit(e, block);
      return true;
    });
  }
}

export const position = (node: { _location?: { start: number } }) => node._location?.start ?? 0;
