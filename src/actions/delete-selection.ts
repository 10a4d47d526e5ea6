import { deleteForeignKeys, deleteNotes, deleteTables, type Id } from '../core/index';
import { useDocumentStore } from '../store/document-store';
import { useUiStore } from '../store/ui-store';
import type { Action } from './action';

/** Deletes tables, relationships and notes in one undoable step. */
export function deleteElements(ids: { tableIds: Id[]; foreignKeyIds: Id[]; noteIds: Id[] }): void {
  const count = ids.tableIds.length + ids.foreignKeyIds.length + ids.noteIds.length;
  if (count === 0) return;
  const label = ids.tableIds.length === 1 && count === 1 ? 'Delete table' : `Delete ${count} elements`;
  useDocumentStore.getState().apply(label, (d) => deleteNotes(deleteForeignKeys(deleteTables(d, ids.tableIds), ids.foreignKeyIds), ids.noteIds));
  useUiStore.getState().clearSelection();
}

export const deleteSelectionAction: Action = {
  name: 'delete-selection',
  label: 'Delete selection',
  shortcut: 'Delete',
  enabled: () => {
    const s = useUiStore.getState();
    return s.selectedTableIds.length + s.selectedForeignKeyIds.length + s.selectedNoteIds.length > 0;
  },
  perform: () => {
    const s = useUiStore.getState();
    deleteElements({ tableIds: s.selectedTableIds, foreignKeyIds: s.selectedForeignKeyIds, noteIds: s.selectedNoteIds });
  },
};
