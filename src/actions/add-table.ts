import { addTable, type Point } from '../core/index';
import { useDocumentStore } from '../store/document-store';
import { useUiStore } from '../store/ui-store';
import { primaryModifier, type Action } from './action';

/** Where new tables go when no position is given: set by the canvas to the centre of the view. */
let viewCenter: () => Point = () => ({ x: 80, y: 80 });
export function setViewCenterProvider(provider: () => Point): void {
  viewCenter = provider;
}

export function addTableAt(position: Point): string {
  let created = '';
  useDocumentStore.getState().apply('Add table', (d) => {
    const result = addTable(d, position);
    created = result.tableId;
    return result.diagram;
  });
  useUiStore.getState().select({ tableIds: [created], foreignKeyIds: [], noteIds: [] });
  useUiStore.getState().setPanelTab('properties');
  return created;
}

export const addTableAction: Action = {
  name: 'add-table',
  label: 'Add table',
  shortcut: 'Alt+T',
  keyTest: (e) => e.altKey && !primaryModifier(e) && e.key.toLowerCase() === 't',
  perform: () => {
    const center = viewCenter();
    // A small random spread keeps several new tables from stacking exactly on top of each other.
    addTableAt({ x: Math.round(center.x - 100 + Math.random() * 40), y: Math.round(center.y - 60 + Math.random() * 40) });
  },
};
