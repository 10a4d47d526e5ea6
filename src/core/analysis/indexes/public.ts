/** The index advisor's public API (re-exported by src/core/index.ts). */
export * from './types';
export { analyzeIndexes, resolveIndexOptions } from './analyze-indexes';
export { applyIndexFix } from './apply-index-fix';
export { parseWorkload, type WorkloadQuery } from './workload/parse-workload';
export { loadWorkloadParser, workloadParserLoaded } from './workload/sql-parser';
export * from './verify/public';
export { setWorkloadQueries, setRowEstimate } from './workload-edits';
export { indexFixText } from './fix-text';
