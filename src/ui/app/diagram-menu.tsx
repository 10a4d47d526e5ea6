import { useState } from 'react';
import { createDiagram } from '../../core/index';
import { useDocumentStore } from '../../store/document-store';
import { deleteOpenDiagram, duplicateOpenDiagram, openAsNewDiagram, openDiagram, starterDiagram, undoDeleteDiagram, useSession } from './session';

/** The list of saved diagrams and the diagram-level commands. */
export function DiagramMenu() {
  const diagramId = useDocumentStore((s) => s.diagram.id);
  const diagramName = useDocumentStore((s) => s.diagram.name);
  const diagrams = useSession((s) => s.diagrams);
  const lastDeleted = useSession((s) => s.lastDeleted);
  const [confirming, setConfirming] = useState(false);
  const [open, setOpen] = useState(false);
  /** Menu items close the menu, like any menu. */
  const run = (command: () => Promise<void>) => () => {
    setOpen(false);
    void command();
  };
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
      <div className="diagram-menu__more">
        <button type="button" aria-expanded={open} aria-haspopup="true" onClick={() => setOpen(!open)}>
          Diagram ▾
        </button>
        {open ? (
        <div className="diagram-menu__items" aria-label="Diagram commands">
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
        </div>
        ) : null}
      </div>
      {lastDeleted ? (
        <button type="button" onClick={run(undoDeleteDiagram)}>
          Undo delete of “{lastDeleted.summary.name}”
        </button>
      ) : null}
    </div>
  );
}
