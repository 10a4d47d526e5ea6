/**
 * A set of attributes (a table's columns, by position) as a bigint bit mask. Bigints have no
 * width limit, so a table of 200 columns works the same as one of 5, and set algebra is a single
 * machine-level operation per word; closures and key searches are dominated by these operations.
 */
export type AttrSet = bigint;

export const EMPTY: AttrSet = 0n;

export function bit(index: number): AttrSet {
  return 1n << BigInt(index);
}

/** The set of the first `n` attributes: the whole relation. */
export function fullSet(n: number): AttrSet {
  return (1n << BigInt(n)) - 1n;
}

export function fromIndices(indices: Iterable<number>): AttrSet {
  let set = 0n;
  for (const i of indices) set |= 1n << BigInt(i);
  return set;
}

export function toIndices(set: AttrSet): number[] {
  const result: number[] = [];
  let rest = set;
  // 32 bits at a time as a plain number: one bigint operation per word instead of per bit.
  for (let base = 0; rest !== 0n; base += 32) {
    let word = Number(rest & 0xffffffffn);
    rest >>= 32n;
    while (word !== 0) {
      const low = word & -word;
      result.push(base + 31 - Math.clz32(low));
      word = (word ^ low) >>> 0;
    }
  }
  return result;
}

export function has(set: AttrSet, index: number): boolean {
  return (set & (1n << BigInt(index))) !== 0n;
}

export function isSubset(a: AttrSet, b: AttrSet): boolean {
  return (a & ~b) === 0n;
}

export function isProperSubset(a: AttrSet, b: AttrSet): boolean {
  return a !== b && (a & ~b) === 0n;
}

export function minus(a: AttrSet, b: AttrSet): AttrSet {
  return a & ~b;
}

export function size(set: AttrSet): number {
  let count = 0;
  let rest = set;
  while (rest !== 0n) {
    let word = Number(rest & 0xffffffffn);
    rest >>= 32n;
    while (word !== 0) {
      word &= word - 1;
      count++;
    }
  }
  return count;
}

/** Orders sets by size, then by their lowest attributes: a stable order for output and tests. */
export function compareSets(a: AttrSet, b: AttrSet): number {
  const bySize = size(a) - size(b);
  if (bySize !== 0) return bySize;
  const ia = toIndices(a);
  const ib = toIndices(b);
  for (let k = 0; k < ia.length; k++) if (ia[k] !== ib[k]) return ia[k] - ib[k];
  return 0;
}
