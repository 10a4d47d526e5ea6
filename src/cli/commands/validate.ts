import { allForeignKeys } from '../../core/index';
import type { CliCommand } from '../command';
import { parseArgs } from '../command';
import { readDiagramFile } from '../read-document';

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'check a diagram file and print a summary',
  usage: 'erd validate <file.json> [--json]',
  async run(args, io) {
    const { positional, options } = parseArgs(args, []);
    if (positional.length !== 1) {
      io.stderr(`usage: ${this.usage}\n`);
      return 2;
    }
    const result = await readDiagramFile(positional[0]);
    if (!result.ok) {
      io.stderr(`${result.messages.join('\n')}\n`);
      io.stderr(`${positional[0]}: invalid (${result.messages.length} problem${result.messages.length === 1 ? '' : 's'})\n`);
      return 1;
    }
    const d = result.diagram;
    const summary = {
      file: positional[0],
      name: d.name,
      tables: d.tables.length,
      columns: d.tables.reduce((n, t) => n + t.columns.length, 0),
      foreignKeys: allForeignKeys(d).length,
      indexes: d.tables.reduce((n, t) => n + t.indexes.length, 0),
      enums: d.enums.length,
      notes: d.notes.length,
      groups: d.groups.length,
      ...(result.migratedFrom !== undefined ? { migratedFrom: result.migratedFrom } : {}),
    };
    if (options.has('json')) {
      io.stdout(`${JSON.stringify({ valid: true, ...summary })}\n`);
    } else {
      io.stdout(
        `${summary.file}: valid diagram "${summary.name}": ${summary.tables} tables, ${summary.columns} columns, ` +
          `${summary.foreignKeys} foreign keys, ${summary.indexes} indexes, ${summary.enums} enums, ${summary.notes} notes, ${summary.groups} groups` +
          `${result.migratedFrom !== undefined ? ` (migrated from format version ${result.migratedFrom})` : ''}\n`,
      );
    }
    return 0;
  },
};
