import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CURRENT_VERSION, ecommerceDiagram, serializeDocument } from '../../src/core/index';
import { runCli } from '../../src/cli/run-cli';

const projectRoot = new URL('../../', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'erd-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const validFile = file('shop.json', serializeDocument(ecommerceDiagram()));
const invalidFile = file(
  'broken.json',
  serializeDocument(ecommerceDiagram()).replace('"nullable": false', '"nullable": "no"').replace('"refTableId": "tbl_users"', '"refTableId": "tbl_gone"'),
);

/** Runs the CLI in-process and captures what it prints. */
async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('erd validate (in-process)', () => {
  it('exits 0 and prints a summary for a valid document', async () => {
    const { code, stdout, stderr } = await run('validate', validFile);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const shop = ecommerceDiagram();
    const columns = shop.tables.reduce((n, t) => n + t.columns.length, 0);
    const foreignKeys = shop.tables.reduce((n, t) => n + t.foreignKeys.length, 0);
    const indexes = shop.tables.reduce((n, t) => n + t.indexes.length, 0);
    expect(stdout).toBe(
      `${validFile}: valid diagram "E-commerce": ${shop.tables.length} tables, ${columns} columns, ${foreignKeys} foreign keys, ` +
        `${indexes} indexes, ${shop.enums.length} enums, ${shop.notes.length} notes, ${shop.groups.length} groups\n`,
    );
  });

  it('prints the summary as JSON with --json', async () => {
    const { code, stdout } = await run('validate', validFile, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ valid: true, name: 'E-commerce', tables: ecommerceDiagram().tables.length });
  });

  it('exits 1 with messages naming the file and the path of each problem', async () => {
    const { code, stdout, stderr } = await run('validate', invalidFile);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${invalidFile}: diagram.tables[0].columns[0].nullable: Invalid input: expected boolean, received string`);
    expect(stderr).toContain(`${invalidFile}: invalid (1 problem)`);
  });

  it('reports dangling references once the structure is valid', async () => {
    const dangling = file('dangling.json', serializeDocument(ecommerceDiagram()).replace('"refTableId": "tbl_users"', '"refTableId": "tbl_gone"'));
    const { code, stderr } = await run('validate', dangling);
    expect(code).toBe(1);
    expect(stderr).toContain('diagram.tables[2].foreignKeys[0].refTableId: table "orders": foreign key "fk_orders_user" refers to table id "tbl_gone"');
  });

  it('reports bad JSON with line and column', async () => {
    const { code, stderr } = await run('validate', file('bad.json', '{\n  "format": "erd-modeler/diagram",\n  ,\n}'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/bad\.json: \(file\): not valid JSON at line 3, column 3/);
  });

  it('reports a missing file and a newer format version', async () => {
    const missing = await run('validate', join(dir, 'nope.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.json: cannot read the file (ENOENT)');
    const newer = await run('validate', file('newer.json', JSON.stringify({ format: 'erd-modeler/diagram', version: CURRENT_VERSION + 1, diagram: {} })));
    expect(newer.code).toBe(1);
    expect(newer.stderr).toContain('version: the file is format version');
  });

  it('migrates an older version and says so', async () => {
    if (CURRENT_VERSION < 2) return; // nothing older to migrate from
    const old = file('old.json', serializeDocument(ecommerceDiagram()).replace(`"version": ${CURRENT_VERSION}`, '"version": 1'));
    const { code, stdout } = await run('validate', old);
    expect(code).toBe(0);
    expect(stdout).toContain('(migrated from format version 1)');
  });

  it('exits 2 with usage for wrong arguments', async () => {
    expect(await run('validate')).toEqual({ code: 2, stdout: '', stderr: 'usage: erd validate <file.json> [--json]\n' });
    expect((await run('validate', 'a.json', 'b.json')).code).toBe(2);
    const unknown = await run('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('erd: unknown command "frobnicate"');
  });

  it('lists the commands with --help, exits 2 with the same text when given nothing', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/commands:\n {2}validate +check a diagram file and print a summary/);
    const none = await run();
    expect(none).toEqual({ code: 2, stdout: help.stdout, stderr: '' });
    expect((await run('validate', '--help')).stdout).toBe('check a diagram file and print a summary\nusage: erd validate <file.json> [--json]\n');
  });
});

/** The real entry point in a child process: exit codes are what scripts and CI see. */
function spawnCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'src/cli/main.ts', ...args], { cwd: projectRoot, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('erd validate (child process)', () => {
  it('exits 0, 1 and 2 for a valid file, an invalid file and no arguments', async () => {
    const [valid, invalid, none] = await Promise.all([spawnCli('validate', validFile), spawnCli('validate', invalidFile), spawnCli()]);
    expect(valid).toMatchObject({ code: 0, stdout: expect.stringContaining('valid diagram "E-commerce"') });
    expect(invalid).toMatchObject({ code: 1, stderr: expect.stringContaining('diagram.tables[0].columns[0].nullable') });
    expect(none).toMatchObject({ code: 2, stdout: expect.stringContaining('validate') });
  });
});
