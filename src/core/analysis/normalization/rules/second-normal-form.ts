import { bit, minus, size, toIndices, type AttrSet } from '../attribute-set';
import { closure } from '../dependency';
import type { RelationViolation } from '../normal-form';
import type { NormalFormRule } from './rule';

/** 2NF: a non-prime attribute determined by a proper part of a candidate key. One finding per smallest such part. */
export const secondNormalForm: NormalFormRule = ({ keys, prime, facts }) => {
  const { fds } = facts;
  const found = new Map<AttrSet, { dependent: AttrSet; key: AttrSet }>();
  for (const key of keys) {
    if (size(key) < 2) continue;
    for (const a of toIndices(key)) {
      const part = minus(key, bit(a));
      const nonPrime = minus(closure(part, fds), prime);
      if (nonPrime === 0n) continue;
      // Shrink the part to the smallest subset that still determines some non-prime attribute.
      let smallest = part;
      for (const b of toIndices(part)) {
        const smaller = minus(smallest, bit(b));
        if (smaller !== 0n && minus(closure(smaller, fds), prime) !== 0n) smallest = smaller;
      }
      if (!found.has(smallest)) found.set(smallest, { dependent: minus(closure(smallest, fds), prime | smallest), key });
    }
  }
  return [...found].map(([determinant, v]): RelationViolation => ({ form: '2NF', kind: 'partial-dependency', determinant, dependent: v.dependent, key: v.key }));
};
