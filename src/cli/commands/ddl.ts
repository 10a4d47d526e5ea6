import { DIALECT_NAMES, generateDdl, isDialectName, type DdlOptions, type DdlWarning } from '../../core/index';
import type { CliCommand } from '../command';
import { parseArgs } from '../command';
import { readDiagramFile } from '../read-document';

function formatWarning(w: DdlWarning): string {
  const where = w.table ? `${w.table}${w.column ? `.${w.column}` : ''}: ` : '';
  return `${w.severity} [${w.code}] ${where}${w.message}`;
}

export const ddlCommand: CliCommand = {
  name: 'ddl',
  summary: 'print the CREATE statements for a diagram in PostgreSQL or MySQL',
  usage: `erd ddl <file.json> --dialect ${DIALECT_NAMES.join('|')} [--quote-all] [--if-not-exists] [--drop-first] [--schema-qualified] [--no-header]`,
  async run(args, io) {
    const { positional, options } = parseArgs(args, ['dialect']);
    const dialect = options.get('dialect');
    if (positional.length !== 1 || typeof dialect !== 'string' || !isDialectName(dialect)) {
      io.stderr(`usage: ${this.usage}\n`);
      return 2;
    }
    const known = new Set(['dialect', 'quote-all', 'if-not-exists', 'drop-first', 'schema-qualified', 'no-header']);
    const unknown = [...options.keys()].filter((k) => !known.has(k));
    if (unknown.length > 0) {
      io.stderr(`erd ddl: unknown option ${unknown.map((k) => `--${k}`).join(', ')}\nusage: ${this.usage}\n`);
      return 2;
    }
    const result = await readDiagramFile(positional[0]);
    if (!result.ok) {
      io.stderr(`${result.messages.join('\n')}\n`);
      return 1;
    }
    const ddlOptions: DdlOptions = {
      quoteIdentifiers: options.has('quote-all') ? 'always' : 'needed',
      ifNotExists: options.has('if-not-exists'),
      dropFirst: options.has('drop-first'),
      schemaQualified: options.has('schema-qualified'),
      header: !options.has('no-header'),
    };
    const ddl = generateDdl(result.diagram, dialect, ddlOptions);
    io.stdout(ddl.sql);
    // Warnings go to stderr so `erd ddl ... > schema.sql` stays a clean script.
    for (const warning of ddl.warnings) io.stderr(`${formatWarning(warning)}\n`);
    return 0;
  },
};
