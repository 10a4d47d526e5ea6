import { isSubset, minus, type AttrSet } from './attribute-set';

/** A functional dependency lhs -> rhs over attribute positions. */
export interface Fd {
  lhs: AttrSet;
  rhs: AttrSet;
}

/** A multivalued dependency lhs ->> rhs over attribute positions. */
export interface Mvd {
  lhs: AttrSet;
  rhs: AttrSet;
}

/** A relation schema in the abstract: `n` attributes and what is known about them. */
export interface Relation {
  /** Number of attributes; they are 0 .. n-1. */
  n: number;
  fds: readonly Fd[];
  mvds?: readonly Mvd[];
  /** Join dependencies *(R1, ..., Rk), each component a set of attributes. */
  jds?: readonly (readonly AttrSet[])[];
}

/**
 * The closure X+ of a set of attributes under `fds`: everything X determines. A fixpoint over
 * the dependencies; each dependency fires at most once, so the cost is O(|fds|^2) set operations
 * in the worst case and usually a couple of passes.
 */
export function closure(x: AttrSet, fds: readonly Fd[]): AttrSet {
  let result = x;
  const fired = new Uint8Array(fds.length);
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < fds.length; i++) {
      if (fired[i] === 1) continue;
      const fd = fds[i];
      if ((fd.lhs & ~result) === 0n) {
        fired[i] = 1;
        if ((fd.rhs & ~result) !== 0n) {
          result |= fd.rhs;
          changed = true;
        }
      }
    }
  }
  return result;
}

/** True when `fds` imply lhs -> rhs (Armstrong's axioms), decided by the closure of lhs. */
export function implies(fds: readonly Fd[], fd: Fd): boolean {
  return isSubset(fd.rhs, closure(fd.lhs, fds));
}

/** True when two sets of dependencies imply each other. */
export function equivalent(a: readonly Fd[], b: readonly Fd[]): boolean {
  return b.every((fd) => implies(a, fd)) && a.every((fd) => implies(b, fd));
}

export function isTrivial(fd: Fd): boolean {
  return isSubset(fd.rhs, fd.lhs);
}

/** X is a superkey of the attribute set `of` when X determines all of it. */
export function isSuperkey(x: AttrSet, of: AttrSet, fds: readonly Fd[]): boolean {
  return isSubset(of, closure(x, fds));
}

/** Removes what the left side already holds from the right side: X -> XY becomes X -> Y. */
export function nonTrivialPart(fd: Fd): Fd {
  return { lhs: fd.lhs, rhs: minus(fd.rhs, fd.lhs) };
}
