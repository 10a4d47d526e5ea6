import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addTable, createDiagram, moveTables, renameDiagram, type Diagram } from '../core/index';
import { useDocumentStore } from '../store/document-store';
import { flushOnPageHide, startAutosave, type Autosave, type AutosaveStatus, type PageLifecycleTarget } from './autosave';
import { ErdDatabase } from './database';
import { createDiagramRepository, type DiagramSummary } from './diagram-repository';

/** A repository whose writes can be held open, to see what autosave does while one is in flight. */
class FakeRepository {
  saves: Diagram[] = [];
  inFlight = 0;
  maxInFlight = 0;
  hold = false;
  failures: Error[] = [];
  private releases: (() => void)[] = [];

  saveDiagram = async (diagram: Diagram): Promise<DiagramSummary> => {
    this.saves.push(diagram);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      if (this.hold) await new Promise<void>((resolve) => this.releases.push(resolve));
      const failure = this.failures.shift();
      if (failure) throw failure;
      return { id: diagram.id, name: diagram.name, tableCount: diagram.tables.length, createdAt: 0, updatedAt: 0 };
    } finally {
      this.inFlight--;
    }
  };

  release(): void {
    for (const resolve of this.releases.splice(0)) resolve();
  }
}

const store = useDocumentStore;
const edit = (label = 'add table') => store.getState().apply(label, (d) => addTable(d, { x: 0, y: 0 }).diagram);
const current = () => store.getState().diagram;

let autosave: Autosave | undefined;
let repo: FakeRepository;

beforeEach(() => {
  vi.useFakeTimers();
  store.getState().load(createDiagram('start'));
  repo = new FakeRepository();
});

afterEach(async () => {
  repo.hold = false;
  repo.release();
  await autosave?.stop();
  autosave = undefined;
  vi.useRealTimers();
});

describe('autosave', () => {
  it('debounces a burst of edits into one write of the latest diagram', async () => {
    autosave = startAutosave(store, repo, { delayMs: 400 });
    edit();
    await vi.advanceTimersByTimeAsync(200);
    edit();
    await vi.advanceTimersByTimeAsync(200);
    edit();
    expect(repo.saves).toHaveLength(0);
    expect(autosave.getStatus().state).toBe('pending');
    expect(autosave.hasUnsavedChanges()).toBe(true);
    await vi.advanceTimersByTimeAsync(399);
    expect(repo.saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(repo.saves).toEqual([current()]);
    expect(repo.saves[0].tables).toHaveLength(3);
    expect(autosave.getStatus().state).toBe('saved');
    expect(autosave.hasUnsavedChanges()).toBe(false);
  });

  it('does not save a loaded diagram, but saves the first edit after it', async () => {
    autosave = startAutosave(store, repo, { delayMs: 400 });
    store.getState().load(createDiagram('opened'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(repo.saves).toHaveLength(0);
    expect(autosave.getStatus().state).toBe('idle');
    edit();
    await vi.advanceTimersByTimeAsync(400);
    expect(repo.saves.map((d) => d.name)).toEqual(['opened']);
  });

  it('never has two writes in flight, and writes edits made during a write right after it', async () => {
    autosave = startAutosave(store, repo, { delayMs: 400 });
    repo.hold = true;
    edit();
    await vi.advanceTimersByTimeAsync(400);
    expect(repo.saves).toHaveLength(1);
    expect(autosave.getStatus().state).toBe('saving');
    edit();
    edit();
    await vi.advanceTimersByTimeAsync(400);
    expect(repo.saves).toHaveLength(1);
    repo.hold = false;
    repo.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(repo.saves).toHaveLength(2);
    expect(repo.saves[1]).toBe(current());
    expect(repo.maxInFlight).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(repo.saves).toHaveLength(2);
    expect(autosave.getStatus().state).toBe('saved');
  });

  it('flush() writes at once and resolves with the status', async () => {
    autosave = startAutosave(store, repo, { delayMs: 400 });
    edit();
    const status = await autosave.flush();
    expect(status.state).toBe('saved');
    expect(repo.saves).toEqual([current()]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(repo.saves).toHaveLength(1);
  });

  it('flush() waits for a write in flight and then writes the newer edit', async () => {
    autosave = startAutosave(store, repo, { delayMs: 400 });
    repo.hold = true;
    edit();
    await vi.advanceTimersByTimeAsync(400);
    edit();
    const flushed = autosave.flush();
    repo.hold = false;
    repo.release();
    expect((await flushed).state).toBe('saved');
    expect(repo.saves.map((d) => d.tables.length)).toEqual([1, 2]);
    expect(repo.maxInFlight).toBe(1);
  });

  it('reports a failed write with a message and retries on the next edit', async () => {
    autosave = startAutosave(store, repo, { delayMs: 400 });
    const seen: AutosaveStatus[] = [];
    autosave.subscribe((s) => seen.push(s));
    repo.failures.push(new Error('QuotaExceededError'));
    edit();
    await vi.advanceTimersByTimeAsync(400);
    const status = autosave.getStatus();
    expect(status).toEqual({ state: 'error', message: 'could not save "start": QuotaExceededError' });
    expect(autosave.hasUnsavedChanges()).toBe(true);
    // No retry loop on its own: a failing disk is not hammered.
    await vi.advanceTimersByTimeAsync(5000);
    expect(repo.saves).toHaveLength(1);
    edit();
    await vi.advanceTimersByTimeAsync(400);
    expect(repo.saves).toHaveLength(2);
    expect(repo.saves[1]).toBe(current());
    expect(seen.map((s) => s.state)).toEqual(['pending', 'saving', 'error', 'pending', 'saving', 'saved']);
  });

  it('flush() retries after an error', async () => {
    autosave = startAutosave(store, repo, { delayMs: 400 });
    repo.failures.push(new Error('nope'));
    edit();
    expect((await autosave.flush()).state).toBe('error');
    expect((await autosave.flush()).state).toBe('saved');
    expect(repo.saves).toHaveLength(2);
  });

  it('does not write during a drag, and writes once when it ends', async () => {
    autosave = startAutosave(store, repo, { delayMs: 400 });
    const tableId = addTableAndSave();
    await vi.advanceTimersByTimeAsync(400);
    repo.saves = [];
    store.getState().beginGesture('move');
    for (let x = 1; x <= 30; x++) {
      store.getState().applyTransient((d) => moveTables(d, new Map([[tableId, { x, y: 0 }]])));
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(repo.saves).toHaveLength(0);
    store.getState().endGesture();
    await vi.advanceTimersByTimeAsync(400);
    expect(repo.saves).toHaveLength(1);
    expect(repo.saves[0].tables[0].position.x).toBe(30);
  });

  it('a write in flight when a drag begins does not go on to write the drag frame by frame', async () => {
    autosave = startAutosave(store, repo, { delayMs: 400 });
    const tableId = addTableAndSave();
    repo.hold = true;
    edit();
    await vi.advanceTimersByTimeAsync(400);
    expect(repo.saves).toHaveLength(1);
    store.getState().beginGesture('move');
    for (let x = 1; x <= 10; x++) {
      store.getState().applyTransient((d) => moveTables(d, new Map([[tableId, { x, y: 0 }]])));
      if (x === 3) {
        // The write that began before the drag ends in the middle of it.
        repo.hold = false;
        repo.release();
      }
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(repo.saves).toHaveLength(1);
    expect(autosave.getStatus().state).toBe('pending');
    store.getState().endGesture();
    await vi.advanceTimersByTimeAsync(400);
    expect(repo.saves).toHaveLength(2);
    expect(repo.saves[1].tables.find((t) => t.id === tableId)?.position.x).toBe(10);
    expect(autosave.getStatus().state).toBe('saved');
  });

  it('writes during continuous typing at least every maxWaitMs', async () => {
    autosave = startAutosave(store, repo, { delayMs: 400, maxWaitMs: 2000 });
    for (let i = 0; i < 20; i++) {
      store.getState().apply('rename', (d) => renameDiagram(d, `name ${i}`));
      await vi.advanceTimersByTimeAsync(300);
    }
    // 6 seconds of edits 300 ms apart: a pure debounce would not have written at all.
    expect(repo.saves.length).toBeGreaterThanOrEqual(2);
  });

  it('writes the edits of the diagram being left when another one is loaded', async () => {
    autosave = startAutosave(store, repo, { delayMs: 400 });
    edit();
    const left = current();
    store.getState().load(createDiagram('other'));
    await vi.advanceTimersByTimeAsync(0);
    expect(repo.saves).toEqual([left]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(repo.saves).toEqual([left]);
  });

  it('does not write when undo returns to what is already saved', async () => {
    autosave = startAutosave(store, repo, { delayMs: 400 });
    edit();
    store.getState().undo();
    await vi.advanceTimersByTimeAsync(400);
    expect(repo.saves).toHaveLength(0);
  });

  it('stop() writes what is pending and stops listening', async () => {
    const saving = startAutosave(store, repo, { delayMs: 400 });
    edit();
    expect((await saving.stop()).state).toBe('saved');
    edit();
    await vi.advanceTimersByTimeAsync(1000);
    expect(repo.saves).toHaveLength(1);
  });

  it('flushes when the page is hidden or closed', async () => {
    autosave = startAutosave(store, repo, { delayMs: 400 });
    const page = fakePage();
    const remove = flushOnPageHide(autosave, page);
    edit();
    page.document.visibilityState = 'hidden';
    page.document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(repo.saves).toHaveLength(1);

    repo.hold = true;
    edit();
    const unload = new Event('beforeunload', { cancelable: true });
    page.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);
    repo.hold = false;
    repo.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(repo.saves).toHaveLength(2);

    remove();
    edit();
    page.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(repo.saves).toHaveLength(2);
  });
});

describe('autosave with the real database', () => {
  it('saves edits that load back through restore()', async () => {
    vi.useRealTimers();
    const db = new ErdDatabase(`autosave-${Math.random()}`);
    const repository = createDiagramRepository(db);
    autosave = startAutosave(store, repository, { delayMs: 5 });
    edit();
    store.getState().apply('rename', (d) => renameDiagram(d, 'saved for real'));
    await vi.waitFor(() => expect(autosave?.getStatus().state).toBe('saved'));
    const loaded = await repository.loadDiagram(current().id);
    expect(loaded.ok && [loaded.diagram.name, loaded.diagram.tables.length]).toEqual(['saved for real', 1]);
    expect(await repository.getLastOpenedDiagramId()).toBe(current().id);
    await autosave.stop();
    autosave = undefined;
    await db.delete();
  });
});

function addTableAndSave(): string {
  edit();
  return current().tables[0].id;
}

function fakePage(): PageLifecycleTarget & EventTarget & { document: EventTarget & { visibilityState: DocumentVisibilityState } } {
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  return Object.assign(new EventTarget(), { document });
}
