import type { Diagram } from '../model/types';

/** The SQL dialects the importer reads. DBML has its own entry point (import-dbml.ts). */
export type SqlDialectName = 'postgres' | 'mysql';

/** Something skipped or approximated on purpose (a view, a trigger, a type kept as text). */
export interface ImportNotice {
  line: number;
  column: number;
  message: string;
}

/** A statement that could not be read; its range is what the editor underlines. */
export interface ImportError {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
}

/**
 * What an import produced, as data: the diagram holds everything that parsed, and the caller
 * (dialog, CLI) decides whether to keep it when there are errors.
 */
export interface ImportResult {
  diagram: Diagram;
  notices: ImportNotice[];
  errors: ImportError[];
}
