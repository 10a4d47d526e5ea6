import { has, type AttrSet } from './attribute-set';
import type { Fd, Mvd } from './dependency';

export interface ChaseOptions {
  /** Stops the MVD rule from growing the tableau forever on adversarial input. */
  maxRows?: number;
}

/**
 * The chase test for a lossless join: is the relation always the natural join of its
 * projections on `components`, given the dependencies? A tableau gets one row per component,
 * with the "distinguished" symbol 0 in the component's columns and a fresh symbol elsewhere; FDs
 * equate symbols, MVDs add rows. The join is lossless exactly when a row of all 0s appears.
 * Returns undefined when `maxRows` was reached before an answer.
 */
export function isLosslessJoin(n: number, components: readonly AttrSet[], fds: readonly Fd[], mvds: readonly Mvd[] = [], options: ChaseOptions = {}): boolean | undefined {
  const maxRows = options.maxRows ?? 2000;
  let next = 1;
  const rows: number[][] = components.map((component) => Array.from({ length: n }, (_, a) => (has(component, a) ? 0 : next++)));
  const seen = new Set(rows.map((r) => r.join(',')));
  const complete = () => rows.some((r) => r.every((v) => v === 0));
  const fdIndices = fds.map((fd) => ({ lhs: indices(fd.lhs, n), rhs: indices(fd.rhs, n) }));
  const mvdIndices = mvds.map((m) => ({ lhs: indices(m.lhs, n), rhs: indices(m.rhs, n) }));
  for (;;) {
    if (complete()) return true;
    let changed = false;
    for (const fd of fdIndices) {
      for (let i = 0; i < rows.length; i++) {
        for (let j = i + 1; j < rows.length; j++) {
          if (!fd.lhs.every((a) => rows[i][a] === rows[j][a])) continue;
          for (const a of fd.rhs) {
            const x = rows[i][a];
            const y = rows[j][a];
            if (x === y) continue;
            // Keep the smaller symbol, so the distinguished 0 always wins.
            const keep = Math.min(x, y);
            const drop = Math.max(x, y);
            for (const row of rows) if (row[a] === drop) row[a] = keep;
            changed = true;
          }
        }
      }
    }
    for (const mvd of mvdIndices) {
      const inY = new Set([...mvd.lhs, ...mvd.rhs]);
      const count = rows.length;
      for (let i = 0; i < count; i++) {
        for (let j = 0; j < count; j++) {
          if (i === j || !mvd.lhs.every((a) => rows[i][a] === rows[j][a])) continue;
          const row = rows[i].map((v, a) => (inY.has(a) ? v : rows[j][a]));
          const key = row.join(',');
          if (seen.has(key)) continue;
          seen.add(key);
          rows.push(row);
          changed = true;
          if (rows.length > maxRows) return complete() ? true : undefined;
        }
      }
    }
    if (changed) {
      // Equating symbols can make rows identical; keep the set of rows free of repeats.
      seen.clear();
      for (let i = rows.length - 1; i >= 0; i--) {
        const key = rows[i].join(',');
        if (seen.has(key)) rows.splice(i, 1);
        else seen.add(key);
      }
    }
    if (!changed) return complete();
  }
}

function indices(set: AttrSet, n: number): number[] {
  const result: number[] = [];
  for (let a = 0; a < n; a++) if (has(set, a)) result.push(a);
  return result;
}
