import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateDdl, type DdlWarning, type Diagram } from '../../src/core/index';
import { seedSchemas } from './fixtures/seed-schemas';
import { showcaseDiagram } from './fixtures/showcase';

/**
 * Golden files: the DDL for the seed's schemas (and the showcase) in both dialects, checked by
 * hand once and compared byte for byte since. ERD_UPDATE_GOLDEN=1 rewrites them after an
 * intended change; review the diff before committing.
 */
const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const UPDATE = process.env.ERD_UPDATE_GOLDEN === '1';

function formatWarnings(warnings: readonly DdlWarning[]): string {
  return warnings.map((w) => `${w.severity} [${w.code}] ${w.table ?? ''}${w.column ? `.${w.column}` : ''}: ${w.message}\n`).join('');
}

function checkGolden(file: string, actual: string): void {
  const path = join(GOLDEN, file);
  if (UPDATE) {
    mkdirSync(GOLDEN, { recursive: true });
    if (actual === '') rmSync(path, { force: true });
    else writeFileSync(path, actual);
    return;
  }
  const expected = existsSync(path) ? readFileSync(path, 'utf8') : '';
  expect(actual, `${file} differs from the golden file (ERD_UPDATE_GOLDEN=1 rewrites it)`).toBe(expected);
}

const diagrams: [string, Diagram][] = [...Object.entries(seedSchemas()), ['showcase', showcaseDiagram()]];

describe('golden DDL', () => {
  for (const [name, diagram] of diagrams) {
    for (const dialect of ['postgres', 'mysql'] as const) {
      it(`${name} in ${dialect}`, () => {
        const result = generateDdl(diagram, dialect);
        checkGolden(`${name}.${dialect}.sql`, result.sql);
        checkGolden(`${name}.${dialect}.warnings.txt`, formatWarnings(result.warnings));
        // Same input, same text: nothing depends on time, randomness or iteration order.
        expect(generateDdl(diagram, dialect).sql).toBe(result.sql);
      });
    }
  }
});
