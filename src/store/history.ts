import type { Diagram } from '../core/index';

/**
 * Undo history as immutable snapshots. Model edits share structure, so a snapshot costs only
 * what changed; the limit bounds memory on long sessions.
 */
export interface History {
  past: { diagram: Diagram; label: string }[];
  future: { diagram: Diagram; label: string }[];
}

export const HISTORY_LIMIT = 200;

export const emptyHistory = (): History => ({ past: [], future: [] });

export function record(history: History, before: Diagram, label: string): History {
  const past = [...history.past, { diagram: before, label }];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { past, future: [] };
}

export function undo(history: History, current: Diagram): { history: History; diagram: Diagram; label: string } | undefined {
  const last = history.past[history.past.length - 1];
  if (!last) return undefined;
  return {
    history: { past: history.past.slice(0, -1), future: [{ diagram: current, label: last.label }, ...history.future] },
    diagram: last.diagram,
    label: last.label,
  };
}

export function redo(history: History, current: Diagram): { history: History; diagram: Diagram; label: string } | undefined {
  const next = history.future[0];
  if (!next) return undefined;
  return {
    history: { past: [...history.past, { diagram: current, label: next.label }], future: history.future.slice(1) },
    diagram: next.diagram,
    label: next.label,
  };
}
