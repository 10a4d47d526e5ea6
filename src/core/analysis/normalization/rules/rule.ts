import type { AttrSet } from '../attribute-set';
import type { Fd } from '../dependency';
import type { RelationFacts, RelationViolation } from '../normal-form';

/** What every normal-form rule gets: the relation and what analyzeRelation already computed. */
export interface RuleContext {
  facts: RelationFacts;
  all: AttrSet;
  keys: readonly AttrSet[];
  prime: AttrSet;
  /** The minimal cover, one attribute on each right side. */
  singles: readonly Fd[];
  /** Superkey test, cached per left side. */
  isKey: (x: AttrSet) => boolean;
}

/** One normal form's test: the violations it finds, as data. */
export type NormalFormRule = (context: RuleContext) => RelationViolation[];
