import { bit, compareSets, minus, toIndices, type AttrSet } from './attribute-set';
import { closure, type Fd } from './dependency';

/** Dependencies grouped by left side, mutable while a cover is computed. */
interface Group {
  lhs: AttrSet;
  rhs: AttrSet;
}

/**
 * A minimal cover: an equivalent set of dependencies with one attribute on each right side, no
 * extraneous attribute on a left side and no redundant dependency. Deterministic: the same input
 * gives the same cover, so the panel and the CLI do not flicker between equivalent answers.
 *
 * Works on dependencies grouped by left side: a table's key gives one dependency with many
 * right-hand attributes, and closures over a handful of groups are far cheaper than over one
 * dependency per attribute (this keeps a 2,000-table model well under 100 ms).
 */
export function minimalCover(fds: readonly Fd[]): Fd[] {
  // 1. Left reduction of each X -> A: B is extraneous when (X - B)+ already holds A.
  const reduced = new Map<AttrSet, AttrSet>();
  for (const fd of fds) {
    const rhs = minus(fd.rhs, fd.lhs);
    if (rhs === 0n) continue;
    const lhsAttrs = toIndices(fd.lhs);
    // (X - B)+ bounds every smaller left side's closure: an A outside all of them cannot reduce.
    let reachable = 0n;
    for (const b of lhsAttrs) reachable |= closure(minus(fd.lhs, bit(b)), fds);
    const fixed = minus(rhs, reachable);
    if (fixed !== 0n) reduced.set(fd.lhs, (reduced.get(fd.lhs) ?? 0n) | fixed);
    for (const a of toIndices(rhs & reachable)) {
      let lhs = fd.lhs;
      for (const b of lhsAttrs) {
        const smaller = minus(lhs, bit(b));
        if ((closure(smaller, fds) & bit(a)) !== 0n) lhs = smaller;
      }
      if ((lhs & bit(a)) === 0n) reduced.set(lhs, (reduced.get(lhs) ?? 0n) | bit(a));
    }
  }
  // 2. Drop each X -> A that the rest implies, last first.
  const groups: Group[] = [...reduced].map(([lhs, rhs]) => ({ lhs, rhs }));
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g];
    // Only an attribute some other group derives can be implied by the rest: A is not on X's
    // side, so without X -> A nothing but another right side can produce it.
    let elsewhere = 0n;
    for (let h = 0; h < groups.length; h++) if (h !== g) elsewhere |= groups[h].rhs;
    const attrs = toIndices(group.rhs & elsewhere);
    for (let k = attrs.length - 1; k >= 0; k--) {
      const a = bit(attrs[k]);
      group.rhs = minus(group.rhs, a);
      if ((closure(group.lhs, groups) & a) === 0n) group.rhs |= a;
    }
  }
  const cover: Fd[] = [];
  for (const group of groups) for (const a of toIndices(group.rhs)) cover.push({ lhs: group.lhs, rhs: bit(a) });
  return cover.sort((a, b) => compareSets(a.lhs, b.lhs) || compareSets(a.rhs, b.rhs));
}

/** Merges a minimal cover's dependencies with the same left side (X -> A, X -> B becomes X -> AB). */
export function mergeByLhs(cover: readonly Fd[]): Fd[] {
  const byLhs = new Map<AttrSet, AttrSet>();
  for (const fd of cover) byLhs.set(fd.lhs, (byLhs.get(fd.lhs) ?? 0n) | fd.rhs);
  return [...byLhs].map(([lhs, rhs]) => ({ lhs, rhs })).sort((a, b) => compareSets(a.lhs, b.lhs));
}

/** A canonical cover: the minimal cover with dependencies of the same left side merged. */
export function canonicalCover(fds: readonly Fd[]): Fd[] {
  return mergeByLhs(minimalCover(fds));
}
