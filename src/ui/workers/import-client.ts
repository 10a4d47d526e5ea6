import type { ImportResult, SqlDialectName } from '../../core/index';
import type { ImportRequest, ImportResponse } from './import.worker';

/**
 * The import dialog's way to parse: one worker, started on first use, answering by id. Only the
 * latest request matters; an older one still running resolves to undefined.
 */
let worker: Worker | undefined;
let latest = 0;
const pending = new Map<number, { resolve: (r: ImportResult | undefined) => void; reject: (e: Error) => void }>();

function importWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const reply = event.data;
      const request = pending.get(reply.id);
      if (!request) return;
      pending.delete(reply.id);
      if (reply.kind === 'error') request.reject(new Error(reply.message));
      else request.resolve(reply.id === latest ? reply.result : undefined);
    };
    worker.onerror = (event) => {
      for (const request of pending.values()) request.reject(new Error(event.message || 'the import worker failed'));
      pending.clear();
      worker?.terminate();
      worker = undefined;
    };
  }
  return worker;
}

export function parseInWorker(text: string, format: SqlDialectName | 'dbml', name: string): Promise<ImportResult | undefined> {
  const id = ++latest;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    const request: ImportRequest = { id, text, format, name };
    importWorker().postMessage(request);
  });
}
