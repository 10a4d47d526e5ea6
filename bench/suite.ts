/** One benchmark suite: it measures and returns rows; bench/run.ts prints them as tables. */
export interface BenchRow {
  case: string;
  [metric: string]: string | number;
}

export interface BenchSuite {
  name: string;
  /** What the numbers are compared with (the target), printed under the table. */
  target?: string;
  run(): Promise<BenchRow[]>;
}

/** Median wall time in ms of `fn` over `runs` runs after `warmup` unmeasured ones. */
export async function medianMs(fn: () => unknown | Promise<unknown>, runs = 7, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)] * 100) / 100;
}
