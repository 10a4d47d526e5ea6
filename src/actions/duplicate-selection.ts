import { duplicateTables } from '../core/index';
import { useDocumentStore } from '../store/document-store';
import { useUiStore } from '../store/ui-store';
import { primaryModifier, type Action } from './action';

export const duplicateSelectionAction: Action = {
  name: 'duplicate-selection',
  label: 'Duplicate tables',
  shortcut: 'Ctrl+D',
  keyTest: (e) => primaryModifier(e) && !e.shiftKey && e.key.toLowerCase() === 'd',
  enabled: () => useUiStore.getState().selectedTableIds.length > 0,
  perform: () => {
    const ids = useUiStore.getState().selectedTableIds;
    if (ids.length === 0) return;
    let copies: string[] = [];
    useDocumentStore.getState().apply(ids.length === 1 ? 'Duplicate table' : `Duplicate ${ids.length} tables`, (d) => {
      const result = duplicateTables(d, ids);
      copies = result.tableIds;
      return result.diagram;
    });
    useUiStore.getState().select({ tableIds: copies, foreignKeyIds: [], noteIds: [] });
  },
};
