import { useUiStore } from '../store/ui-store';
import { primaryModifier, type Action } from './action';

export const searchAction: Action = {
  name: 'search',
  label: 'Search',
  shortcut: 'Ctrl+K',
  keyTest: (e) => primaryModifier(e) && e.key.toLowerCase() === 'k',
  perform: () => useUiStore.getState().openDialog('search'),
};
