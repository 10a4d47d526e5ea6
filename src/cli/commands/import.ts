import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { applyLayout, checkIntegrity, detectSqlDialect, importDbml, importSql, joinScripts, layoutDiagram, serializeDocument, type ImportResult, type SqlDialectName } from '../../core/index';
import type { CliCommand } from '../command';
import { parseArgs } from '../command';

const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'turn a SQL DDL script (PostgreSQL, MySQL) or a DBML file into a laid-out diagram document',
  usage: 'erd import <file.sql|file.dbml|migrations-folder> [--dialect postgres|mysql|dbml] [-o out.json] [--keep-partial] [--quiet]',
  async run(args, io) {
    const { positional, options } = parseArgs(
      args.map((a) => (a === '-o' ? '--output' : a)),
      ['dialect', 'output', 'name'],
    );
    if (positional.length !== 1) {
      io.stderr(`usage: ${this.usage}\n`);
      return 2;
    }
    const path = positional[0];
    const dialectOption = options.get('dialect');
    if (dialectOption !== undefined && dialectOption !== 'postgres' && dialectOption !== 'mysql' && dialectOption !== 'dbml') {
      io.stderr(`erd import: --dialect must be postgres, mysql or dbml\n`);
      return 2;
    }
    let source: SourceFiles;
    try {
      source = await readSource(path);
    } catch (error) {
      io.stderr(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
      return 1;
    }
    if (source.text.length > MAX_INPUT_BYTES) {
      io.stderr(`${path}: larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB\n`);
      return 1;
    }
    const text = source.text;
    const dialect: SqlDialectName | 'dbml' = dialectOption ?? (extname(path).toLowerCase() === '.dbml' ? 'dbml' : detectSqlDialect(text));
    const name = typeof options.get('name') === 'string' ? String(options.get('name')) : basename(path).replace(/\.[^.]+$/, '') || 'Imported diagram';
    const started = performance.now();
    const result: ImportResult = dialect === 'dbml' ? await importDbml(text, { name }) : await importSql(text, { dialect, name });
    const quiet = options.has('quiet');
    if (!quiet) for (const n of result.notices) io.stderr(`${source.where(n.line)}:${n.column}: notice: ${n.message}\n`);
    for (const e of result.errors) io.stderr(`${source.where(e.line)}:${e.column}: error: ${e.message}\n`);
    const d = result.diagram;
    const problems = checkIntegrity(d);
    if (problems.length > 0) {
      // A bug of ours, not of the input: say so plainly rather than write a broken file.
      for (const p of problems) io.stderr(`erd import: internal error: ${p.path}: ${p.message}\n`);
      return 1;
    }
    io.stderr(
      `${path}: ${dialect}: ${d.tables.length} tables, ${d.tables.reduce((n, t) => n + t.columns.length, 0)} columns, ` +
        `${d.tables.reduce((n, t) => n + t.foreignKeys.length, 0)} foreign keys, ${d.tables.reduce((n, t) => n + t.indexes.length, 0)} indexes, ` +
        `${d.enums.length} enums; ${result.notices.length} notices, ${result.errors.length} errors (${Math.round(performance.now() - started)} ms)\n`,
    );
    if (result.errors.length > 0 && !options.has('keep-partial')) {
      io.stderr(`${path}: not written because of the errors above; --keep-partial writes what parsed\n`);
      return 1;
    }
    const laidOut = applyLayout(d, await layoutDiagram(d));
    const json = serializeDocument(laidOut);
    const output = options.get('output');
    if (typeof output === 'string') await writeFile(output, json);
    else io.stdout(json);
    return result.errors.length > 0 ? 1 : 0;
  },
};

/** The text to import and a way back from its line numbers to file:line. */
interface SourceFiles {
  text: string;
  where(line: number): string;
}

/** A file, or a migrations folder (its .sql files joined in name order, see joinScripts). */
async function readSource(path: string): Promise<SourceFiles> {
  if (!(await stat(path)).isDirectory()) {
    const text = await readFile(path, 'utf8');
    return { text, where: (line) => `${path}:${line}` };
  }
  const names = (await readdir(path)).filter((n) => n.toLowerCase().endsWith('.sql'));
  const files = await Promise.all(names.map(async (n) => ({ name: join(path, n), text: await readFile(join(path, n), 'utf8') })));
  const joined = joinScripts(files);
  return {
    text: joined.text,
    where(line) {
      const at = joined.locate(line);
      return `${at.name}:${at.line}`;
    },
  };
}
