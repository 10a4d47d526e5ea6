import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const example = new URL('../../examples/ecommerce.json', import.meta.url).pathname;

interface Suggestion {
  action: string;
  table: string;
  columns: string[];
  include: string[];
  unique: boolean;
  method: string;
  code: string;
  reason: string;
  verified: boolean;
}

describe('erd analyze indexes', () => {
  it('prints exactly the specified JSON on the ecommerce example', async () => {
    const { code, stdout } = await run(['analyze', 'indexes', example, '--json']);
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as { suggestions: Suggestion[] };
    expect(Object.keys(output)).toEqual(['suggestions']);
    for (const s of output.suggestions) expect(Object.keys(s)).toEqual(['action', 'table', 'columns', 'include', 'unique', 'method', 'code', 'reason', 'verified']);
    const creates = output.suggestions.filter((s) => s.action === 'create').map((s) => `${s.table}(${s.columns.join(',')})`);
    expect(creates).toContain('orders(user_id)');
    expect(creates).toContain('order_items(product_id)');
    expect(creates).not.toContain('order_items(order_id)');
    expect(output.suggestions.every((s) => s.verified === false)).toBe(true);
  });

  it('reads --queries, and --verify proves a suggestion with PGlite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'erd-indexes-'));
    const queries = join(dir, 'q.sql');
    writeFileSync(queries, "SELECT id, total_amount FROM orders WHERE user_id = $1 ORDER BY created_at DESC LIMIT 20;\nSELECT * FROM users WHERE email LIKE '%@gmail.com';\n");
    const { code, stdout } = await run(['analyze', 'indexes', example, '--queries', queries, '--verify', '--json']);
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as { suggestions: Suggestion[] };
    const orders = output.suggestions.find((s) => s.table === 'orders');
    expect(orders).toMatchObject({ action: 'create', code: 'workload-index', verified: true });
    expect(orders?.columns.slice(0, 2)).toEqual(['user_id', 'created_at']);
    const human = await run(['analyze', 'indexes', example, '--queries', queries]);
    expect(human.stdout).toMatch(/leading-wildcard-like/);
    expect(human.stdout).toMatch(/rewrite:/);
  }, 60_000);

  it('keeps normalization working and reports usage errors', async () => {
    expect((await run(['analyze', 'normalization', example, '--json'])).code).toBe(0);
    expect((await run(['analyze', 'indexes', example, '--dialect', 'oracle'])).code).toBe(2);
    expect((await run(['analyze', 'indexes', example, '--queries', '/nonexistent.sql'])).code).toBe(1);
    const mysql = await run(['analyze', 'indexes', example, '--dialect', 'mysql', '--verify', '--json']);
    expect(mysql.stderr).toMatch(/unverified/);
  });
});
