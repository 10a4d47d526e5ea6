import { useRef, useSyncExternalStore } from 'react';
import { addTableAction, exportJsonAction, fitViewAction, groupSelectionAction, redoAction, searchAction, undoAction, zoomToSelectionAction } from '../../actions/index';
import type { Action } from '../../actions/action';
import { autoLayoutAction } from '../../actions/auto-layout';
import { importDiagramFile } from '../../actions/import-json';
import { addNote } from '../../core/index';
import { useDocumentStore } from '../../store/document-store';
import { useUiStore } from '../../store/ui-store';
import { flowInstance } from '../canvas/viewport-bridge';
import { DiagramMenu } from './diagram-menu';
import { MenuButton } from './menu-button';
import { useSession } from './session';
import { ViewMenu } from './view-menu';

function ActionButton({ action, enabled = true, label }: { action: Action; enabled?: boolean; label?: string }) {
  return (
    <button type="button" onClick={action.perform} disabled={!enabled} title={action.shortcut ? `${action.label} (${action.shortcut})` : action.label}>
      {label ?? action.label}
    </button>
  );
}

function SaveStatus() {
  const status = useSession((s) => s.saveStatus);
  const text =
    status.state === 'saved' ? 'Saved' : status.state === 'saving' ? 'Saving…' : status.state === 'pending' ? 'Unsaved changes' : status.state === 'error' ? `Not saved: ${status.message}` : 'Saved';
  return (
    <span className={`save-status is-${status.state}`} role="status" aria-label="Save status">
      {text}
    </span>
  );
}

const subscribeHistory = (listener: () => void) => useDocumentStore.subscribe(listener);

/** A new note in the middle of the view. */
function addNoteInView(): void {
  const flow = flowInstance();
  const center = flow ? flow.screenToFlowPosition({ x: window.innerWidth / 2 - 200, y: window.innerHeight / 2 }) : { x: 60, y: 60 };
  useDocumentStore.getState().apply('Add note', (d) => addNote(d, { x: Math.round(center.x), y: Math.round(center.y) }).diagram);
}

export function Toolbar() {
  const fileInput = useRef<HTMLInputElement>(null);
  const canUndo = useSyncExternalStore(subscribeHistory, () => useDocumentStore.getState().history.past.length > 0);
  const canRedo = useSyncExternalStore(subscribeHistory, () => useDocumentStore.getState().history.future.length > 0);
  const hasSelection = useUiStore((s) => s.selectedTableIds.length > 0);
  return (
    <header className="toolbar" role="toolbar" aria-label="Diagram toolbar">
      <span className="toolbar__brand">ERD Modeler</span>
      <DiagramMenu />
      <span className="toolbar__sep" />
      <ActionButton action={addTableAction} />
      <button type="button" onClick={addNoteInView}>
        Add note
      </button>
      <ActionButton action={groupSelectionAction} enabled={hasSelection} />
      <ActionButton action={undoAction} enabled={canUndo} />
      <ActionButton action={redoAction} enabled={canRedo} />
      <span className="toolbar__sep" />
      <ActionButton action={searchAction} />
      <ActionButton action={fitViewAction} />
      <ActionButton action={zoomToSelectionAction} enabled={hasSelection} label="Zoom to selection" />
      <ActionButton action={autoLayoutAction} />
      <ViewMenu />
      <span className="toolbar__sep" />
      <MenuButton label="Import">
        {(close) => (
          <>
            <button
              type="button"
              onClick={() => {
                close();
                useUiStore.getState().openDialog('import-sql');
              }}
            >
              Import SQL or DBML…
            </button>
            <button
              type="button"
              onClick={() => {
                close();
                fileInput.current?.click();
              }}
              title="Open a diagram file as a new diagram"
            >
              Import JSON…
            </button>
          </>
        )}
      </MenuButton>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        aria-label="Import diagram file"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importDiagramFile(file);
        }}
      />
      <MenuButton label="Export">
        {(close) => (
          <>
            <button
              type="button"
              onClick={() => {
                close();
                exportJsonAction.perform();
              }}
            >
              Export JSON
            </button>
            <button
              type="button"
              onClick={() => {
                close();
                useUiStore.getState().openDialog('export-image');
              }}
            >
              Export image (PNG, SVG)…
            </button>
          </>
        )}
      </MenuButton>
      <span className="toolbar__spacer" />
      <SaveStatus />
    </header>
  );
}
