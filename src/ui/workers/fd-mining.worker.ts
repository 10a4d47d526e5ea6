/// <reference lib="webworker" />
import { mineDependencies, type MiningProgress, type MiningResult } from '../../core/analysis/normalization/tane';

/**
 * Mines functional dependencies from sample rows off the main thread: TANE is exponential in
 * the worst case, so it runs here, bounded by rows and time, and reports progress per level.
 */

export interface MiningRequest {
  rows: string[][];
  maxRows: number;
  maxMillis: number;
  maxLhs: number;
}

export type MiningResponse = { kind: 'progress'; progress: MiningProgress } | { kind: 'done'; result: MiningResult } | { kind: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<MiningRequest>) => {
  const post = (message: MiningResponse) => scope.postMessage(message);
  try {
    const { rows, maxRows, maxMillis, maxLhs } = event.data;
    const result = mineDependencies(rows, { maxRows, maxMillis, maxLhs, onProgress: (progress) => post({ kind: 'progress', progress }) });
    post({ kind: 'done', result });
  } catch (error) {
    post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
