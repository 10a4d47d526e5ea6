import type { Viewport } from '@xyflow/react';

/**
 * Where the user last looked in each diagram. View state, not part of the model: it is kept in
 * localStorage per diagram id, never in the document or its undo history.
 */
const key = (diagramId: string) => `erd-modeler:viewport:${diagramId}`;

export function loadViewport(diagramId: string): Viewport | undefined {
  try {
    const raw = localStorage.getItem(key(diagramId));
    if (!raw) return undefined;
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return undefined;
    const { x, y, zoom } = value as Record<string, unknown>;
    if (typeof x === 'number' && typeof y === 'number' && typeof zoom === 'number' && Number.isFinite(x + y + zoom) && zoom > 0) return { x, y, zoom };
  } catch {
    // Storage disabled or a damaged entry: fall back to fitting the view.
  }
  return undefined;
}

export function saveViewport(diagramId: string, viewport: Viewport): void {
  try {
    localStorage.setItem(key(diagramId), JSON.stringify({ x: Math.round(viewport.x), y: Math.round(viewport.y), zoom: Math.round(viewport.zoom * 1000) / 1000 }));
  } catch {
    // Not worth an error: the view simply will not be restored.
  }
}

/** Diagrams above this size open on their first tables at a readable zoom instead of the whole overview, so opening stays fast. */
export const FIT_ALL_MAX_TABLES = 150;
