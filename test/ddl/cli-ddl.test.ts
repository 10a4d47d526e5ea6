import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { generateDdl, serializeDocument } from '../../src/core/index';
import { showcaseDiagram } from './fixtures/showcase';

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('erd ddl', () => {
  it('prints the DDL of a diagram file and exits 0', async () => {
    const result = await run(['ddl', 'examples/ecommerce.json', '--dialect', 'postgres']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('CREATE TABLE users (');
    expect(result.stderr).toBe('');
  });

  it('passes options through and writes warnings to stderr only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'erd-ddl-'));
    const file = join(dir, 'showcase.json');
    writeFileSync(file, serializeDocument(showcaseDiagram()));
    const result = await run(['ddl', file, '--dialect=mysql', '--drop-first', '--quote-all', '--no-header']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(generateDdl(showcaseDiagram(), 'mysql', { dropFirst: true, quoteIdentifiers: 'always', header: false }).sql);
    expect(result.stderr).toContain('warning [array-unsupported] customers.tags:');
    expect(result.stdout).not.toContain('array-unsupported');
  });

  it('rejects a missing or unknown dialect and unknown options with exit code 2', async () => {
    expect((await run(['ddl', 'examples/ecommerce.json'])).code).toBe(2);
    expect((await run(['ddl', 'examples/ecommerce.json', '--dialect', 'oracle'])).code).toBe(2);
    expect((await run(['ddl', 'examples/ecommerce.json', '--dialect', 'mysql', '--frobnicate'])).code).toBe(2);
  });

  it('exits 1 when the file cannot be read', async () => {
    const result = await run(['ddl', 'no/such/file.json', '--dialect', 'mysql']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no/such/file.json');
  });
});
