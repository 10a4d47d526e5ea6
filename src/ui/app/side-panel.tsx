import { Suspense } from 'react';
import { useUiStore } from '../../store/ui-store';
import { PANEL_TABS } from '../panels/panel-tabs';

/** The side panel: one tab per panel registered in PANEL_TABS, each loaded when first opened. */
export function SidePanel() {
  const active = useUiStore((s) => s.panelTab);
  const tab = PANEL_TABS.find((t) => t.id === active) ?? PANEL_TABS[0];
  const Panel = tab.component;
  return (
    <aside className="side-panel" aria-label="Side panel">
      <div role="tablist" aria-label="Panels" className="side-panel__tabs">
        {PANEL_TABS.map((t) => (
          <button key={t.id} type="button" role="tab" aria-selected={t.id === tab.id} onClick={() => useUiStore.getState().setPanelTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={tab.label} className="side-panel__body">
        <Suspense fallback={<p className="hint">Loading…</p>}>
          <Panel />
        </Suspense>
      </div>
    </aside>
  );
}
