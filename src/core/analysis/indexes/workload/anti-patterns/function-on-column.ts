import type { Expr } from 'pgsql-ast-parser';
import type { IndexFinding } from '../../types';
import { accessPaths } from '../../access-paths';
import { conjuncts, selectBlocks, walkExpr } from '../ast-walk';
import { blockScope, resolveColumn, type Scope } from '../scope';
import { queryFinding, QUERY_SEED, type AntiPattern } from './anti-pattern';
import { position } from './walk-query';

const COMPARISONS = new Set(['=', '<', '>', '<=', '>=', '<>', '!=', 'LIKE', 'ILIKE', 'IN']);

/** The model column wrapped by a function call or cast on one side of a comparison. */
function wrappedColumn(scope: Scope, side: Expr) {
  if (side.type !== 'call' && side.type !== 'cast') return undefined;
  let found: ReturnType<typeof resolveColumn>;
  walkExpr(side, (x) => {
    if (x.type === 'ref') found ??= resolveColumn(scope, x);
    return found === undefined;
  });
  return found && found.depth === 0 ? found : undefined;
}

/**
 * A function (or cast) around a column in a predicate: `lower(email) = …`, `date(created_at) = …`.
 * The index on the column orders raw values, so it cannot be used.
 */
export const functionOnColumn: AntiPattern = {
  code: 'function-on-column',
  check({ diagram, query }) {
    if (!query.statement) return [];
    const findings: IndexFinding[] = [];
    for (const { block } of selectBlocks(query.statement)) {
      const scope = blockScope(diagram, block, []);
      const predicates = [...conjuncts(block.where), ...(block.from ?? []).flatMap((f) => conjuncts(f.join?.on))];
      for (const p of predicates) {
        if (p.type !== 'binary' || !COMPARISONS.has(p.op)) continue;
        const hit = wrappedColumn(scope, p.left) ?? wrappedColumn(scope, p.right);
        if (!hit) continue;
        const call = wrappedColumn(scope, p.left) ? p.left : p.right;
        const fn = call.type === 'call' ? call.function.name : 'a cast';
        const indexed = accessPaths(hit.table).some((a) => a.columns[0] === hit.column.id);
        findings.push(
          queryFinding(
            query,
            this.code,
            `${QUERY_SEED} › Common Query Anti-Patterns (functions on indexed columns)`,
            `${fn}(${hit.table.name}.${hit.column.name}) in a predicate hides the column from ${indexed ? 'its index' : 'any index'}: the function runs on every row.`,
            fn.toLowerCase() === 'date' || fn.toLowerCase() === 'date_trunc'
              ? `Compare the raw column with a range: ${hit.column.name} >= '2024-01-01' AND ${hit.column.name} < '2024-01-02'.`
              : `Compare the raw column (normalize the value on write), or create an expression index: CREATE INDEX … ON ${hit.table.name} (${fn}(${hit.column.name})).`,
            position(p),
            { id: hit.table.id, name: hit.table.name },
          ),
        );
      }
    }
    return findings;
  },
};
