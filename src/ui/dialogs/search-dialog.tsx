import { useMemo, useState } from 'react';
import { searchDiagram, type SearchHit } from '../../core/index';
import { useDiagram } from '../../store/document-store';
import { useUiStore } from '../../store/ui-store';
import { flowInstance } from '../canvas/viewport-bridge';

/** Selects the table of a hit, zooms to it, and highlights the column. */
export function jumpTo(hit: SearchHit): void {
  const ui = useUiStore.getState();
  ui.select({ tableIds: [hit.tableId], foreignKeyIds: [], noteIds: [] });
  ui.highlightColumn(hit.columnId);
  ui.setPanelTab('properties');
  void flowInstance()?.fitView({ nodes: [{ id: hit.tableId }], duration: 250, maxZoom: 1.2, minZoom: 0.6, includeHiddenNodes: true });
}

/** Ctrl+K: find a table or column by name and jump to it. */
export function SearchDialog() {
  const diagram = useDiagram();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const hits = useMemo(() => searchDiagram(diagram, query), [diagram, query]);
  const close = () => useUiStore.getState().openDialog(undefined);
  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    close();
    jumpTo(hit);
  };
  return (
    <div className="dialog-backdrop" onMouseDown={close}>
      <div className="dialog search-dialog" role="dialog" aria-modal="true" aria-label="Search tables and columns" onMouseDown={(e) => e.stopPropagation()}>
        <input
          autoFocus
          type="search"
          aria-label="Search tables and columns"
          placeholder="Table or column name (orders, user_id, orders.user…)"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setActive((i) => Math.min(hits.length - 1, i + 1));
            else if (e.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
            else if (e.key === 'Enter') choose(hits[active]);
            else if (e.key === 'Escape') close();
            else return;
            e.preventDefault();
          }}
        />
        <ul role="listbox" aria-label="Search results" className="search-dialog__results">
          {hits.map((hit, i) => (
            <li
              key={`${hit.tableId}:${hit.columnId ?? ''}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : undefined}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(hit)}
            >
              <span className="search-dialog__kind">{hit.kind === 'table' ? 'table' : 'column'}</span> {hit.label}
            </li>
          ))}
          {query.trim() !== '' && hits.length === 0 ? <li className="hint">No table or column matches “{query}”.</li> : null}
        </ul>
      </div>
    </div>
  );
}
