import { useStore, type ReactFlowState } from '@xyflow/react';

/**
 * Level of detail by zoom. Zoomed out, column text is unreadable anyway, and drawing it for
 * hundreds of tables at once is what makes big diagrams stutter; below these zooms tables show
 * only their name and relationships lose their end symbols.
 */
export const DETAIL_MIN_ZOOM = 0.45;
/**
 * Below this zoom the whole diagram is drawn on one <canvas> (overview-layer.tsx) and React Flow
 * mounts no nodes at all: thousands of tables on screen at once cost a few milliseconds a frame
 * instead of thousands of DOM nodes.
 */
export const OVERVIEW_MAX_ZOOM = 0.2;

const showsDetail = (s: ReactFlowState) => s.transform[2] >= DETAIL_MIN_ZOOM;

/** True when the canvas is zoomed in far enough for column rows and crow's feet. A boolean selector: components re-render only when the threshold is crossed. */
export function useShowsDetail(): boolean {
  return useStore(showsDetail);
}

const inOverview = (s: ReactFlowState) => s.transform[2] < OVERVIEW_MAX_ZOOM;

/** True when zoomed out to the canvas-drawn overview. */
export function useInOverview(): boolean {
  return useStore(inOverview);
}
