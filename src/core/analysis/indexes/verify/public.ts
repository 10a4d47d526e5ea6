export { verifySuggestions, createIndexSql, type PlanEvidence, type Verification, type VerifyOptions, type VerifyProgress, type VerifyReport } from './verify-suggestions';
export { planText, readExplain, usesIndex, type PlanNode } from './explain-plan';
export { syntheticInserts, DEFAULT_ROWS } from './synthetic-data';
export type { SqlRunner } from './sql-runner';
