import { serializeDocument } from '../core/index';
import { useDocumentStore } from '../store/document-store';
import { downloadText, fileNameFor } from '../ui/app/download';
import { primaryModifier, type Action } from './action';

export const exportJsonAction: Action = {
  name: 'export-json',
  label: 'Export JSON',
  shortcut: 'Ctrl+S',
  keyTest: (e) => primaryModifier(e) && !e.shiftKey && e.key.toLowerCase() === 's',
  perform: () => {
    const { diagram } = useDocumentStore.getState();
    downloadText(fileNameFor(diagram.name, '.erd.json'), serializeDocument(diagram), 'application/json');
  },
};
