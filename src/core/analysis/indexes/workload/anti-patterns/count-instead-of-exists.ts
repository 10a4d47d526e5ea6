import type { Expr } from 'pgsql-ast-parser';
import type { IndexFinding } from '../../types';
import { queryFinding, QUERY_SEED, type AntiPattern } from './anti-pattern';
import { eachExpression, position } from './walk-query';

/** A scalar subquery that selects COUNT(*) (or COUNT(x)). */
function isCountSubquery(e: Expr): boolean {
  if (e.type !== 'select' || (e.columns ?? []).length !== 1) return false;
  const only = e.columns?.[0]?.expr;
  return only?.type === 'call' && only.function.name.toLowerCase() === 'count';
}

const zero = (e: Expr) => e.type === 'integer' && e.value === 0;
const one = (e: Expr) => e.type === 'integer' && e.value === 1;

/** (SELECT COUNT(*) …) > 0 counts every match to learn whether there is one; EXISTS stops at the first. */
export const countInsteadOfExists: AntiPattern = {
  code: 'count-instead-of-exists',
  check({ query }) {
    const findings: IndexFinding[] = [];
    eachExpression(query, (e) => {
      if (e.type !== 'binary') return;
      const hit =
        (isCountSubquery(e.left) && (((e.op === '>' || e.op === '!=') && zero(e.right)) || (e.op === '>=' && one(e.right)))) ||
        (isCountSubquery(e.right) && (((e.op === '<' || e.op === '!=') && zero(e.left)) || (e.op === '<=' && one(e.left))));
      if (!hit) return;
      findings.push(
        queryFinding(query, this.code, `${QUERY_SEED} › Use EXISTS Instead of COUNT`, 'COUNT(*) > 0 counts every matching row only to test whether one exists.', 'Use EXISTS (SELECT 1 FROM … WHERE …), which stops at the first match.', position(e)),
      );
    });
    return findings;
  },
};
