import type { StoreApi } from 'zustand';
import type { Diagram, Id } from '../core/index';
import type { DocumentState } from '../store/document-store';
import type { DiagramRepository } from './diagram-repository';

/**
 * What the UI shows next to the diagram name:
 * - idle: nothing edited since start;
 * - pending: edits not yet written (a save is scheduled);
 * - saving: a write is in progress;
 * - saved: everything is written (`at` is the time of the last write);
 * - error: the last write failed; the edits are kept and written on the next edit or flush().
 */
export type AutosaveStatus =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved'; at: number }
  | { state: 'error'; message: string };

export interface Autosave {
  /** Writes pending edits now (page hidden, before unload, before switching diagrams); resolves with the resulting status. */
  flush(): Promise<AutosaveStatus>;
  getStatus(): AutosaveStatus;
  /** Status changes, in the shape useSyncExternalStore wants; returns the unsubscribe function. */
  subscribe(listener: (status: AutosaveStatus) => void): () => void;
  /** True while edits exist that are not yet in the database (for a beforeunload prompt). */
  hasUnsavedChanges(): boolean;
  /** Stops listening to the store after writing what is pending. */
  stop(): Promise<AutosaveStatus>;
}

export interface AutosaveOptions {
  /** Quiet time after the last edit before writing. */
  delayMs?: number;
  /** Longest an edit waits while edits keep coming (continuous typing), so a crash loses little. */
  maxWaitMs?: number;
}

type DocumentStoreApi = Pick<StoreApi<DocumentState>, 'getState' | 'subscribe'>;
type SavingRepository = Pick<DiagramRepository, 'saveDiagram'>;

export const DEFAULT_AUTOSAVE_DELAY_MS = 400;
export const DEFAULT_AUTOSAVE_MAX_WAIT_MS = 5000;

/**
 * load() is the one store transition that installs a fresh, empty history object; edits record
 * into the past, undo and redo leave an entry in one of the two lists, and transient gesture
 * frames keep the history object. A load is a different document, not an edit, so it is not saved.
 */
function isLoad(state: DocumentState, previous: DocumentState): boolean {
  return state.history !== previous.history && state.history.past.length === 0 && state.history.future.length === 0;
}

/**
 * Saves the open diagram shortly after edits stop. The change handler only stores a reference
 * (model data is immutable, so the reference is a snapshot): no cloning or serializing per
 * keystroke. Writes run one at a time, so two writes of one diagram are never in flight; edits
 * made during a write are written right after it. Nothing is written mid-drag: a gesture's frames
 * wait for the gesture to end.
 */
export function startAutosave(store: DocumentStoreApi, repository: SavingRepository, options: AutosaveOptions = {}): Autosave {
  const delayMs = options.delayMs ?? DEFAULT_AUTOSAVE_DELAY_MS;
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_AUTOSAVE_MAX_WAIT_MS;

  /** Newest unwritten diagram per id, oldest first; a newer edit of the same diagram replaces the older. */
  const pending = new Map<Id, Diagram>();
  /** The diagram object last known to be in the database, per id: writing it again would be a no-op. */
  const persisted = new Map<Id, Diagram>();
  const listeners = new Set<(status: AutosaveStatus) => void>();
  let status: AutosaveStatus = { state: 'idle' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstUnsavedAt: number | undefined;
  let running: Promise<void> | undefined;

  const initial = store.getState().diagram;
  persisted.set(initial.id, initial);

  function setStatus(next: AutosaveStatus): void {
    status = next;
    for (const listener of listeners) listener(next);
  }

  function clearTimer(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  function schedule(): void {
    clearTimer();
    const waited = firstUnsavedAt === undefined ? 0 : Date.now() - firstUnsavedAt;
    timer = setTimeout(() => {
      timer = undefined;
      // A drag that started after this was scheduled is written when it ends, not mid-gesture.
      if (!store.getState().gestureStart) void kick();
    }, Math.max(0, Math.min(delayMs, maxWaitMs - waited)));
  }

  async function writeAll(): Promise<void> {
    while (pending.size > 0) {
      // A write that began before a drag must not go on to write the drag's frames one by one (a
      // 10,000-table diagram takes a quarter of a second to clone): the gesture's end writes its last state.
      if (store.getState().gestureStart) {
        setStatus({ state: 'pending' });
        return;
      }
      const [id, diagram] = pending.entries().next().value as [Id, Diagram];
      pending.delete(id);
      if (persisted.get(id) === diagram) continue;
      setStatus({ state: 'saving' });
      try {
        await repository.saveDiagram(diagram);
        // Remember only the open diagram: keeping diagrams the user has left would hold their memory for nothing.
        if (id === store.getState().diagram.id) persisted.set(id, diagram);
        else persisted.delete(id);
      } catch (error) {
        // Keep the edit unless a newer one already replaced it; the next edit or flush() retries.
        if (!pending.has(id)) pending.set(id, diagram);
        const reason = error instanceof Error ? error.message : String(error);
        setStatus({ state: 'error', message: `could not save "${diagram.name}": ${reason}` });
        return;
      }
    }
    firstUnsavedAt = undefined;
    setStatus({ state: 'saved', at: Date.now() });
  }

  /** Starts the writer unless it runs; a writer that just finished re-checks for edits that came in meanwhile. */
  function kick(): Promise<void> {
    if (!running) {
      running = writeAll().finally(() => {
        running = undefined;
        if (pending.size > 0 && status.state !== 'error' && timer === undefined && !store.getState().gestureStart) schedule();
      });
    }
    return running;
  }

  function onChange(state: DocumentState, previous: DocumentState): void {
    if (isLoad(state, previous)) {
      // The diagram being left may have unwritten edits: write them now, then treat the loaded one as saved.
      persisted.clear();
      persisted.set(state.diagram.id, state.diagram);
      pending.delete(state.diagram.id);
      if (pending.size > 0) {
        clearTimer();
        void kick();
      }
      return;
    }
    const gestureEnded = previous.gestureStart !== undefined && state.gestureStart === undefined;
    if (state.diagram === previous.diagram && !gestureEnded) return;
    if (state.diagram !== previous.diagram) {
      pending.set(state.diagram.id, state.diagram);
      firstUnsavedAt ??= Date.now();
      if (status.state !== 'pending' && !running) setStatus({ state: 'pending' });
    }
    if (state.gestureStart) return;
    if (pending.size > 0) schedule();
  }

  const unsubscribe = store.subscribe(onChange);

  async function flush(): Promise<AutosaveStatus> {
    clearTimer();
    if (running) await running;
    clearTimer();
    if (pending.size > 0) await kick();
    return status;
  }

  return {
    flush,
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    hasUnsavedChanges: () => pending.size > 0 || running !== undefined,
    async stop() {
      unsubscribe();
      return flush();
    },
  };
}

/** The part of `window` the page-lifecycle hook uses; tests pass a plain EventTarget. */
export interface PageLifecycleTarget {
  addEventListener(type: string, listener: (event: Event) => void): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
  document: {
    visibilityState: DocumentVisibilityState;
    addEventListener(type: string, listener: (event: Event) => void): void;
    removeEventListener(type: string, listener: (event: Event) => void): void;
  };
}

/**
 * Writes pending edits when the page is hidden (the last moment a browser reliably runs code on
 * mobile and on tab close) and asks before unloading while edits are unsaved. Returns the
 * function that removes the listeners.
 */
export function flushOnPageHide(autosave: Autosave, target: PageLifecycleTarget = window): () => void {
  const onVisibility = () => {
    if (target.document.visibilityState === 'hidden') void autosave.flush();
  };
  const onPageHide = () => void autosave.flush();
  const onBeforeUnload = (event: Event) => {
    void autosave.flush();
    // IndexedDB writes may not finish during unload; the browser's "leave the page?" prompt gives them time.
    if (autosave.hasUnsavedChanges()) event.preventDefault();
  };
  target.document.addEventListener('visibilitychange', onVisibility);
  target.addEventListener('pagehide', onPageHide);
  target.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    target.document.removeEventListener('visibilitychange', onVisibility);
    target.removeEventListener('pagehide', onPageHide);
    target.removeEventListener('beforeunload', onBeforeUnload);
  };
}
