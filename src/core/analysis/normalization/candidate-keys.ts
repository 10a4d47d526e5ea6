import { bit, compareSets, fullSet, isSubset, minus, size, toIndices, type AttrSet } from './attribute-set';
import { closure, type Fd } from './dependency';

export interface CandidateKeys {
  keys: AttrSet[];
  /** True when the search stopped at `maxKeys`: there may be more keys than listed. */
  truncated: boolean;
}

/** Shrinks a superkey to a key: drops each attribute whose removal keeps it a superkey. */
export function minimizeKey(superkey: AttrSet, all: AttrSet, fds: readonly Fd[], required: AttrSet = 0n): AttrSet {
  let key = superkey;
  for (const a of toIndices(minus(superkey, required))) {
    const smaller = minus(key, bit(a));
    if (isSubset(all, closure(smaller, fds))) key = smaller;
  }
  return key;
}

/**
 * All candidate keys of a relation with `n` attributes, by Lucchesi and Osborn's algorithm
 * (1978): from one key K and a dependency X -> Y, the set X ∪ (K − Y) is a superkey; if it holds
 * no known key, it contains a new one. Every key is found this way, and the cost is polynomial in
 * the number of keys, attributes and dependencies, so 30 attributes stay fast unless the relation
 * truly has a huge number of keys; `maxKeys` bounds that case.
 */
export function candidateKeys(n: number, fds: readonly Fd[], maxKeys = 5000): CandidateKeys {
  const all = fullSet(n);
  // Attributes that no dependency derives must be in every key; fixing them first saves closures.
  let derived = 0n;
  for (const fd of fds) derived |= minus(fd.rhs, fd.lhs);
  const required = minus(all, derived);
  const keys: AttrSet[] = [];
  const known = new KeyIndex(n);
  const add = (key: AttrSet) => {
    keys.push(key);
    known.add(key);
  };
  // Start from a small superkey (the smallest left side that, with the required attributes,
  // determines everything) rather than from all attributes: fewer closures to minimize it.
  let start = all;
  for (const fd of fds) {
    const candidate = fd.lhs | required;
    if (size(candidate) < size(start) && isSubset(all, closure(candidate, fds))) start = candidate;
  }
  add(minimizeKey(start, all, fds, required));
  let truncated = false;
  for (let i = 0; i < keys.length && !truncated; i++) {
    const key = keys[i];
    for (const fd of fds) {
      const candidate = fd.lhs | minus(key, fd.rhs);
      if (known.containsSubsetOf(candidate)) continue;
      add(minimizeKey(candidate, all, fds, required));
      if (keys.length >= maxKeys) {
        truncated = true;
        break;
      }
    }
  }
  return { keys: keys.sort(compareSets), truncated };
}

/** Attributes that belong to at least one candidate key. */
export function primeAttributes(keys: readonly AttrSet[]): AttrSet {
  let prime = 0n;
  for (const key of keys) prime |= key;
  return prime;
}

/**
 * "Is some known key inside this set?" asked once per dependency per key: with many keys it is
 * the algorithm's inner loop. Up to 60 attributes the keys are kept as two 30-bit numbers, so
 * the test is plain integer arithmetic instead of bigint operations.
 */
class KeyIndex {
  private readonly small: boolean;
  private readonly lo: number[] = [];
  private readonly hi: number[] = [];
  private readonly big: AttrSet[] = [];

  constructor(n: number) {
    this.small = n <= 60;
  }

  add(key: AttrSet): void {
    if (this.small) {
      this.lo.push(Number(key & 0x3fffffffn));
      this.hi.push(Number(key >> 30n));
    } else this.big.push(key);
  }

  containsSubsetOf(set: AttrSet): boolean {
    if (!this.small) return this.big.some((k) => isSubset(k, set));
    const lo = Number(set & 0x3fffffffn);
    const hi = Number(set >> 30n);
    const los = this.lo;
    const his = this.hi;
    for (let i = 0; i < los.length; i++) if ((los[i] & ~lo) === 0 && (his[i] & ~hi) === 0) return true;
    return false;
  }
}
