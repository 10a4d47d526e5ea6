/// <reference lib="webworker" />
import { layoutDiagram, type LayoutPositions } from '../../core/layout/layout-diagram';
import type { Diagram } from '../../core/model/types';

/**
 * Lays out a diagram off the main thread: elkjs on a few hundred tables takes up to a second or
 * two, which would freeze the canvas. Each request carries an id so the client matches replies.
 */
export interface LayoutRequest {
  id: number;
  diagram: Diagram;
}

export type LayoutResponse = { id: number; kind: 'done'; positions: LayoutPositions; elapsedMs: number } | { id: number; kind: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const { id, diagram } = event.data;
  const started = performance.now();
  try {
    const positions = await layoutDiagram(diagram);
    scope.postMessage({ id, kind: 'done', positions, elapsedMs: performance.now() - started } satisfies LayoutResponse);
  } catch (error) {
    scope.postMessage({ id, kind: 'error', message: error instanceof Error ? error.message : String(error) } satisfies LayoutResponse);
  }
};
