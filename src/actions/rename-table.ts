import { updateTable } from '../core/index';
import { useDocumentStore } from '../store/document-store';
import { useUiStore } from '../store/ui-store';

/** Renames a table; an empty or clashing name is refused with a message rather than applied. */
export function renameTable(tableId: string, name: string): boolean {
  const trimmed = name.trim();
  const { diagram } = useDocumentStore.getState();
  const table = diagram.tables.find((t) => t.id === tableId);
  if (!table || trimmed === table.name) return true;
  if (trimmed === '') {
    useUiStore.getState().showMessage({ kind: 'error', title: 'A table needs a name.' });
    return false;
  }
  const clash = diagram.tables.some((t) => t.id !== tableId && t.name.toLowerCase() === trimmed.toLowerCase() && (t.schema ?? '') === (table.schema ?? ''));
  if (clash) {
    useUiStore.getState().showMessage({ kind: 'error', title: `A table named "${trimmed}" already exists.` });
    return false;
  }
  useDocumentStore.getState().apply(`Rename table ${table.name}`, (d) => updateTable(d, tableId, { name: trimmed }));
  return true;
}
