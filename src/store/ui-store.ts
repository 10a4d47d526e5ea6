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
  selectedGroupIds: Id[];
  panelTab: string;
  message?: UserMessage;
  /** A table whose name is being edited in place on the canvas. */
  renamingTableId?: Id;
  /** A column to highlight on the canvas after a search jump. */
  highlightedColumnId?: Id;
  /** Which dialog is open over the canvas, if any. */
  dialog?: 'search' | 'shortcuts' | 'export-image' | 'import-sql';
  select(selection: { tableIds?: Id[]; foreignKeyIds?: Id[]; noteIds?: Id[]; groupIds?: Id[] }): void;
  clearSelection(): void;
  setPanelTab(tab: string): void;
  showMessage(message: UserMessage | undefined): void;
  setRenamingTable(tableId: Id | undefined): void;
  highlightColumn(columnId: Id | undefined): void;
  openDialog(dialog: UiState['dialog']): void;
}

const sameIds = (a: readonly Id[], b: readonly Id[]) => a.length === b.length && a.every((id, i) => id === b[i]);

export const useUiStore = create<UiState>((set, get) => ({
  selectedTableIds: [],
  selectedForeignKeyIds: [],
  selectedNoteIds: [],
  selectedGroupIds: [],
  panelTab: 'properties',
  select({ tableIds, foreignKeyIds, noteIds, groupIds }) {
    const s = get();
    const next = {
      selectedTableIds: tableIds ?? s.selectedTableIds,
      selectedForeignKeyIds: foreignKeyIds ?? s.selectedForeignKeyIds,
      selectedNoteIds: noteIds ?? s.selectedNoteIds,
      selectedGroupIds: groupIds ?? s.selectedGroupIds,
    };
    if (
      sameIds(next.selectedTableIds, s.selectedTableIds) &&
      sameIds(next.selectedForeignKeyIds, s.selectedForeignKeyIds) &&
      sameIds(next.selectedNoteIds, s.selectedNoteIds) &&
      sameIds(next.selectedGroupIds, s.selectedGroupIds)
    )
      return;
    set(next);
  },
  clearSelection() {
    get().select({ tableIds: [], foreignKeyIds: [], noteIds: [], groupIds: [] });
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
  highlightColumn(highlightedColumnId) {
    set({ highlightedColumnId });
  },
  openDialog(dialog) {
    set({ dialog });
  },
}));
