import { connectColumnToTable, connectColumns } from '../core/index';
import { useDocumentStore } from '../store/document-store';
import { useUiStore } from '../store/ui-store';

/** Draws a foreign key between two columns (from the referencing column to the referenced one). */
export function connectColumnsCommand(fromColumnId: string, toColumnId: string): void {
  const result = connectColumns(useDocumentStore.getState().diagram, fromColumnId, toColumnId);
  if (!result.ok) {
    useUiStore.getState().showMessage({ kind: 'error', title: `No relationship created: ${result.reason}.` });
    return;
  }
  useDocumentStore.getState().apply('Add relationship', () => result.diagram);
  useUiStore.getState().select({ tableIds: [], foreignKeyIds: [result.foreignKeyId], noteIds: [] });
}

/** A column dropped on a table: the table gets a new column of the same type referencing it. */
export function connectColumnToTableCommand(parentColumnId: string, childTableId: string): void {
  const result = connectColumnToTable(useDocumentStore.getState().diagram, parentColumnId, childTableId);
  if (!result.ok) {
    useUiStore.getState().showMessage({ kind: 'error', title: `No relationship created: ${result.reason}.` });
    return;
  }
  useDocumentStore.getState().apply('Add relationship', () => result.diagram);
  useUiStore.getState().select({ tableIds: [], foreignKeyIds: [result.foreignKeyId], noteIds: [] });
}
