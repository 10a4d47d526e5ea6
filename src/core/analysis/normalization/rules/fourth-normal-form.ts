import { minus } from '../attribute-set';
import { isSuperkey } from '../dependency';
import type { RelationViolation } from '../normal-form';
import type { NormalFormRule } from './rule';

/** 4NF: a declared X ->> Y that is not trivial (Y ⊄ X, XY ≠ R) with X not a superkey. */
export const fourthNormalForm: NormalFormRule = ({ facts, all }) => {
  const result: RelationViolation[] = [];
  for (const mvd of facts.mvds ?? []) {
    const dependent = minus(mvd.rhs, mvd.lhs);
    if (dependent === 0n || (mvd.lhs | dependent) === all) continue;
    if (isSuperkey(mvd.lhs, all, facts.fds)) continue;
    result.push({ form: '4NF', kind: 'multivalued-dependency', determinant: mvd.lhs, dependent });
  }
  return result;
};
