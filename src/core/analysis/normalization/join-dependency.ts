import { fullSet, type AttrSet } from './attribute-set';
import { isSuperkey, type Fd } from './dependency';

/**
 * Whether the join dependency *(components) follows from the relation's keys alone, by the
 * merging algorithm of Fagin's PJ/NF paper: two components whose common attributes form a
 * superkey can be joined without loss, so they merge; the JD is implied by the keys exactly when
 * the merging reaches the whole relation. A relation whose every JD is implied this way is in 5NF.
 */
export function isJoinDependencyImpliedByKeys(n: number, components: readonly AttrSet[], fds: readonly Fd[]): boolean {
  const all = fullSet(n);
  const parts = [...components];
  if (parts.some((p) => p === all)) return true;
  let merged = true;
  while (merged) {
    merged = false;
    outer: for (let i = 0; i < parts.length; i++) {
      for (let j = i + 1; j < parts.length; j++) {
        if (!isSuperkey(parts[i] & parts[j], all, fds)) continue;
        parts[i] |= parts[j];
        parts.splice(j, 1);
        merged = true;
        break outer;
      }
    }
  }
  return parts.some((p) => p === all);
}

/** A JD is trivial when one component is the whole relation. */
export function isTrivialJoinDependency(n: number, components: readonly AttrSet[]): boolean {
  const all = fullSet(n);
  return components.some((c) => c === all);
}
