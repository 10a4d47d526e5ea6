import { ReactFlowProvider } from '@xyflow/react';
import { useEffect } from 'react';
import { SHORTCUT_ACTIONS } from '../../actions/index';
import { DiagramCanvas } from '../canvas/diagram-canvas';
import { MessageBar } from './message-bar';
import { useSession } from './session';
import { SidePanel } from './side-panel';
import { Toolbar } from './toolbar';

/** Text fields keep their own shortcuts (Ctrl+Z undoes typing there, not the model). */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, .monaco-editor') !== null;
}

function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTextEntry(event.target)) return;
      const action = SHORTCUT_ACTIONS.find((a) => a.keyTest?.(event));
      if (!action || (action.enabled && !action.enabled())) return;
      event.preventDefault();
      action.perform();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

export function App() {
  const ready = useSession((s) => s.ready);
  useShortcuts();
  return (
    <ReactFlowProvider>
      <div className="app">
        <Toolbar />
        <MessageBar />
        <main className="app__body">{ready ? <DiagramCanvas /> : <p className="hint app__loading">Opening your diagrams…</p>}</main>
        <SidePanel />
      </div>
    </ReactFlowProvider>
  );
}
