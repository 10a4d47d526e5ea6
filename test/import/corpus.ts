import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SqlDialectName } from '../../src/core/import/import-types';

/** The shared real-world corpus (../shared/corpus), read in place: it is never copied into the repo. */
export const CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

export interface CorpusEntry {
  file: string;
  dialect: SqlDialectName;
  tables: number;
  fks: number;
  indexes: number;
}

export function readManifest(): CorpusEntry[] {
  const lines = readFileSync(`${CORPUS_DIR}MANIFEST.tsv`, 'utf8').trim().split('\n');
  const header = lines[0].split('\t');
  const col = (name: string) => header.indexOf(name);
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    return {
      file: cells[col('file')],
      dialect: cells[col('dialect')] === 'mysql' ? 'mysql' : 'postgres',
      tables: Number(cells[col('tables')]),
      fks: Number(cells[col('fks')]),
      indexes: Number(cells[col('indexes')]),
    };
  });
}

export function readCorpusFile(file: string): string {
  return readFileSync(`${CORPUS_DIR}${file}`, 'utf8');
}
