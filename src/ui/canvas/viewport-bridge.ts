import type { ReactFlowInstance } from '@xyflow/react';
import type { DiagramNode, RelationshipEdge } from './to-flow';

/**
 * Lets actions outside the canvas (toolbar buttons, shortcuts) reach the React Flow viewport.
 * The canvas registers its instance when it mounts.
 */
type Instance = ReactFlowInstance<DiagramNode, RelationshipEdge>;
let instance: Instance | undefined;

export function registerFlowInstance(flow: Instance | undefined): void {
  instance = flow;
}

export function flowInstance(): Instance | undefined {
  return instance;
}
