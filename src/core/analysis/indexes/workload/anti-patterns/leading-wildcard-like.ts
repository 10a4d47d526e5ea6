import { queryFinding, QUERY_SEED, type AntiPattern } from './anti-pattern';
import { eachExpression, position } from './walk-query';
import type { IndexFinding } from '../../types';

/** `LIKE '%…'`: a btree orders by the leading characters, so a pattern that starts with a wildcard reads every row. */
export const leadingWildcardLike: AntiPattern = {
  code: 'leading-wildcard-like',
  check({ query }) {
    const findings: IndexFinding[] = [];
    eachExpression(query, (e) => {
      if (e.type !== 'binary' || !/LIKE$/.test(e.op) || e.right.type !== 'string' || !/^[%_]/.test(e.right.value)) return;
      findings.push(
        queryFinding(
          query,
          this.code,
          `${QUERY_SEED} › LIKE with Leading Wildcard`,
          `${e.op} '${e.right.value}' starts with a wildcard, so no btree index can be used and every row is read.`,
          `Anchor the pattern at the start (LIKE 'john%'), search a reversed or normalized column (e.g. an email_domain column with = ), or use a trigram index: CREATE EXTENSION pg_trgm; CREATE INDEX … USING gin (col gin_trgm_ops).`,
          position(e),
        ),
      );
    });
    return findings;
  },
};
