import { useState } from 'react';
import { createDiagram } from '../../core/index';
import { useDocumentStore } from '../../store/document-store';
import { MenuButton } from './menu-button';
import { deleteOpenDiagram, duplicateOpenDiagram, openAsNewDiagram, openDiagram, starterDiagram, undoDeleteDiagram, useSession } from './session';

/** The list of saved diagrams and the diagram-level commands. */
export function DiagramMenu() {
  const diagramId = useDocumentStore((s) => s.diagram.id);
  const diagramName = useDocumentStore((s) => s.diagram.name);
  const diagrams = useSession((s) => s.diagrams);
  const lastDeleted = useSession((s) => s.lastDeleted);
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="diagram-menu">
      <label>
        <span className="visually-hidden">Open diagram</span>
        <select aria-label="Open diagram" value={diagramId} onChange={(e) => void openDiagram(e.target.value)}>
          {diagrams.some((d) => d.id === diagramId) ? null : <option value={diagramId}>{diagramName}</option>}
          {diagrams.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name} ({d.tableCount} tables)
            </option>
          ))}
        </select>
      </label>
      <MenuButton label="Diagram">
        {(close) => {
          // Menu items close the menu, like any menu.
          const run = (command: () => Promise<void>) => () => {
            close();
            void command();
          };
          return (
            <>
              <button type="button" onClick={run(() => openAsNewDiagram(createDiagram('Untitled diagram')))}>
                New diagram
              </button>
              <button type="button" onClick={run(() => openAsNewDiagram(starterDiagram()))} title="A new diagram with the e-commerce example">
                New from example
              </button>
              <button type="button" onClick={run(duplicateOpenDiagram)}>
                Duplicate diagram
              </button>
              {confirming ? (
                <span role="alertdialog" aria-label="Confirm delete" className="confirm">
                  Delete “{diagramName}”?
                  <button
                    type="button"
                    className="danger"
                    onClick={() => {
                      setConfirming(false);
                      run(deleteOpenDiagram)();
                    }}
                  >
                    Delete
                  </button>
                  <button type="button" onClick={() => setConfirming(false)}>
                    Cancel
                  </button>
                </span>
              ) : (
                <button type="button" onClick={() => setConfirming(true)}>
                  Delete diagram
                </button>
              )}
              {lastDeleted ? (
                <button type="button" onClick={run(undoDeleteDiagram)}>
                  Undo delete of “{lastDeleted.summary.name}”
                </button>
              ) : null}
            </>
          );
        }}
      </MenuButton>
    </div>
  );
}
