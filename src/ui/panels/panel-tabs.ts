import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * The tabs of the side panel. Each analysis or output panel registers here once; panels are
 * loaded lazily so heavy ones (Monaco, PGlite) cost nothing until opened.
 */
export interface PanelTab {
  id: string;
  label: string;
  component: LazyExoticComponent<ComponentType>;
}

export const PANEL_TABS: readonly PanelTab[] = [
  { id: 'properties', label: 'Properties', component: lazy(() => import('./properties-panel')) },
  { id: 'normalization', label: 'Normalization', component: lazy(() => import('./normalization-panel')) },
  { id: 'indexes', label: 'Indexes', component: lazy(() => import('./indexes-panel')) },
  { id: 'ddl', label: 'DDL', component: lazy(() => import('./ddl-panel')) },
];
