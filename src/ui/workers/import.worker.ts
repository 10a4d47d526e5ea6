/// <reference lib="webworker" />
import { importDbml, importSql, type ImportResult, type SqlDialectName } from '../../core/index';
import { routePgQueryWasm } from '../dialogs/pg-wasm-location';

/**
 * Parses pasted SQL or DBML off the main thread: a pg_dump of a few thousand tables takes up to a
 * second to read, and the dialog re-reads as the user edits. Each request carries an id so the
 * client can drop answers to texts that were replaced meanwhile.
 */
export interface ImportRequest {
  id: number;
  text: string;
  format: SqlDialectName | 'dbml';
  name: string;
}

export type ImportResponse = { id: number; kind: 'done'; result: ImportResult } | { id: number; kind: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
routePgQueryWasm();

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { id, text, format, name } = event.data;
  try {
    const result = format === 'dbml' ? await importDbml(text, { name }) : await importSql(text, { dialect: format, name });
    scope.postMessage({ id, kind: 'done', result } satisfies ImportResponse);
  } catch (error) {
    scope.postMessage({ id, kind: 'error', message: error instanceof Error ? error.message : String(error) } satisfies ImportResponse);
  }
};
