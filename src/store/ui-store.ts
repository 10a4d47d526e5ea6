import { create } from 'zustand';
import type { DocumentProblem, Id } from '../core/index';

/** A message for the user: a short status, or a list of problems (a failed import). */
export interface UserMessage {
  kind: 'info' | 'error';
  title: string;
  problems?: DocumentProblem[];
}

/**
 * View state that is not part of the diagram: selection, the open side-panel tab, messages.
 * Kept apart from the document store so selecting never creates an undo step or an autosave.
 */
export interface UiState {
  selectedTableIds: Id[];
  selectedForeignKeyIds: Id[];
  selectedNoteIds: Id[];
  panelTab: string;
  message?: UserMessage;
  /** A table whose name is being edited in place on the canvas. */
  renamingTableId?: Id;
  select(selection: { tableIds?: Id[]; foreignKeyIds?: Id[]; noteIds?: Id[] }): void;
  clearSelection(): void;
  setPanelTab(tab: string): void;
  showMessage(message: UserMessage | undefined): void;
  setRenamingTable(tableId: Id | undefined): void;
}

const sameIds = (a: readonly Id[], b: readonly Id[]) => a.length === b.length && a.every((id, i) => id === b[i]);

export const useUiStore = create<UiState>((set, get) => ({
  selectedTableIds: [],
  selectedForeignKeyIds: [],
  selectedNoteIds: [],
  panelTab: 'properties',
  select({ tableIds, foreignKeyIds, noteIds }) {
    const s = get();
    const next = {
      selectedTableIds: tableIds ?? s.selectedTableIds,
      selectedForeignKeyIds: foreignKeyIds ?? s.selectedForeignKeyIds,
      selectedNoteIds: noteIds ?? s.selectedNoteIds,
    };
    if (sameIds(next.selectedTableIds, s.selectedTableIds) && sameIds(next.selectedForeignKeyIds, s.selectedForeignKeyIds) && sameIds(next.selectedNoteIds, s.selectedNoteIds)) return;
    set(next);
  },
  clearSelection() {
    get().select({ tableIds: [], foreignKeyIds: [], noteIds: [] });
  },
  setPanelTab(panelTab) {
    set({ panelTab });
  },
  showMessage(message) {
    set({ message });
  },
  setRenamingTable(renamingTableId) {
    set({ renamingTableId });
  },
}));
