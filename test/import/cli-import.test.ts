import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { restoreFromText } from '../../src/core/index';
import { CORPUS_DIR } from './corpus';

const dir = mkdtempSync(join(tmpdir(), 'erd-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('erd import / export', () => {
  it('imports a corpus file (dialect detected) into a valid, laid-out document', async () => {
    const out = join(dir, 'world.json');
    const { code, stderr } = await run('import', `${CORPUS_DIR}my_world_schema.sql`, '-o', out);
    expect(code).toBe(0);
    expect(stderr).toContain('mysql: 3 tables, 24 columns, 2 foreign keys');
    const restored = restoreFromText(readFileSync(out, 'utf8'));
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    const positions = new Set(restored.diagram.tables.map((t) => `${t.position.x},${t.position.y}`));
    expect(positions.size).toBe(3);
  });

  it('prints errors as file:line:column and writes nothing unless --keep-partial', async () => {
    const sql = join(dir, 'bad.sql');
    writeFileSync(sql, 'CREATE TABLE a (id int);\nCREATE TABLE b (id int,,);\n');
    const strict = await run('import', sql, '--dialect', 'postgres');
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
    expect(strict.stderr).toContain(`${sql}:2:24: error: syntax error at or near ","`);
    const partial = await run('import', sql, '--keep-partial');
    expect(partial.code).toBe(1);
    expect(JSON.parse(partial.stdout).diagram.tables).toHaveLength(1);
  });

  it('exports DBML and imports it back', async () => {
    const json = join(dir, 'chinook.json');
    expect((await run('import', `${CORPUS_DIR}pg_chinook.sql`, '-o', json, '--quiet')).code).toBe(0);
    const dbmlFile = join(dir, 'chinook.dbml');
    const exported = await run('export', json, '--format', 'dbml', '-o', dbmlFile);
    expect(exported.code).toBe(0);
    expect(readFileSync(dbmlFile, 'utf8')).toContain('Table "album"');
    const back = await run('import', dbmlFile);
    expect(back.code).toBe(0);
    expect(back.stderr).toContain('dbml: 11 tables, 64 columns, 11 foreign keys, 11 indexes');
  });

  it('imports a migrations folder in numeric order and reports errors as file:line', async () => {
    const folder = join(dir, 'migrations');
    mkdirSync(folder);
    writeFileSync(join(folder, '1_users.sql'), 'CREATE TABLE users (id int PRIMARY KEY, mail text)');
    writeFileSync(join(folder, '2_posts.sql'), 'CREATE TABLE posts (id int PRIMARY KEY, user_id int REFERENCES users (id));\n');
    writeFileSync(join(folder, '10_rename.sql'), '-- later\nALTER TABLE users RENAME COLUMN mail TO email;\nALTER TABLE posts ADD COLUMN title text,,;\n');
    const { code, stdout, stderr } = await run('import', folder, '--dialect', 'postgres', '--keep-partial');
    expect(code).toBe(1);
    expect(stderr).toContain(`${join(folder, '10_rename.sql')}:3:41: error: syntax error at or near ","`);
    const users = JSON.parse(stdout).diagram.tables.find((t: { name: string }) => t.name === 'users');
    expect(users.columns.map((c: { name: string }) => c.name)).toEqual(['id', 'email']);
  });

  it('rejects unknown options with a usage error', async () => {
    expect((await run('import')).code).toBe(2);
    expect((await run('import', 'x.sql', '--dialect', 'oracle')).code).toBe(2);
    expect((await run('export', 'x.json', '--format', 'xml')).code).toBe(2);
  });
});
