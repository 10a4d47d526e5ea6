import type { Expr } from 'pgsql-ast-parser';
import type { IndexFinding } from '../../types';
import { queryFinding, QUERY_SEED, type AntiPattern } from './anti-pattern';
import { eachExpression, position } from './walk-query';

/** The disjuncts of an OR chain. */
function disjuncts(e: Expr): Expr[] {
  return e.type === 'binary' && e.op === 'OR' ? [...disjuncts(e.left), ...disjuncts(e.right)] : [e];
}

/** The column an equality disjunct tests (`col = value`), as written. */
function equalityColumn(e: Expr): string | undefined {
  if (e.type !== 'binary' || e.op !== '=') return undefined;
  const side = e.left.type === 'ref' ? e.left : e.right.type === 'ref' ? e.right : undefined;
  return side && side.type === 'ref' ? `${side.table?.name ?? ''}.${side.name}`.toLowerCase() : undefined;
}

/**
 * OR in WHERE: on one column it is an IN list; across columns one composite index cannot serve
 * it (the planner needs one index per side and a BitmapOr, or scans).
 */
export const orAcrossColumns: AntiPattern = {
  code: 'or-across-columns',
  check({ query }) {
    const findings: IndexFinding[] = [];
    const seen = new Set<Expr>();
    eachExpression(query, (e) => {
      if (e.type !== 'binary' || e.op !== 'OR' || seen.has(e)) return;
      const parts = disjuncts(e);
      parts.forEach((p) => seen.add(p));
      walkOrs(e, seen);
      const columns = parts.map(equalityColumn);
      const sameColumn = columns.every((c) => c !== undefined && c === columns[0]);
      if (sameColumn) {
        findings.push(
          queryFinding(query, 'or-same-column', `${QUERY_SEED} › OR in WHERE Clause`, `OR of equalities on ${columns[0]?.replace(/^\./, '')} is harder to optimize than a list.`, `Write it as ${columns[0]?.replace(/^\./, '')} IN (…), which one index serves.`, position(e)),
        );
      } else {
        findings.push(
          queryFinding(
            query,
            this.code,
            `${QUERY_SEED} › OR in WHERE Clause`,
            'OR across different columns cannot use one composite index: the planner needs an index per side (BitmapOr) or scans the table.',
            'Split it into queries joined with UNION ALL (each side uses its own index), or make sure every OR branch has its own index.',
            position(e),
          ),
        );
      }
    });
    return findings;
  },
};

function walkOrs(e: Expr, seen: Set<Expr>): void {
  if (e.type === 'binary' && e.op === 'OR') {
    seen.add(e);
    walkOrs(e.left, seen);
    walkOrs(e.right, seen);
  }
}
