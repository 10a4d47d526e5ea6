import { isJoinDependencyImpliedByKeys, isTrivialJoinDependency } from '../join-dependency';
import type { RelationViolation } from '../normal-form';
import type { NormalFormRule } from './rule';

/** 5NF: a declared join dependency the candidate keys do not imply. */
export const fifthNormalForm: NormalFormRule = ({ facts, all }) =>
  (facts.jds ?? [])
    .filter((jd) => jd.reduce((u, c) => u | c, 0n) === all)
    .filter((jd) => !isTrivialJoinDependency(facts.n, jd) && !isJoinDependencyImpliedByKeys(facts.n, jd, facts.fds))
    .map((jd): RelationViolation => ({ form: '5NF', kind: 'join-dependency', components: [...jd] }));
