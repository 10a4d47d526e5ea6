import { addGroup } from '../core/index';
import { useDocumentStore } from '../store/document-store';
import { useUiStore } from '../store/ui-store';
import { primaryModifier, type Action } from './action';

export const groupSelectionAction: Action = {
  name: 'group-selection',
  label: 'Group tables',
  shortcut: 'Ctrl+G',
  keyTest: (e) => primaryModifier(e) && !e.shiftKey && e.key.toLowerCase() === 'g',
  enabled: () => useUiStore.getState().selectedTableIds.length > 0,
  perform: () => {
    const ids = useUiStore.getState().selectedTableIds;
    if (ids.length === 0) return;
    let groupId = '';
    useDocumentStore.getState().apply(`Group ${ids.length} tables`, (d) => {
      const result = addGroup(d, 'group', ids);
      groupId = result.groupId;
      return result.diagram;
    });
    useUiStore.getState().select({ tableIds: [], foreignKeyIds: [], noteIds: [], groupIds: [groupId] });
    useUiStore.getState().setPanelTab('properties');
  },
};
