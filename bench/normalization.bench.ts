import { analyzeDiagram, addDependency, suggestionsForDiagram, type Column, type Diagram, type Table } from '../src/core/index';
import { candidateKeys, canonicalCover, fromIndices, type Fd } from '../src/core/analysis/normalization/index';
import { mineDependencies } from '../src/core/analysis/normalization/tane';
import type { BenchRow, BenchSuite } from './suite';

/** A small seeded generator, so every run measures the same inputs. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A model of `count` tables of 6 to 16 columns; a third declare a dependency, some have composite keys. */
function bigModel(count: number, seed = 1): Diagram {
  const random = rng(seed);
  const tables: Table[] = [];
  for (let t = 0; t < count; t++) {
    const width = 6 + Math.floor(random() * 11);
    const columns: Column[] = Array.from({ length: width }, (_, c) => ({ id: `c${t}_${c}`, name: `col_${c}`, type: { name: 'integer' }, nullable: c > 1 }));
    const composite = random() < 0.2;
    const table: Table = {
      id: `t${t}`,
      name: `table_${t}`,
      position: { x: (t % 50) * 300, y: Math.floor(t / 50) * 400 },
      columns,
      primaryKey: { columns: composite ? [columns[0].id, columns[1].id] : [columns[0].id] },
      uniques: random() < 0.3 ? [{ id: `u${t}`, columns: [columns[2].id] }] : [],
      checks: [],
      indexes: [],
      foreignKeys: [],
    };
    if (random() < 0.33) {
      table.normalization = { dependencies: [{ id: `fd${t}`, kind: 'fd', determinant: [columns[composite ? 1 : 3].id], dependent: [columns[4].id, columns[5].id] }] };
    }
    tables.push(table);
  }
  return { id: 'bench', name: 'bench', tables, enums: [], notes: [], groups: [] };
}

/** A deep copy: new table objects, so the per-table cache starts cold. */
const fresh = (d: Diagram): Diagram => structuredClone(d);

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] * 100) / 100;
}

function timeColdRuns<T>(inputs: T[], fn: (input: T) => unknown): number {
  const times: number[] = [];
  for (const input of inputs) {
    const start = performance.now();
    fn(input);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** `count` random dependencies over `n` attributes with left sides of 1 to 3 attributes. */
function randomFds(n: number, count: number, seed: number): Fd[] {
  const random = rng(seed);
  const pick = (k: number) => fromIndices(Array.from({ length: k }, () => Math.floor(random() * n)));
  return Array.from({ length: count }, () => ({ lhs: pick(1 + Math.floor(random() * 3)), rhs: pick(1 + Math.floor(random() * 2)) }));
}

export const normalizationBench: BenchSuite = {
  name: 'normalization',
  target: 'analysis of 2,000 tables < 100 ms; keys of 30 attributes with 40 FDs < 50 ms; an edit re-analyses only the touched table',
  async run(): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    const model = bigModel(2000);
    // Warm the JIT on other models (the app analyses on every edit, so it runs warm code), then
    // measure cold per-table caches: fresh copies, so every table is analysed from scratch.
    for (let seed = 9; seed < 12; seed++) analyzeDiagram(bigModel(2000, seed));
    rows.push({ case: 'analyze 2,000 tables (cold cache)', ms: timeColdRuns(Array.from({ length: 7 }, () => fresh(model)), analyzeDiagram), tables: 2000 });

    const warm = fresh(model);
    analyzeDiagram(warm);
    const edits = Array.from({ length: 7 }, (_, i) => addDependency(warm, `t${i * 100}`, { kind: 'fd', determinant: [`c${i * 100}_3`], dependent: [`c${i * 100}_4`] }).diagram);
    rows.push({ case: 'analyze 2,000 tables after one edit', ms: timeColdRuns(edits, analyzeDiagram), tables: 1 });

    rows.push({ case: 'suggestions for 2,000 tables', ms: timeColdRuns(Array.from({ length: 5 }, () => fresh(model)), suggestionsForDiagram), tables: 2000 });

    for (const seed of [1, 2, 3]) {
      const fds = randomFds(30, 40, seed);
      candidateKeys(30, fds);
      const times = Array.from({ length: 7 }, () => fds);
      const keys = candidateKeys(30, fds).keys.length;
      rows.push({ case: `candidate keys, 30 attributes, 40 FDs (seed ${seed})`, ms: timeColdRuns(times, (f) => candidateKeys(30, f)), keys });
    }
    {
      // Many keys: a chain of pairs A_i <-> B_i multiplies the keys (2^10 here).
      const fds: Fd[] = [];
      for (let i = 0; i < 10; i++) fds.push({ lhs: fromIndices([i]), rhs: fromIndices([i + 10]) }, { lhs: fromIndices([i + 10]), rhs: fromIndices([i]) });
      for (let i = 20; i < 30; i++) fds.push({ lhs: fromIndices([i - 20, i - 19 < 10 ? i - 19 : 0]), rhs: fromIndices([i]) });
      const keys = candidateKeys(30, fds).keys.length;
      rows.push({ case: 'candidate keys, 30 attributes, 30 FDs, 1,024 keys', ms: timeColdRuns([fds, fds, fds], (f) => candidateKeys(30, f)), keys });
    }
    rows.push({ case: 'canonical cover, 30 attributes, 40 FDs', ms: timeColdRuns(Array.from({ length: 7 }, () => randomFds(30, 40, 4)), canonicalCover) });

    {
      const random = rng(7);
      const data: string[][] = Array.from({ length: 5000 }, () => {
        const a = Math.floor(random() * 200);
        return [String(a), `name${a}`, String(Math.floor(random() * 50)), String(Math.floor(random() * 5)), String(Math.floor(random() * 1000)), String(a % 7), String(Math.floor(random() * 3)), String(Math.floor(random() * 10))];
      });
      const result = mineDependencies(data, { maxRows: 5000, maxMillis: 5000 });
      rows.push({ case: 'TANE: 5,000 rows x 8 columns', ms: timeColdRuns([data, data, data], (d) => mineDependencies(d, { maxRows: 5000, maxMillis: 5000 })), fds: result.dependencies.length });
    }
    return rows;
  },
};
