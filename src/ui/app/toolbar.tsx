import { useRef, useSyncExternalStore } from 'react';
import { addTableAction, exportJsonAction, fitViewAction, redoAction, undoAction } from '../../actions/index';
import type { Action } from '../../actions/action';
import { importDiagramFile } from '../../actions/import-json';
import { addNote } from '../../core/index';
import { useDocumentStore } from '../../store/document-store';
import { DiagramMenu } from './diagram-menu';
import { useSession } from './session';

function ActionButton({ action, enabled = true }: { action: Action; enabled?: boolean }) {
  return (
    <button type="button" onClick={action.perform} disabled={!enabled} title={action.shortcut ? `${action.label} (${action.shortcut})` : action.label}>
      {action.label}
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

export function Toolbar() {
  const fileInput = useRef<HTMLInputElement>(null);
  const canUndo = useSyncExternalStore(subscribeHistory, () => useDocumentStore.getState().history.past.length > 0);
  const canRedo = useSyncExternalStore(subscribeHistory, () => useDocumentStore.getState().history.future.length > 0);
  return (
    <header className="toolbar" role="toolbar" aria-label="Diagram toolbar">
      <span className="toolbar__brand">ERD Modeler</span>
      <DiagramMenu />
      <span className="toolbar__sep" />
      <ActionButton action={addTableAction} />
      <button type="button" onClick={() => useDocumentStore.getState().apply('Add note', (d) => addNote(d, { x: 60, y: 60 }).diagram)}>
        Add note
      </button>
      <ActionButton action={undoAction} enabled={canUndo} />
      <ActionButton action={redoAction} enabled={canRedo} />
      <ActionButton action={fitViewAction} />
      <span className="toolbar__sep" />
      <button type="button" onClick={() => fileInput.current?.click()} title="Open a diagram file as a new diagram">
        Import JSON
      </button>
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
      <ActionButton action={exportJsonAction} />
      <span className="toolbar__spacer" />
      <SaveStatus />
    </header>
  );
}
