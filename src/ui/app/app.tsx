import { ReactFlowProvider } from '@xyflow/react';
import { useEffect } from 'react';
import { usePreferences } from '../../store/preferences-store';
import { useUiStore } from '../../store/ui-store';
import { ExportImageDialog } from '../dialogs/export-image-dialog';
import { ImportSqlDialog } from '../dialogs/import-sql-dialog';
import { SearchDialog } from '../dialogs/search-dialog';
import { ShortcutsDialog } from '../dialogs/shortcuts-dialog';
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
      if (event.key === '?' && !event.ctrlKey && !event.metaKey) {
        useUiStore.getState().openDialog('shortcuts');
        return;
      }
      const action = SHORTCUT_ACTIONS.find((a) => a.keyTest?.(event));
      if (!action || (action.enabled && !action.enabled())) return;
      event.preventDefault();
      action.perform();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

function OpenDialog() {
  const dialog = useUiStore((s) => s.dialog);
  const close = () => useUiStore.getState().openDialog(undefined);
  if (dialog === 'search') return <SearchDialog />;
  if (dialog === 'shortcuts') return <ShortcutsDialog />;
  if (dialog === 'export-image') return <ExportImageDialog />;
  return <ImportSqlDialog open={dialog === 'import-sql'} onClose={close} />;
}

export function App() {
  const ready = useSession((s) => s.ready);
  const theme = usePreferences((s) => s.theme);
  useShortcuts();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <ReactFlowProvider>
      <div className="app">
        <OpenDialog />
        <Toolbar />
        <MessageBar />
        <main className="app__body">{ready ? <DiagramCanvas /> : <p className="hint app__loading">Opening your diagrams…</p>}</main>
        <SidePanel />
      </div>
    </ReactFlowProvider>
  );
}
