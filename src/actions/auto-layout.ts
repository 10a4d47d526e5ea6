import { applyLayout } from '../core/index';
import { useDocumentStore } from '../store/document-store';
import { useUiStore } from '../store/ui-store';
import { computeLayoutInWorker } from '../ui/workers/layout-client';
import { flowInstance } from '../ui/canvas/viewport-bridge';
import type { Action } from './action';

/**
 * Lays the diagram out again in a worker. The result applies as one undoable step, and only if
 * the diagram was not edited meanwhile (otherwise the user's edit would be overwritten).
 */
export const autoLayoutAction: Action = {
  name: 'auto-layout',
  label: 'Auto layout',
  perform: () => {
    const before = useDocumentStore.getState().diagram;
    useUiStore.getState().showMessage({ kind: 'info', title: `Laying out ${before.tables.length} tables…` });
    computeLayoutInWorker(before)
      .then((positions) => {
        const store = useDocumentStore.getState();
        if (store.diagram !== before) {
          useUiStore.getState().showMessage({ kind: 'info', title: 'The diagram changed during the layout; run Auto layout again.' });
          return;
        }
        store.apply('Auto layout', (d) => applyLayout(d, positions));
        useUiStore.getState().showMessage({ kind: 'info', title: 'Laid out. Undo restores the previous positions.' });
        requestAnimationFrame(() => void flowInstance()?.fitView({ padding: 0.1, includeHiddenNodes: true, duration: 200 }));
      })
      .catch((error: unknown) => useUiStore.getState().showMessage({ kind: 'error', title: `Auto layout failed: ${error instanceof Error ? error.message : String(error)}` }));
  },
};
