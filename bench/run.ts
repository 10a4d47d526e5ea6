import type { BenchRow } from './suite';
import { SUITES } from './suites';

function printTable(rows: BenchRow[]): void {
  if (rows.length === 0) return;
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (r: BenchRow, c: string) => (r[c] === undefined ? '' : String(r[c]));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r, c).length)));
  const line = (values: string[]) => `| ${values.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(columns));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(columns.map((c) => cell(r, c))));
}

const only = process.argv.slice(2);
for (const suite of SUITES) {
  if (only.length > 0 && !only.some((o) => suite.name.includes(o))) continue;
  console.log(`\n## ${suite.name}`);
  printTable(await suite.run());
  if (suite.target) console.log(`target: ${suite.target}`);
}
