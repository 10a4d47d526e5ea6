import { duplicateIndex } from './rules/duplicate-index';
import { foreignKeyWithoutIndex } from './rules/foreign-key-without-index';
import { indexDuplicatesConstraint } from './rules/index-duplicates-constraint';
import { lowCardinalityIndex } from './rules/low-cardinality-index';
import type { SchemaRule } from './rules/rule';
import { smallTableIndex } from './rules/small-table-index';
import { textSearchWithoutIndex } from './rules/text-search-without-index';
import { tooManyIndexes } from './rules/too-many-indexes';

/**
 * Every schema rule, in priority order: when two rules would drop the same index, the first
 * one's finding is kept (a duplicate of a constraint is a sharper reason than low cardinality).
 */
export const SCHEMA_RULES: readonly SchemaRule[] = [
  indexDuplicatesConstraint,
  duplicateIndex,
  smallTableIndex,
  lowCardinalityIndex,
  tooManyIndexes,
  foreignKeyWithoutIndex,
  textSearchWithoutIndex,
];
