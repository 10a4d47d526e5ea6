import type { Statement } from 'pgsql-ast-parser';
import type { IndexFinding } from '../../types';
import { queryFinding, QUERY_SEED, type AntiPattern } from './anti-pattern';
import { position } from './walk-query';

/** UNION sorts or hashes the whole result to remove duplicates; UNION ALL does not. */
export const unionInsteadOfUnionAll: AntiPattern = {
  code: 'union-instead-of-union-all',
  check({ query }) {
    const findings: IndexFinding[] = [];
    const visit = (s: Statement) => {
      if (s.type === 'union') {
        findings.push(
          queryFinding(query, this.code, `${QUERY_SEED} › Use UNION ALL Instead of UNION`, 'UNION removes duplicates, which sorts or hashes the whole result.', 'Use UNION ALL when the branches cannot overlap or duplicates do not matter.', position(s)),
        );
      }
      if (s.type === 'union' || s.type === 'union all') {
        visit(s.left);
        visit(s.right);
      }
      if (s.type === 'with') visit(s.in);
    };
    if (query.statement) visit(query.statement);
    return findings;
  },
};
