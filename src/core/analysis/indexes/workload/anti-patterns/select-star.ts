import { selectBlocks } from '../ast-walk';
import type { IndexFinding } from '../../types';
import { queryFinding, QUERY_SEED, type AntiPattern } from './anti-pattern';
import { position } from './walk-query';

/** SELECT *: reads and ships every column, and rules out index-only scans. */
export const selectStar: AntiPattern = {
  code: 'select-star',
  check({ query }) {
    if (!query.statement) return [];
    const findings: IndexFinding[] = [];
    for (const { block } of selectBlocks(query.statement)) {
      const star = (block.columns ?? []).find((c) => c.expr.type === 'ref' && c.expr.name === '*');
      if (!star) continue;
      findings.push(
        queryFinding(query, this.code, `${QUERY_SEED} › SELECT * (Select All Columns)`, 'SELECT * returns every column: more I/O and network, and no index can cover the query.', 'List only the columns the application uses: SELECT id, name, price FROM …', position(star)),
      );
    }
    return findings;
  },
};
