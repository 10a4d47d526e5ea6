import { create } from 'zustand';
import { createDiagram, type Diagram } from '../core/index';
import { emptyHistory, record, redo, undo, type History } from './history';

/**
 * The open diagram and its undo history. Every model edit goes through `apply`, which records one
 * undo step; a gesture that edits continuously (dragging tables) calls `beginGesture` first and
 * then `applyTransient` for each frame, so the whole drag is one step.
 */
export interface DocumentState {
  diagram: Diagram;
  history: History;
  /** Set while a gesture is in progress: the diagram as it was before the gesture. */
  gestureStart?: { diagram: Diagram; label: string };
  /** Bumped on every change of `diagram`, so autosave can tell edits from loads. */
  revision: number;
  apply(label: string, edit: (diagram: Diagram) => Diagram): void;
  beginGesture(label: string): void;
  applyTransient(edit: (diagram: Diagram) => Diagram): void;
  endGesture(): void;
  undo(): void;
  redo(): void;
  /** Replaces the open diagram (open, import, new) and clears the history: it is a different document. */
  load(diagram: Diagram): void;
}

export const useDocumentStore = create<DocumentState>((set, get) => ({
  diagram: createDiagram('Untitled'),
  history: emptyHistory(),
  revision: 0,
  apply(label, edit) {
    const { diagram, history, revision } = get();
    const next = edit(diagram);
    if (next === diagram) return;
    set({ diagram: next, history: record(history, diagram, label), revision: revision + 1 });
  },
  beginGesture(label) {
    if (get().gestureStart) return;
    set({ gestureStart: { diagram: get().diagram, label } });
  },
  applyTransient(edit) {
    const { diagram, revision } = get();
    const next = edit(diagram);
    if (next !== diagram) set({ diagram: next, revision: revision + 1 });
  },
  endGesture() {
    const { gestureStart, diagram, history } = get();
    if (!gestureStart) return;
    set({
      gestureStart: undefined,
      history: gestureStart.diagram === diagram ? history : record(history, gestureStart.diagram, gestureStart.label),
    });
  },
  undo() {
    const { history, diagram, revision } = get();
    const result = undo(history, diagram);
    if (result) set({ diagram: result.diagram, history: result.history, revision: revision + 1 });
  },
  redo() {
    const { history, diagram, revision } = get();
    const result = redo(history, diagram);
    if (result) set({ diagram: result.diagram, history: result.history, revision: revision + 1 });
  },
  load(diagram) {
    set({ diagram, history: emptyHistory(), gestureStart: undefined, revision: get().revision + 1 });
  },
}));

/** The open diagram, for components. */
export const useDiagram = (): Diagram => useDocumentStore((s) => s.diagram);
