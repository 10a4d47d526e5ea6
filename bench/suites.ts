import type { BenchSuite } from './suite';

/** Every benchmark suite `npm run bench` runs, in order. Each suite lives in its own file. */
export const SUITES: readonly BenchSuite[] = [];
