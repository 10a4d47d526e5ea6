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

let pending: { diagramId: string; viewport: Viewport } | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Saves the view once it has been still for a moment. React Flow ends a "move" after every
 * programmatic pan, and dragging a table to the edge pans every frame: a synchronous localStorage
 * write per frame would cost frames.
 */
export function saveViewportSoon(diagramId: string, viewport: Viewport, delayMs = 300): void {
  if (pending && pending.diagramId !== diagramId) saveViewport(pending.diagramId, pending.viewport);
  pending = { diagramId, viewport };
  clearTimeout(timer);
  timer = setTimeout(flushSavedViewport, delayMs);
}

/** Writes a view still waiting to be saved (the page is being hidden or closed). */
export function flushSavedViewport(): void {
  clearTimeout(timer);
  timer = undefined;
  if (pending) saveViewport(pending.diagramId, pending.viewport);
  pending = undefined;
}

/** Diagrams above this size open on their first tables at a readable zoom instead of the whole overview, so opening stays fast. */
export const FIT_ALL_MAX_TABLES = 150;
