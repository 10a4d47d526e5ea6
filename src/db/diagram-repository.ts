import { createId, restore, toDocument, type Diagram, type DocumentProblem, type Id, type RestoreResult } from '../core/index';
import { ErdDatabase, type DiagramDocumentRecord, type DiagramSummaryRecord } from './database';

/** One row of the diagram list. */
export type DiagramSummary = DiagramSummaryRecord;

/** Everything a delete removed, so the UI can offer "Undo" by handing it back to restoreDeletedDiagram(). */
export interface DeletedDiagram {
  summary: DiagramSummaryRecord;
  document: DiagramDocumentRecord['document'];
  wasLastOpened: boolean;
}

export type SummaryResult = { ok: true; summary: DiagramSummary } | { ok: false; errors: DocumentProblem[] };
export type DiagramResult = { ok: true; summary: DiagramSummary; diagram: Diagram } | { ok: false; errors: DocumentProblem[] };

export interface DiagramRepository {
  /** Every saved diagram, most recently changed first. Reads summaries only, never documents. */
  listDiagrams(): Promise<DiagramSummary[]>;
  /** A saved diagram through the core's restore(): damaged or missing records give problems, never a throw. */
  loadDiagram(id: Id): Promise<RestoreResult>;
  /** loadDiagram(), and on success remembers the diagram as the one to reopen on the next visit. */
  openDiagram(id: Id): Promise<RestoreResult>;
  /** The diagram to show on start-up: the last opened one, else the most recently changed; undefined when there are none. */
  openLastDiagram(): Promise<{ id: Id; result: RestoreResult } | undefined>;
  /** Writes the diagram and marks it last opened, in one transaction. Rejects when storage fails (quota, closed database). */
  saveDiagram(diagram: Diagram): Promise<DiagramSummary>;
  /** Stores a new diagram and marks it last opened. An id already in the database gets a fresh one, so importing a file twice gives two diagrams; open the returned diagram. */
  createDiagram(diagram: Diagram): Promise<{ summary: DiagramSummary; diagram: Diagram }>;
  /** Renames a saved diagram, in its list entry and in its document. */
  renameDiagram(id: Id, name: string): Promise<SummaryResult>;
  /** A copy under a new id named "X (copy)"; the copy is not opened. */
  duplicateDiagram(id: Id): Promise<DiagramResult>;
  /** Deletes a diagram and returns what was deleted (undefined when there was nothing). */
  deleteDiagram(id: Id): Promise<DeletedDiagram | undefined>;
  /** Puts a deleted diagram back exactly as it was (the undo of deleteDiagram). */
  restoreDeletedDiagram(deleted: DeletedDiagram): Promise<void>;
  getLastOpenedDiagramId(): Promise<Id | undefined>;
  setLastOpenedDiagramId(id: Id | undefined): Promise<void>;
  close(): void;
}

export interface RepositoryOptions {
  /** The clock for createdAt/updatedAt; tests pass a fake one to get a known order. */
  now?: () => number;
}

const LAST_OPENED_KEY = 'lastOpenedDiagramId';
const NAME_LIMIT = 1000;

const problem = (message: string): { ok: false; errors: DocumentProblem[] } => ({ ok: false, errors: [{ path: '(database)', message }] });
const notFound = (id: Id) => problem(`no saved diagram has id "${id}"`);
const errorText = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

function summarize(diagram: Diagram, createdAt: number, updatedAt: number): DiagramSummaryRecord {
  return { id: diagram.id, name: diagram.name, tableCount: diagram.tables.length, createdAt, updatedAt };
}

/** Opens (lazily: Dexie opens on first use) the app's database and returns the repository over it. */
export function openDiagramRepository(databaseName?: string, options: RepositoryOptions = {}): DiagramRepository {
  return createDiagramRepository(new ErdDatabase(databaseName), options);
}

export function createDiagramRepository(db: ErdDatabase, options: RepositoryOptions = {}): DiagramRepository {
  const now = options.now ?? Date.now;

  async function readDocument(id: Id): Promise<RestoreResult> {
    let record: DiagramDocumentRecord | undefined;
    try {
      record = await db.documents.get(id);
    } catch (error) {
      return problem(`could not read diagram "${id}": ${errorText(error)}`);
    }
    if (!record) return notFound(id);
    let result: RestoreResult;
    try {
      result = restore(record.document);
    } catch (error) {
      // restore() reports expected problems as values; this only guards against exotic stored values.
      return problem(`the saved diagram "${id}" could not be read: ${errorText(error)}`);
    }
    // The key is authoritative: a document whose inner id drifted would otherwise autosave under a second id.
    if (result.ok && result.diagram.id !== id) return { ...result, diagram: { ...result.diagram, id } };
    return result;
  }

  async function writeLastOpened(id: Id | undefined): Promise<void> {
    if (id === undefined) await db.meta.delete(LAST_OPENED_KEY);
    else await db.meta.put({ key: LAST_OPENED_KEY, value: id });
  }

  async function getLastOpenedDiagramId(): Promise<Id | undefined> {
    const record = await db.meta.get(LAST_OPENED_KEY);
    return typeof record?.value === 'string' ? record.value : undefined;
  }

  async function openDiagram(id: Id): Promise<RestoreResult> {
    const result = await readDocument(id);
    if (result.ok) await writeLastOpened(id);
    return result;
  }

  async function writeNew(diagram: Diagram): Promise<{ summary: DiagramSummary; diagram: Diagram }> {
    const taken = (await db.diagrams.get(diagram.id)) !== undefined;
    const stored = taken ? { ...diagram, id: createId('dgm') } : diagram;
    const time = now();
    const summary = summarize(stored, time, time);
    await db.diagrams.add(summary);
    await db.documents.add({ id: stored.id, document: toDocument(stored) });
    return { summary, diagram: stored };
  }

  return {
    async listDiagrams() {
      return db.diagrams.orderBy('updatedAt').reverse().toArray();
    },

    loadDiagram: readDocument,
    openDiagram,

    async openLastDiagram() {
      const lastId = await getLastOpenedDiagramId();
      const id = lastId !== undefined && (await db.diagrams.get(lastId)) ? lastId : (await db.diagrams.orderBy('updatedAt').last())?.id;
      if (id === undefined) return undefined;
      return { id, result: await openDiagram(id) };
    },

    saveDiagram(diagram) {
      // One transaction: the list entry, the document and the last-opened marker change together or not at all.
      return db.transaction('rw', db.diagrams, db.documents, db.meta, async () => {
        const existing = await db.diagrams.get(diagram.id);
        const time = now();
        const summary = summarize(diagram, existing?.createdAt ?? time, time);
        await db.diagrams.put(summary);
        await db.documents.put({ id: diagram.id, document: toDocument(diagram) });
        await writeLastOpened(diagram.id);
        return summary;
      });
    },

    createDiagram(diagram) {
      return db.transaction('rw', db.diagrams, db.documents, db.meta, async () => {
        const created = await writeNew(diagram);
        await writeLastOpened(created.diagram.id);
        return created;
      });
    },

    renameDiagram(id, name) {
      const trimmed = name.trim();
      if (trimmed === '') return Promise.resolve(problem('a diagram name must not be empty'));
      if (trimmed.length > NAME_LIMIT) return Promise.resolve(problem(`a diagram name is at most ${NAME_LIMIT} characters`));
      return db.transaction('rw', db.diagrams, db.documents, async (): Promise<SummaryResult> => {
        const summary = await db.diagrams.get(id);
        if (!summary) return notFound(id);
        const loaded = await readDocument(id);
        if (!loaded.ok) return loaded;
        const renamed = { ...summary, name: trimmed, updatedAt: now() };
        await db.diagrams.put(renamed);
        await db.documents.put({ id, document: toDocument({ ...loaded.diagram, name: trimmed }) });
        return { ok: true, summary: renamed };
      });
    },

    duplicateDiagram(id) {
      return db.transaction('rw', db.diagrams, db.documents, async (): Promise<DiagramResult> => {
        const loaded = await readDocument(id);
        if (!loaded.ok) return loaded;
        const copyName = `${loaded.diagram.name} (copy)`.slice(0, NAME_LIMIT);
        const copy = await writeNew({ ...loaded.diagram, id: createId('dgm'), name: copyName });
        return { ok: true, ...copy };
      });
    },

    deleteDiagram(id) {
      return db.transaction('rw', db.diagrams, db.documents, db.meta, async () => {
        const summary = await db.diagrams.get(id);
        const document = await db.documents.get(id);
        if (!summary && !document) return undefined;
        const wasLastOpened = (await getLastOpenedDiagramId()) === id;
        await db.diagrams.delete(id);
        await db.documents.delete(id);
        if (wasLastOpened) await writeLastOpened(undefined);
        // A document without a list entry cannot be listed; give it a placeholder so undo can still put it back.
        const deletedSummary = summary ?? { id, name: id, tableCount: 0, createdAt: 0, updatedAt: 0 };
        return { summary: deletedSummary, document: document?.document, wasLastOpened };
      });
    },

    restoreDeletedDiagram(deleted) {
      return db.transaction('rw', db.diagrams, db.documents, db.meta, async () => {
        await db.diagrams.put(deleted.summary);
        await db.documents.put({ id: deleted.summary.id, document: deleted.document });
        if (deleted.wasLastOpened) await writeLastOpened(deleted.summary.id);
      });
    },

    getLastOpenedDiagramId,
    setLastOpenedDiagramId: writeLastOpened,

    close() {
      db.close();
    },
  };
}
