import { useDocumentStore } from '../store/document-store';
import { primaryModifier, type Action } from './action';

export const undoAction: Action = {
  name: 'undo',
  label: 'Undo',
  shortcut: 'Ctrl+Z',
  keyTest: (e) => primaryModifier(e) && !e.shiftKey && e.key.toLowerCase() === 'z',
  enabled: () => useDocumentStore.getState().history.past.length > 0,
  perform: () => useDocumentStore.getState().undo(),
};

export const redoAction: Action = {
  name: 'redo',
  label: 'Redo',
  shortcut: 'Ctrl+Shift+Z',
  keyTest: (e) => primaryModifier(e) && ((e.shiftKey && e.key.toLowerCase() === 'z') || e.key.toLowerCase() === 'y'),
  enabled: () => useDocumentStore.getState().history.future.length > 0,
  perform: () => useDocumentStore.getState().redo(),
};
