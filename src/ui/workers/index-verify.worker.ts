/// <reference lib="webworker" />
import { PGlite } from '@electric-sql/pglite';
import { verifySuggestions, type Diagram, type IndexFinding, type Id, type VerifyProgress, type VerifyReport } from '../../core/index';

/**
 * Proves index suggestions with the PostgreSQL planner off the main thread: PGlite (PostgreSQL in
 * WebAssembly) loads the model's DDL, fills synthetic rows, and EXPLAINs each query before and
 * after each candidate index. Booting PGlite takes seconds, so the worker boots it once (on a
 * 'warm' message as soon as the panel opens) and empties the schema between runs.
 */
export type VerifyRequest =
  | { kind: 'warm' }
  | { kind: 'verify'; id: number; diagram: Diagram; findings: IndexFinding[]; queries: string; rowEstimates: Record<Id, number> };

export type VerifyResponse =
  | { id: number; kind: 'progress'; progress: VerifyProgress }
  | { id: number; kind: 'done'; report: VerifyReport }
  | { id: number; kind: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

let database: Promise<PGlite> | undefined;
const boot = () => {
  database ??= (async () => {
    const db = new PGlite();
    await db.waitReady;
    return db;
  })().catch((error: unknown) => {
    // A failed boot is retried by the next request, not remembered.
    database = undefined;
    throw error;
  });
  return database;
};

/** Back to an empty database: everything the last run created lives in schema public. */
const RESET = 'ROLLBACK; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;';

scope.onmessage = async (event: MessageEvent<VerifyRequest>) => {
  const request = event.data;
  if (request.kind === 'warm') {
    // Errors surface on the first verification, which boots again.
    boot().catch(() => undefined);
    return;
  }
  const { id, diagram, findings, queries, rowEstimates } = request;
  const post = (message: VerifyResponse) => scope.postMessage(message);
  try {
    post({ id, kind: 'progress', progress: { done: 0, total: 1, label: 'starting PostgreSQL' } });
    const db = await boot();
    await db.exec(RESET).catch(() => db.exec('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;'));
    const report = await verifySuggestions(db, diagram, findings, queries, { rowEstimates, onProgress: (progress) => post({ id, kind: 'progress', progress }) });
    post({ id, kind: 'done', report });
  } catch (error) {
    post({ id, kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
