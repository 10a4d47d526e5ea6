import { DiagramBuilder } from './diagram-builder';
import type { ImportError, ImportResult, SqlDialectName } from './import-types';
import { loadMysqlParser } from './lazy-parsers';
import { importMysqlStatements } from './mysql/import-mysql';
import { importPostgresStatements, loadPostgresParser } from './postgres/import-postgres';
import { createSourceText } from './source-text';
import { splitStatements } from './split-statements';

export interface ImportSqlOptions {
  dialect: SqlDialectName;
  /** The new diagram's name. */
  name?: string;
}

/**
 * SQL DDL text -> a diagram, with every skipped statement as a notice and every unreadable one
 * as an error (line and column in `text`). One bad statement never stops the others: the caller
 * shows the errors and lets the user keep what parsed.
 *
 * Async because the PostgreSQL parser is WebAssembly and loads once on first use.
 */
export async function importSql(text: string, options: ImportSqlOptions): Promise<ImportResult> {
  const source = createSourceText(text);
  const statements = splitStatements(text, options.dialect);
  const errors: ImportError[] = [];
  const builder = new DiagramBuilder(options.dialect === 'postgres' ? 'public' : undefined, options.dialect === 'mysql');
  if (options.dialect === 'postgres') {
    await loadPostgresParser();
    importPostgresStatements(statements, source, builder, errors);
  } else {
    importMysqlStatements(await loadMysqlParser(), statements, source, builder, errors);
  }
  const diagram = builder.build(options.name ?? 'Imported diagram');
  return { diagram, notices: builder.notices, errors };
}
