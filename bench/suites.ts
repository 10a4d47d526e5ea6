import { canvasSuite } from './canvas.bench';
import type { BenchSuite } from './suite';
import { ddlBenchSuite } from './ddl.bench';
import { normalizationBench } from './normalization.bench';
import { importBenchSuite } from './import.bench';
import { indexesBench } from './indexes.bench';

/** Every benchmark suite `npm run bench` runs, in order. Each suite lives in its own file. */
export const SUITES: readonly BenchSuite[] = [canvasSuite, ddlBenchSuite, normalizationBench, importBenchSuite, indexesBench];
