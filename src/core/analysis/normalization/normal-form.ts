import { compareSets, fullSet, isSubset, minus, type AttrSet } from './attribute-set';
import { candidateKeys, primeAttributes } from './candidate-keys';
import { isSuperkey, type Fd, type Relation } from './dependency';
import { boyceCoddNormalForm } from './rules/boyce-codd-normal-form';
import { fifthNormalForm } from './rules/fifth-normal-form';
import { firstNormalForm } from './rules/first-normal-form';
import { fourthNormalForm } from './rules/fourth-normal-form';
import type { NormalFormRule, RuleContext } from './rules/rule';
import { secondNormalForm } from './rules/second-normal-form';
import { thirdNormalForm } from './rules/third-normal-form';
import { mergeByLhs, minimalCover } from './minimal-cover';

/** The rules in normal-form order: the first violation found decides the verdict. */
const RULES: readonly NormalFormRule[] = [firstNormalForm, secondNormalForm, thirdNormalForm, boyceCoddNormalForm, fourthNormalForm, fifthNormalForm];

/** The normal forms in order; a table "is in" the last one it satisfies. */
export const NORMAL_FORMS = ['none', '1NF', '2NF', '3NF', 'BCNF', '4NF', '5NF'] as const;
export type NormalForm = (typeof NORMAL_FORMS)[number];
/** A form a table can fail to satisfy. */
export type TargetForm = Exclude<NormalForm, 'none'>;

/** The form just below `form`: what a table that violates `form` (but nothing earlier) is in. */
export function formBelow(form: TargetForm): NormalForm {
  return NORMAL_FORMS[NORMAL_FORMS.indexOf(form) - 1];
}

export function compareForms(a: NormalForm, b: NormalForm): number {
  return NORMAL_FORMS.indexOf(a) - NORMAL_FORMS.indexOf(b);
}

export type NonAtomicKind = 'array-column' | 'multivalued-column' | 'repeating-group';

/** Columns whose values are not atomic, found in the model (array types) or declared. */
export interface NonAtomic {
  kind: NonAtomicKind;
  attrs: AttrSet;
}

export interface RelationFacts extends Relation {
  nonAtomic?: readonly NonAtomic[];
}

/** Why a relation fails a normal form, over attribute positions; analyze-table.ts puts names on it. */
export type RelationViolation =
  | { form: '1NF'; kind: NonAtomicKind; attrs: AttrSet }
  | { form: '2NF'; kind: 'partial-dependency'; determinant: AttrSet; dependent: AttrSet; key: AttrSet }
  | { form: '3NF'; kind: 'transitive-dependency'; determinant: AttrSet; dependent: AttrSet; key: AttrSet }
  | { form: 'BCNF'; kind: 'non-superkey-determinant'; determinant: AttrSet; dependent: AttrSet }
  | { form: '4NF'; kind: 'multivalued-dependency'; determinant: AttrSet; dependent: AttrSet }
  | { form: '5NF'; kind: 'join-dependency'; components: AttrSet[] };

export interface RelationAnalysis {
  normalForm: NormalForm;
  keys: AttrSet[];
  keysTruncated: boolean;
  prime: AttrSet;
  /** The canonical cover (minimal, same left sides merged). */
  cover: Fd[];
  /** Every violation found, earliest form first; the first one decides `normalForm`. */
  violations: RelationViolation[];
}

/**
 * The highest normal form a relation satisfies under its dependencies, and every reason it fails
 * the higher ones. Tests use the textbook definitions over a minimal cover, which is exact for
 * 2NF, 3NF and BCNF (checking a cover suffices for the whole closure).
 */
export function analyzeRelation(facts: RelationFacts): RelationAnalysis {
  const { n } = facts;
  const all = fullSet(n);
  const onlyKeys = keysOnly(facts, all);
  if (onlyKeys) return onlyKeys;
  const { keys, truncated } = candidateKeys(n, facts.fds);
  const prime = primeAttributes(keys);
  const singles = minimalCover(facts.fds);
  // Superkey tests repeat for the same left sides; one closure each.
  const superkeyCache = new Map<AttrSet, boolean>();
  const isKey = (x: AttrSet) => {
    let known = superkeyCache.get(x);
    if (known === undefined) superkeyCache.set(x, (known = isSuperkey(x, all, facts.fds)));
    return known;
  };
  const context: RuleContext = { facts, all, keys, prime, singles, isKey };
  const violations = RULES.flatMap((rule) => rule(context));
  const normalForm = violations.length === 0 ? '5NF' : formBelow(violations[0].form);
  return { normalForm, keys, keysTruncated: truncated, prime, cover: mergeByLhs(singles), violations };
}






/**
 * The common case, answered without closures: every dependency is "K -> everything" (a table
 * with only its primary key and UNIQUE constraints), and nothing multivalued is declared. Then
 * every determinant is a superkey, so the relation is in BCNF; with no MVD or JD declared it is
 * in 5NF. The keys are the minimal determinants: a set containing none of them is its own
 * closure. Most tables of a real model take this path.
 */
function keysOnly(facts: RelationFacts, all: AttrSet): RelationAnalysis | undefined {
  if ((facts.mvds?.length ?? 0) > 0 || (facts.jds?.length ?? 0) > 0) return undefined;
  for (const fd of facts.fds) if ((fd.lhs | fd.rhs) !== all) return undefined;
  const lhs = facts.fds.length === 0 ? [all] : facts.fds.map((fd) => fd.lhs);
  const keys: AttrSet[] = [];
  for (const k of lhs) if (!keys.includes(k) && !lhs.some((o) => o !== k && isSubset(o, k))) keys.push(k);
  // Minimal cover: the first key determines the rest; every other key determines the first.
  const [first, ...others] = keys;
  const cover: Fd[] = [];
  if (first !== all) cover.push({ lhs: first, rhs: minus(all, first) });
  for (const k of others) cover.push({ lhs: k, rhs: minus(first, k) });
  cover.sort((a, b) => compareSets(a.lhs, b.lhs));
  const violations = (facts.nonAtomic ?? []).map((x): RelationViolation => ({ form: '1NF', kind: x.kind, attrs: x.attrs }));
  return { normalForm: violations.length > 0 ? 'none' : '5NF', keys: keys.sort(compareSets), keysTruncated: false, prime: keys.reduce((p, k) => p | k, 0n), cover, violations };
}
