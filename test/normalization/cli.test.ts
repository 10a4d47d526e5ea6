import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const example = new URL('../../examples/normalization.json', import.meta.url).pathname;

describe('erd analyze normalization', () => {
  it('prints the seed verdicts as JSON', async () => {
    const { code, stdout } = await run(['analyze', 'normalization', example, '--json']);
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as { tables: { table: string; normalForm: string; candidateKeys: string[][]; violations: { code: string; dependency?: string }[] }[]; suggestions: unknown[] };
    expect(output.tables.map((t) => [t.table, t.normalForm])).toEqual([
      ['orders', 'none'],
      ['order_items', '1NF'],
      ['employees', '2NF'],
      ['products', '5NF'],
      ['departments', '5NF'],
    ]);
    expect(output.tables[1].candidateKeys).toEqual([['order_id', 'product_id']]);
    expect(output.tables[2].violations[0].dependency).toBe('department_id -> department_name, department_location');
    expect(output.suggestions).toEqual([]);
  });

  it('prints a readable report, and --fail-below sets the exit code', async () => {
    const text = await run(['analyze', 'normalization', example]);
    expect(text.stdout).toContain('order_items  1NF');
    expect((await run(['analyze', 'normalization', example, '--fail-below', '3NF'])).code).toBe(1);
    expect((await run(['analyze', 'normalization', example, '--fail-below=none'])).code).toBe(0);
  });

  it('usage errors exit with 2', async () => {
    expect((await run(['analyze'])).code).toBe(2);
    expect((await run(['analyze', 'bogus', example])).code).toBe(2);
    expect((await run(['analyze', 'normalization'])).code).toBe(2);
    expect((await run(['analyze', 'normalization', 'nope.json'])).code).toBe(1);
  });
});
