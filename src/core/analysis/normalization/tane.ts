/**
 * Exact minimal functional dependencies in sample rows, by TANE (Huhtala, Kärkkäinen, Porkka,
 * Toivonen 1999): a level-wise search over attribute sets, where X -> A holds exactly when the
 * partition of the rows by X has as many classes as the partition by XA. Partitions are
 * "stripped" (singleton classes dropped) and each level's are products of the previous level's.
 *
 * Mined dependencies hold in the sample, not necessarily in the data: they are offered as
 * suggestions. Bounded by rows, time and left-side size; pure, so it runs in a Web Worker.
 */

export interface MiningOptions {
  /** Rows beyond this are ignored (the result says so). */
  maxRows?: number;
  /** Stops after this long and returns what was found (complete: false). */
  maxMillis?: number;
  /** Largest left side searched. */
  maxLhs?: number;
  onProgress?: (progress: MiningProgress) => void;
  /** The clock; injectable for tests. */
  now?: () => number;
}

export interface MiningProgress {
  level: number;
  maxLevel: number;
  found: number;
  elapsedMs: number;
}

export interface MinedDependency {
  /** Column positions of the left side (empty: the column is constant in the sample). */
  determinant: number[];
  dependent: number;
}

export interface MiningResult {
  dependencies: MinedDependency[];
  rowsUsed: number;
  /** False when a bound (time or left-side size) stopped the search early. */
  complete: boolean;
  stoppedBy?: 'time' | 'max-lhs';
  elapsedMs: number;
}

type Partition = Int32Array[];

interface Node {
  set: bigint;
  /** Attribute positions, ascending: the prefix is what level generation joins on. */
  attrs: number[];
  partition: Partition;
  /** ||π|| - |π|: rows in non-singleton classes minus the number of such classes. 0 means X is a key in the sample. */
  error: number;
  cplus: bigint;
}

function errorOf(partition: Partition): number {
  let e = 0;
  for (const c of partition) e += c.length - 1;
  return e;
}

function stripped(values: Int32Array, distinct: number): Partition {
  const buckets: number[][] = Array.from({ length: distinct }, () => []);
  for (let row = 0; row < values.length; row++) buckets[values[row]].push(row);
  return buckets.filter((b) => b.length > 1).map((b) => Int32Array.from(b));
}

/** π_X · π_Y, the partition by X ∪ Y, by the linear-time product of the TANE paper. */
function product(a: Partition, b: Partition, owner: Int32Array): Partition {
  const result: Partition = [];
  for (let i = 0; i < a.length; i++) for (const row of a[i]) owner[row] = i;
  const groups: number[][] = a.map(() => []);
  for (const cls of b) {
    for (const row of cls) if (owner[row] >= 0) groups[owner[row]].push(row);
    for (const row of cls) {
      const i = owner[row];
      if (i < 0) continue;
      if (groups[i].length > 1) result.push(Int32Array.from(groups[i]));
      groups[i] = [];
    }
  }
  for (let i = 0; i < a.length; i++) for (const row of a[i]) owner[row] = -1;
  return result;
}

/** True when every class of the partition has one value of column `a`: X -> A holds. */
function refines(partition: Partition, column: Int32Array): boolean {
  for (const cls of partition) {
    const v = column[cls[0]];
    for (let k = 1; k < cls.length; k++) if (column[cls[k]] !== v) return false;
  }
  return true;
}

const bitOf = (i: number) => 1n << BigInt(i);

export function mineDependencies(rows: readonly (readonly string[])[], options: MiningOptions = {}): MiningResult {
  const now = options.now ?? (() => performance.now());
  const start = now();
  const maxRows = options.maxRows ?? 10_000;
  const maxMillis = options.maxMillis ?? 5_000;
  const used = rows.slice(0, maxRows);
  const width = used.reduce((w, r) => Math.max(w, r.length), 0);
  const maxLhs = options.maxLhs ?? 6;
  const n = used.length;
  const found: MinedDependency[] = [];
  const elapsed = () => now() - start;
  if (n === 0 || width === 0) return { dependencies: [], rowsUsed: n, complete: true, elapsedMs: elapsed() };

  // Each column's values as small integers, so comparisons are integer comparisons.
  const columns: Int32Array[] = [];
  const distinctCounts: number[] = [];
  for (let a = 0; a < width; a++) {
    const codes = new Map<string, number>();
    const column = new Int32Array(n);
    for (let row = 0; row < n; row++) {
      const value = used[row][a] ?? '';
      let code = codes.get(value);
      if (code === undefined) {
        code = codes.size;
        codes.set(value, code);
      }
      column[row] = code;
    }
    columns.push(column);
    distinctCounts.push(codes.size);
  }
  const all = (1n << BigInt(width)) - 1n;
  const owner = new Int32Array(n).fill(-1);
  const emptyPartition: Partition = n > 1 ? [Int32Array.from({ length: n }, (_, i) => i)] : [];

  // Partitions of the previous level, for the minimality check when a key is pruned.
  let previous = new Map<bigint, Partition>([[0n, emptyPartition]]);
  let previousCplus = new Map<bigint, bigint>([[0n, all]]);
  let level: Node[] = columns.map((column, a) => {
    const partition = stripped(column, distinctCounts[a]);
    return { set: bitOf(a), attrs: [a], partition, error: errorOf(partition), cplus: all };
  });
  let depth = 1;
  let stoppedBy: MiningResult['stoppedBy'];
  const errorOfSet = new Map<bigint, number>([[0n, errorOf(emptyPartition)]]);

  while (level.length > 0) {
    options.onProgress?.({ level: depth, maxLevel: Math.min(maxLhs + 1, width), found: found.length, elapsedMs: elapsed() });
    for (const node of level) errorOfSet.set(node.set, node.error);
    // compute_dependencies
    for (const node of level) {
      let cplus = all;
      for (const a of node.attrs) cplus &= previousCplus.get(node.set & ~bitOf(a)) ?? all;
      for (const a of node.attrs) {
        if ((cplus & bitOf(a)) === 0n) continue;
        const rest = node.set & ~bitOf(a);
        if (errorOfSet.get(rest) === node.error) {
          found.push({ determinant: node.attrs.filter((x) => x !== a), dependent: a });
          cplus &= ~bitOf(a);
          cplus &= node.set;
        }
      }
      node.cplus = cplus;
    }
    // prune
    const kept: Node[] = [];
    for (const node of level) {
      if (node.cplus === 0n) continue;
      if (node.error === 0) {
        // A key in the sample: X -> A for every A not in X, when no X - B already determines A.
        for (let a = 0; a < width; a++) {
          if ((node.set & bitOf(a)) !== 0n || (node.cplus & bitOf(a)) === 0n) continue;
          const minimal = node.attrs.every((b) => {
            const part = previous.get(node.set & ~bitOf(b));
            return part === undefined || !refines(part, columns[a]);
          });
          if (minimal) found.push({ determinant: node.attrs, dependent: a });
        }
        continue;
      }
      kept.push(node);
    }
    if (elapsed() > maxMillis) {
      stoppedBy = 'time';
      break;
    }
    if (depth > maxLhs) {
      // Only a bound when a next level could exist at all.
      if (kept.length > 1 && depth < width) stoppedBy = 'max-lhs';
      break;
    }
    // generate_next_level: join sets that share all but their last attribute.
    const present = new Set(kept.map((x) => x.set));
    const next: Node[] = [];
    const byPrefix = new Map<string, Node[]>();
    for (const node of kept) {
      const prefix = node.attrs.slice(0, -1).join(',');
      byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), node]);
    }
    let timedOut = false;
    for (const block of byPrefix.values()) {
      for (let i = 0; i < block.length && !timedOut; i++) {
        for (let j = i + 1; j < block.length; j++) {
          const x = block[i];
          const y = block[j];
          const set = x.set | y.set;
          const attrs = [...x.attrs, y.attrs[y.attrs.length - 1]].sort((p, q) => p - q);
          if (!attrs.every((a) => present.has(set & ~bitOf(a)))) continue;
          const partition = product(x.partition, y.partition, owner);
          next.push({ set, attrs, partition, error: errorOf(partition), cplus: all });
        }
        if (elapsed() > maxMillis) timedOut = true;
      }
    }
    if (timedOut) {
      stoppedBy = 'time';
      break;
    }
    previous = new Map(kept.map((x) => [x.set, x.partition] as const));
    previousCplus = new Map(level.map((x) => [x.set, x.cplus] as const));
    level = next;
    depth++;
  }
  found.sort((p, q) => p.determinant.length - q.determinant.length || p.dependent - q.dependent || p.determinant.join().localeCompare(q.determinant.join()));
  return { dependencies: found, rowsUsed: n, complete: stoppedBy === undefined, ...(stoppedBy ? { stoppedBy } : {}), elapsedMs: elapsed() };
}
