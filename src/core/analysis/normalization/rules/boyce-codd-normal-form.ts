import { isSubset, type AttrSet } from '../attribute-set';
import type { RelationViolation } from '../normal-form';
import type { NormalFormRule } from './rule';

/** BCNF: X -> A with X not a superkey, where A is prime (non-prime cases are already 2NF or 3NF findings). */
export const boyceCoddNormalForm: NormalFormRule = ({ singles, prime, isKey }) => {
  const byLhs = new Map<AttrSet, AttrSet>();
  for (const fd of singles) {
    if (!isSubset(fd.rhs, prime) || isKey(fd.lhs)) continue;
    byLhs.set(fd.lhs, (byLhs.get(fd.lhs) ?? 0n) | fd.rhs);
  }
  return [...byLhs].map(([determinant, dependent]): RelationViolation => ({ form: 'BCNF', kind: 'non-superkey-determinant', determinant, dependent }));
};
