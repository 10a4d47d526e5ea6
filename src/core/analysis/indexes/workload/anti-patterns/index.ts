import type { AntiPattern } from './anti-pattern';
import { countInsteadOfExists } from './count-instead-of-exists';
import { functionOnColumn } from './function-on-column';
import { largeOffset } from './large-offset';
import { leadingWildcardLike } from './leading-wildcard-like';
import { orAcrossColumns } from './or-across-columns';
import { selectStar } from './select-star';
import { unionInsteadOfUnionAll } from './union-instead-of-union-all';

/** Every query anti-pattern of the seed, in the order findings are listed. */
export const ANTI_PATTERNS: readonly AntiPattern[] = [leadingWildcardLike, orAcrossColumns, selectStar, countInsteadOfExists, unionInsteadOfUnionAll, functionOnColumn, largeOffset];
