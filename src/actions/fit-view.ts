import { flowInstance } from '../ui/canvas/viewport-bridge';
import { useUiStore } from '../store/ui-store';
import type { Action } from './action';

export const fitViewAction: Action = {
  name: 'fit-view',
  label: 'Fit view',
  shortcut: 'Shift+1',
  keyTest: (e) => e.shiftKey && e.code === 'Digit1',
  // Hidden nodes count: in the overview every table is hidden from React Flow and drawn on a canvas.
  perform: () => void flowInstance()?.fitView({ duration: 200, padding: 0.1, includeHiddenNodes: true }),
};

export const zoomToSelectionAction: Action = {
  name: 'zoom-to-selection',
  label: 'Zoom to selection',
  shortcut: 'Shift+2',
  keyTest: (e) => e.shiftKey && e.code === 'Digit2',
  enabled: () => useUiStore.getState().selectedTableIds.length > 0,
  perform: () => {
    const ids = useUiStore.getState().selectedTableIds;
    if (ids.length > 0) void flowInstance()?.fitView({ nodes: ids.map((id) => ({ id })), duration: 200, padding: 0.3, maxZoom: 1.5, includeHiddenNodes: true });
  },
};
