import { create } from 'zustand';
import { createId, ecommerceDiagram, type Diagram, type DocumentProblem, type Id } from '../../core/index';
import { flushOnPageHide, openDiagramRepository, startAutosave, type Autosave, type AutosaveStatus, type DeletedDiagram, type DiagramRepository, type DiagramSummary } from '../../db/index';
import { useDocumentStore } from '../../store/document-store';
import { useUiStore } from '../../store/ui-store';

/**
 * The link between the open document and IndexedDB: which diagrams exist, which one is open,
 * autosave, and the diagram-level commands (new, open, duplicate, rename, delete with undo).
 * Switching diagrams always writes pending edits first, so nothing is lost.
 */
interface SessionState {
  ready: boolean;
  diagrams: DiagramSummary[];
  saveStatus: AutosaveStatus;
  /** The last deleted diagram, offered for undo until another delete or a reload. */
  lastDeleted?: DeletedDiagram;
}

export const useSession = create<SessionState>(() => ({ ready: false, diagrams: [], saveStatus: { state: 'idle' } }));

let repository: DiagramRepository | undefined;
let autosave: Autosave | undefined;

async function refreshList(): Promise<void> {
  if (repository) useSession.setState({ diagrams: await repository.listDiagrams() });
}

function reportLoadFailure(title: string, errors: DocumentProblem[]): void {
  useUiStore.getState().showMessage({ kind: 'error', title, problems: errors });
}

/** A fresh copy of the starter diagram: the seed's e-commerce schema under a new id. */
export function starterDiagram(): Diagram {
  return { ...ecommerceDiagram(), id: createId('dgm') };
}

export async function startSession(databaseName?: string): Promise<void> {
  repository = openDiagramRepository(databaseName);
  const last = await repository.openLastDiagram();
  let diagram: Diagram | undefined;
  if (last?.result.ok) diagram = last.result.diagram;
  else if (last && !last.result.ok) reportLoadFailure('The last diagram could not be opened; a new one was started.', last.result.errors);
  if (!diagram) diagram = (await repository.createDiagram(starterDiagram())).diagram;
  useDocumentStore.getState().load(diagram);
  autosave = startAutosave(useDocumentStore, repository);
  autosave.subscribe((saveStatus) => {
    useSession.setState({ saveStatus });
    if (saveStatus.state === 'saved') void refreshList();
  });
  flushOnPageHide(autosave);
  await refreshList();
  useSession.setState({ ready: true });
}

function show(diagram: Diagram): void {
  useUiStore.getState().clearSelection();
  useDocumentStore.getState().load(diagram);
}

export async function openDiagram(id: Id): Promise<void> {
  if (!repository || id === useDocumentStore.getState().diagram.id) return;
  await autosave?.flush();
  const result = await repository.openDiagram(id);
  if (!result.ok) return reportLoadFailure('This diagram could not be opened.', result.errors);
  show(result.diagram);
  await refreshList();
}

/** Stores a diagram as a new entry and opens it (new diagram, starter, import). */
export async function openAsNewDiagram(diagram: Diagram): Promise<void> {
  if (!repository) return;
  await autosave?.flush();
  const created = await repository.createDiagram(diagram);
  show(created.diagram);
  await refreshList();
}

export async function duplicateOpenDiagram(): Promise<void> {
  if (!repository) return;
  await autosave?.flush();
  const result = await repository.duplicateDiagram(useDocumentStore.getState().diagram.id);
  if (!result.ok) return reportLoadFailure('The diagram could not be duplicated.', result.errors);
  await repository.openDiagram(result.diagram.id);
  show(result.diagram);
  await refreshList();
}

export async function deleteOpenDiagram(): Promise<void> {
  if (!repository) return;
  const { diagram } = useDocumentStore.getState();
  await autosave?.flush();
  const deleted = await repository.deleteDiagram(diagram.id);
  useSession.setState({ lastDeleted: deleted });
  const remaining = await repository.listDiagrams();
  if (remaining.length > 0) {
    const result = await repository.openDiagram(remaining[0].id);
    if (result.ok) show(result.diagram);
  } else {
    show((await repository.createDiagram(starterDiagram())).diagram);
  }
  await refreshList();
}

export async function undoDeleteDiagram(): Promise<void> {
  const deleted = useSession.getState().lastDeleted;
  if (!repository || !deleted) return;
  await autosave?.flush();
  await repository.restoreDeletedDiagram(deleted);
  useSession.setState({ lastDeleted: undefined });
  const result = await repository.openDiagram(deleted.summary.id);
  if (result.ok) show(result.diagram);
  await refreshList();
}
