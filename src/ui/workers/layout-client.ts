import { applyLayout, type LayoutPositions } from '../../core/layout/layout-diagram';
import type { Diagram } from '../../core/model/types';
import type { LayoutRequest, LayoutResponse } from './layout.worker';

/**
 * The app's way to lay out a diagram: one shared worker, started on first use, answering
 * requests by id. `autoLayout` resolves to the diagram with new table positions; the caller
 * applies it as one undoable step.
 */
let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (p: LayoutPositions) => void; reject: (e: Error) => void }>();

function layoutWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      const reply = event.data;
      const request = pending.get(reply.id);
      if (!request) return;
      pending.delete(reply.id);
      if (reply.kind === 'done') request.resolve(reply.positions);
      else request.reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      // A crashed worker fails every request in flight; the next call starts a fresh one.
      for (const request of pending.values()) request.reject(new Error(event.message || 'the layout worker failed'));
      pending.clear();
      worker?.terminate();
      worker = undefined;
    };
  }
  return worker;
}

export function computeLayoutInWorker(diagram: Diagram): Promise<LayoutPositions> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    const request: LayoutRequest = { id, diagram };
    layoutWorker().postMessage(request);
  });
}

export async function autoLayout(diagram: Diagram): Promise<Diagram> {
  return applyLayout(diagram, await computeLayoutInWorker(diagram));
}
