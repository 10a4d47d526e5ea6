import { selectBlocks } from '../ast-walk';
import type { IndexFinding } from '../../types';
import { queryFinding, QUERY_SEED, type AntiPattern } from './anti-pattern';
import { position } from './walk-query';

/** OFFSET n reads and throws away n rows on every page; keyset pagination seeks to where the last page ended. */
export const largeOffset: AntiPattern = {
  code: 'large-offset',
  check({ query, options }) {
    if (!query.statement) return [];
    const findings: IndexFinding[] = [];
    for (const { block } of selectBlocks(query.statement)) {
      const offset = block.limit?.offset;
      if (!offset || offset.type !== 'integer' || offset.value < options.largeOffset) continue;
      const order = (block.orderBy ?? []).map((o) => (o.by.type === 'ref' ? o.by.name : '…'));
      const key = order[0] ?? 'created_at';
      const desc = block.orderBy?.[0]?.order === 'DESC';
      findings.push(
        queryFinding(
          query,
          this.code,
          `${QUERY_SEED} › Use LIMIT for Pagination (keyset pagination for large offsets)`,
          `OFFSET ${offset.value} reads and discards ${offset.value} rows for every page.`,
          `Use keyset pagination: WHERE ${key} ${desc ? '<' : '>'} :last_seen_${key} ORDER BY ${order.join(', ') || key}${desc ? ' DESC' : ''} LIMIT n, with an index on (${order.join(', ') || key}).`,
          position(offset),
        ),
      );
    }
    return findings;
  },
};
