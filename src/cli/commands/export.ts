import { writeFile } from 'node:fs/promises';
import { exportDbml } from '../../core/index';
import type { CliCommand } from '../command';
import { parseArgs } from '../command';
import { readDiagramFile } from '../read-document';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write a diagram document as DBML',
  usage: 'erd export <file.json> --format dbml [-o out.dbml]',
  async run(args, io) {
    const { positional, options } = parseArgs(
      args.map((a) => (a === '-o' ? '--output' : a)),
      ['format', 'output'],
    );
    const format = options.get('format') ?? 'dbml';
    if (positional.length !== 1 || format !== 'dbml') {
      io.stderr(format !== 'dbml' ? `erd export: unknown format "${String(format)}" (dbml is supported; SQL comes from "erd ddl")\n` : `usage: ${this.usage}\n`);
      return 2;
    }
    const read = await readDiagramFile(positional[0]);
    if (!read.ok) {
      io.stderr(`${read.messages.join('\n')}\n`);
      return 1;
    }
    const { text, warnings } = await exportDbml(read.diagram);
    for (const w of warnings) io.stderr(`${positional[0]}: warning: ${w}\n`);
    const output = options.get('output');
    if (typeof output === 'string') await writeFile(output, text);
    else io.stdout(text);
    return 0;
  },
};
