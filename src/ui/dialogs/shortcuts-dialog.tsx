import { CANVAS_SHORTCUTS, SHORTCUT_ACTIONS } from '../../actions/index';
import { useUiStore } from '../../store/ui-store';

/** The keyboard shortcut sheet: every action with a shortcut, from the same list the key handler uses. */
export function ShortcutsDialog() {
  const close = () => useUiStore.getState().openDialog(undefined);
  return (
    <div className="dialog-backdrop" onMouseDown={close}>
      <div className="dialog" role="dialog" aria-modal="true" aria-label="Keyboard shortcuts" onMouseDown={(e) => e.stopPropagation()} onKeyDown={(e) => e.key === 'Escape' && close()}>
        <h2>Keyboard shortcuts</h2>
        <table className="shortcuts">
          <tbody>
            {SHORTCUT_ACTIONS.filter((a) => a.shortcut).map((a) => (
              <tr key={a.name}>
                <td>
                  <kbd>{a.shortcut}</kbd>
                </td>
                <td>{a.label}</td>
              </tr>
            ))}
            {CANVAS_SHORTCUTS.map((s) => (
              <tr key={s.keys}>
                <td>
                  <kbd>{s.keys}</kbd>
                </td>
                <td>{s.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="dialog__buttons">
          <button type="button" autoFocus onClick={close}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
