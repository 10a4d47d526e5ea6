import type { RelationViolation } from '../normal-form';
import type { NormalFormRule } from './rule';

/** 1NF: every column atomic. Array types, declared multivalued columns and declared repeating groups are not. */
export const firstNormalForm: NormalFormRule = ({ facts }) =>
  (facts.nonAtomic ?? []).map((x): RelationViolation => ({ form: '1NF', kind: x.kind, attrs: x.attrs }));
