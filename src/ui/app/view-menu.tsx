import { useDocumentStore } from '../../store/document-store';
import { usePreferences } from '../../store/preferences-store';
import { useUiStore } from '../../store/ui-store';
import { MenuButton } from './menu-button';

/** View preferences: theme, navigation style, which schemas and groups are shown, the shortcut sheet. */
export function ViewMenu() {
  return <MenuButton label="View">{(close) => <ViewMenuItems close={close} />}</MenuButton>;
}

/** Mounted only while the menu is open, so the toolbar does not follow every edit (a drag edits every frame). */
function ViewMenuItems({ close }: { close: () => void }) {
  const prefs = usePreferences();
  const tables = useDocumentStore((s) => s.diagram.tables);
  const groups = useDocumentStore((s) => s.diagram.groups);
  const schemas = [...new Set(tables.map((t) => t.schema ?? ''))].sort();
  return (
        <>
          <label className="check">
            <input type="checkbox" checked={prefs.theme === 'dark'} onChange={(e) => prefs.set({ theme: e.target.checked ? 'dark' : 'light' })} /> Dark theme
          </label>
          <label className="check" title="Two-finger scroll pans and pinch zooms; otherwise the mouse wheel zooms">
            <input type="checkbox" checked={prefs.touchpad} onChange={(e) => prefs.set({ touchpad: e.target.checked })} /> Touchpad navigation
          </label>
          {schemas.length > 1 ? (
            <fieldset>
              <legend>Schemas shown</legend>
              {schemas.map((schema) => (
                <label key={schema} className="check">
                  <input type="checkbox" aria-label={`Show schema ${schema || '(default)'}`} checked={!prefs.hiddenSchemas.includes(schema)} onChange={() => prefs.toggleHidden('hiddenSchemas', schema)} />
                  {schema || '(default)'}
                </label>
              ))}
            </fieldset>
          ) : null}
          {groups.length > 0 ? (
            <fieldset>
              <legend>Groups shown</legend>
              {groups.map((group) => (
                <label key={group.id} className="check">
                  <input type="checkbox" aria-label={`Show group ${group.name}`} checked={!prefs.hiddenGroupIds.includes(group.id)} onChange={() => prefs.toggleHidden('hiddenGroupIds', group.id)} />
                  {group.name}
                </label>
              ))}
            </fieldset>
          ) : null}
          <button
            type="button"
            onClick={() => {
              close();
              useUiStore.getState().openDialog('shortcuts');
            }}
          >
            Keyboard shortcuts
          </button>
        </>
  );
}
