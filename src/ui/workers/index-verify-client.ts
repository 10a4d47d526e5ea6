import type { Diagram, Id, IndexFinding, VerifyProgress, VerifyReport } from '../../core/index';
import type { VerifyRequest, VerifyResponse } from './index-verify.worker';

export interface VerifyRun {
  promise: Promise<VerifyReport>;
  /** Stops the worker (and frees its database); the promise rejects with 'cancelled'. */
  cancel(): void;
}

/** One worker for the page: it keeps PGlite booted between runs. Cancelling terminates it. */
let worker: Worker | undefined;
let nextId = 1;

function verifyWorker(): Worker {
  worker ??= new Worker(new URL('./index-verify.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

/** Boots PostgreSQL in the background, so the first verification does not wait for it. */
export function warmVerifier(): void {
  verifyWorker().postMessage({ kind: 'warm' } satisfies VerifyRequest);
}

/** Runs planner verification in the worker; progress arrives through `onProgress`. One run at a time. */
export function verifyInWorker(diagram: Diagram, findings: IndexFinding[], queries: string, rowEstimates: Record<Id, number>, onProgress: (p: VerifyProgress) => void): VerifyRun {
  const w = verifyWorker();
  const id = nextId++;
  let reject: (reason: Error) => void = () => {};
  const promise = new Promise<VerifyReport>((resolve, rej) => {
    reject = rej;
    w.onmessage = (event: MessageEvent<VerifyResponse>) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.kind === 'progress') onProgress(message.progress);
      else if (message.kind === 'done') resolve(message.report);
      else rej(new Error(message.message));
    };
    w.onerror = (event) => {
      worker?.terminate();
      worker = undefined;
      rej(new Error(event.message || 'the verification worker failed'));
    };
  });
  w.postMessage({ kind: 'verify', id, diagram, findings, queries, rowEstimates } satisfies VerifyRequest);
  return {
    promise,
    cancel() {
      if (worker === w) {
        w.terminate();
        worker = undefined;
      }
      reject(new Error('cancelled'));
    },
  };
}
