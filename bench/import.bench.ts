import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateDdl, importSql, layoutDiagram, syntheticDiagram, type SqlDialectName } from '../src/core/index';
import { medianMs, type BenchRow, type BenchSuite } from './suite';

/**
 * Import time per corpus file (../shared/corpus, read in place), a synthetic 2,000-table dump in
 * both dialects (written by the DDL generator), and the automatic layout of 500 tables (the
 * function the layout Web Worker runs).
 */
const CORPUS_DIR = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));

function corpusFiles(): { file: string; dialect: SqlDialectName }[] {
  const lines = readFileSync(`${CORPUS_DIR}MANIFEST.tsv`, 'utf8').trim().split('\n').slice(1);
  return lines.map((line) => {
    const [file, dialect] = line.split('\t');
    return { file, dialect: dialect === 'mysql' ? 'mysql' : 'postgres' };
  });
}

export const importBenchSuite: BenchSuite = {
  name: 'import (SQL -> diagram) and auto layout',
  target: 'largest corpus file imported in < 1000 ms; layout of 500 tables in < 2000 ms (runs in a Web Worker in the app)',
  async run() {
    const rows: BenchRow[] = [];
    for (const { file, dialect } of corpusFiles()) {
      const text = readFileSync(`${CORPUS_DIR}${file}`, 'utf8');
      let tables = 0;
      const ms = await medianMs(async () => {
        tables = (await importSql(text, { dialect })).diagram.tables.length;
      }, 5, 1);
      rows.push({ case: `import ${file}`, kB: Math.round(text.length / 1024), tables, ms });
    }
    const big = syntheticDiagram({ tables: 2000 });
    for (const dialect of ['postgres', 'mysql'] as const) {
      const text = generateDdl(big, dialect).sql;
      let tables = 0;
      const ms = await medianMs(async () => {
        tables = (await importSql(text, { dialect })).diagram.tables.length;
      }, 3, 1);
      rows.push({ case: `import synthetic 2,000-table ${dialect} dump`, kB: Math.round(text.length / 1024), tables, ms });
    }
    for (const size of [200, 500]) {
      const diagram = syntheticDiagram({ tables: size });
      const ms = await medianMs(() => layoutDiagram(diagram), 3, 1);
      rows.push({ case: `layout ${size} tables (synthetic, ~1.5 FKs each)`, tables: size, ms });
    }
    return rows;
  },
};
