import { isProperSubset, isSubset, type AttrSet } from '../attribute-set';
import type { RelationViolation } from '../normal-form';
import type { NormalFormRule } from './rule';

/** 3NF: X -> A with X not a superkey and A non-prime (and X not part of a key: that is 2NF's finding). */
export const thirdNormalForm: NormalFormRule = ({ singles, keys, prime, isKey }) => {
  const byLhs = new Map<AttrSet, AttrSet>();
  for (const fd of singles) {
    if (isSubset(fd.rhs, prime) || isKey(fd.lhs)) continue;
    if (keys.some((k) => isProperSubset(fd.lhs, k))) continue;
    byLhs.set(fd.lhs, (byLhs.get(fd.lhs) ?? 0n) | fd.rhs);
  }
  return [...byLhs].map(([determinant, dependent]): RelationViolation => ({ form: '3NF', kind: 'transitive-dependency', determinant, dependent, key: keys[0] ?? 0n }));
};
