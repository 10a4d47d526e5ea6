import { compareSets, fullSet, isSubset, minus, size, toIndices, type AttrSet } from './attribute-set';
import { candidateKeys, minimizeKey } from './candidate-keys';
import { closure, isSuperkey, type Fd, type Mvd } from './dependency';
import { minimalCover } from './minimal-cover';

/** One relation of a decomposition: its attributes and the key chosen for it. */
export interface Component {
  attrs: AttrSet;
  key: AttrSet;
}

export interface Decomposition {
  components: Component[];
  /** Dependencies of the minimal cover that no component can check on its own any more. */
  lost: Fd[];
  /** True when a BCNF/4NF step searched only the dependencies' left sides (wide sub-relation) and may have missed a hidden violation. */
  approximate: boolean;
}

/** Subsets of a sub-relation this wide or narrower are searched exhaustively for BCNF violations. */
const EXHAUSTIVE_WIDTH = 14;

/**
 * Which dependencies a decomposition preserves, without computing the projected dependencies:
 * X -> Y is preserved when repeatedly closing X inside each component reaches Y (Ullman's test).
 */
export function lostDependencies(components: readonly AttrSet[], fds: readonly Fd[]): Fd[] {
  return fds.filter((fd) => {
    let z = fd.lhs;
    let changed = true;
    while (changed) {
      changed = false;
      for (const r of components) {
        const gained = closure(z & r, fds) & r;
        if ((gained & ~z) !== 0n) {
          z |= gained;
          changed = true;
        }
      }
    }
    return !isSubset(fd.rhs, z);
  });
}

/**
 * 3NF synthesis (Bernstein): one relation per left side of a minimal cover, plus one holding a
 * candidate key when none does, minus relations contained in others. The result is lossless and
 * preserves every dependency.
 */
export function synthesize3nf(n: number, fds: readonly Fd[]): Decomposition {
  const all = fullSet(n);
  const cover = minimalCover(fds);
  const groups = new Map<AttrSet, AttrSet>();
  for (const fd of cover) groups.set(fd.lhs, (groups.get(fd.lhs) ?? fd.lhs) | fd.rhs);
  let components: Component[] = [...groups].map(([key, attrs]) => ({ attrs, key }));
  if (!components.some((c) => isSuperkey(c.attrs, all, fds))) {
    const key = candidateKeys(n, fds).keys[0] ?? all;
    components.push({ attrs: key, key });
  }
  // A relation inside another is redundant; keep the larger one (the first of equal ones).
  components = components.filter((c, i) => !components.some((o, k) => k !== i && isSubset(c.attrs, o.attrs) && (c.attrs !== o.attrs || k < i)));
  return { components: sortComponents(components), lost: [], approximate: false };
}

/**
 * BCNF decomposition by repeated splitting on a violating X -> X+: lossless, but it may lose
 * dependencies, which are reported.
 */
export function decomposeBcnf(n: number, fds: readonly Fd[]): Decomposition {
  return splitUntilClean(n, fds, []);
}

/** 4NF decomposition: splits on BCNF violations and on declared MVDs X ->> Y with X not a superkey. */
export function decompose4nf(n: number, fds: readonly Fd[], mvds: readonly Mvd[]): Decomposition {
  return splitUntilClean(n, fds, mvds);
}

function splitUntilClean(n: number, fds: readonly Fd[], mvds: readonly Mvd[]): Decomposition {
  const cover = minimalCover(fds);
  const work: AttrSet[] = [fullSet(n)];
  const done: Component[] = [];
  let approximate = false;
  while (work.length > 0) {
    const s = work.pop()!;
    const fdSplit = findBcnfViolation(s, cover, fds);
    if (fdSplit.approximate) approximate = true;
    const split = fdSplit.split ?? findMvdViolation(s, mvds, fds);
    if (!split) {
      done.push({ attrs: s, key: minimizeKey(s, s, fds) });
      continue;
    }
    work.push(split.right, split.left);
  }
  // A split can leave a relation inside another (when an earlier split already separated it).
  const components = done.filter((c, i) => !done.some((o, k) => k !== i && isSubset(c.attrs, o.attrs) && (c.attrs !== o.attrs || k < i)));
  return { components: sortComponents(components), lost: lostDependencies(components.map((c) => c.attrs), cover), approximate };
}

interface Split {
  left: AttrSet;
  right: AttrSet;
}

/** Splits S on X -> (X+ ∩ S): left = X+ ∩ S (X its key), right = S minus what X determines. */
function splitOn(s: AttrSet, x: AttrSet, fds: readonly Fd[]): Split | undefined {
  const determined = closure(x, fds) & s;
  if (determined === s || determined === x) return undefined;
  return { left: determined, right: minus(s, minus(determined, x)) };
}

function findBcnfViolation(s: AttrSet, cover: readonly Fd[], fds: readonly Fd[]): { split?: Split; approximate: boolean } {
  for (const fd of cover) {
    if (!isSubset(fd.lhs, s)) continue;
    const split = splitOn(s, fd.lhs, fds);
    if (split) return { split, approximate: false };
  }
  // Left sides of the cover miss violations that only show in a projection; search subsets when affordable.
  const attrs = toIndices(s);
  if (attrs.length > EXHAUSTIVE_WIDTH) return { approximate: true };
  const masks: AttrSet[] = [];
  for (let m = 1; m < (1 << attrs.length) - 1; m++) {
    let x = 0n;
    for (let k = 0; k < attrs.length; k++) if ((m & (1 << k)) !== 0) x |= 1n << BigInt(attrs[k]);
    masks.push(x);
  }
  masks.sort(compareSets);
  for (const x of masks) {
    const split = splitOn(s, x, fds);
    if (split) return { split, approximate: false };
  }
  return { approximate: false };
}

function findMvdViolation(s: AttrSet, mvds: readonly Mvd[], fds: readonly Fd[]): Split | undefined {
  for (const mvd of mvds) {
    if (!isSubset(mvd.lhs, s)) continue;
    const y = minus(mvd.rhs & s, mvd.lhs);
    if (y === 0n || (mvd.lhs | y) === s || isSuperkey(mvd.lhs, s, fds)) continue;
    return { left: mvd.lhs | y, right: minus(s, y) };
  }
  return undefined;
}

/** Largest relation first (it usually keeps the original table), then by attributes. */
function sortComponents(components: Component[]): Component[] {
  return components.sort((a, b) => size(b.attrs) - size(a.attrs) || compareSets(a.attrs, b.attrs));
}

/** Sub-relations this narrow get an exact projection; wider ones use the left sides of `fds`. */
const EXACT_PROJECTION_WIDTH = 12;

/**
 * The dependencies that hold in the projection on `s`, as a minimal cover: every X ⊆ S gives
 * X -> (X+ ∩ S). Exact (all subsets) for narrow relations; for wide ones only the left sides of
 * the given dependencies are used, which can miss a dependency that only a projection shows.
 */
export function projectDependencies(s: AttrSet, fds: readonly Fd[]): Fd[] {
  const attrs = toIndices(s);
  const projected: Fd[] = [];
  const add = (x: AttrSet) => {
    const rhs = minus(closure(x, fds) & s, x);
    if (rhs !== 0n) projected.push({ lhs: x, rhs });
  };
  if (attrs.length <= EXACT_PROJECTION_WIDTH) {
    for (let m = 0; m < 1 << attrs.length; m++) {
      let x = 0n;
      for (let k = 0; k < attrs.length; k++) if ((m & (1 << k)) !== 0) x |= 1n << BigInt(attrs[k]);
      add(x);
    }
  } else {
    for (const fd of fds) if (isSubset(fd.lhs, s)) add(fd.lhs);
  }
  return minimalCover(projected);
}
