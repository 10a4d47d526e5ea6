import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeIndexes, applyIndexFix, restore, CURRENT_VERSION, DOCUMENT_FORMAT, type Diagram, type Index, type Table } from '../../src/core/index';

/** Random models: tables of integer and boolean columns, random foreign keys, indexes and unique constraints. */
const diagramArb: fc.Arbitrary<Diagram> = fc
  .array(
    fc.record({
      indexes: fc.array(fc.record({ cols: fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 3 }), unique: fc.boolean(), partial: fc.boolean() }), { maxLength: 5 }),
      uniques: fc.array(fc.uniqueArray(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 2 }), { maxLength: 2 }),
      fks: fc.array(fc.record({ col: fc.integer({ min: 1, max: 3 }), parent: fc.nat() }), { maxLength: 2 }),
      rows: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((specs) => {
    const estimates: Record<string, number> = {};
    const tables = specs.map((spec, t): Table => {
      const id = `t${t}`;
      const colId = (c: number) => `${id}.c${c}`;
      if (spec.rows !== undefined) estimates[id] = spec.rows;
      return {
        id,
        name: `table_${t}`,
        position: { x: 0, y: 0 },
        columns: [0, 1, 2, 3, 4].map((c) => ({ id: colId(c), name: `c${c}`, type: { name: c === 4 ? 'boolean' : 'integer' }, nullable: false })),
        primaryKey: { columns: [colId(0)] },
        uniques: spec.uniques.map((u, i) => ({ id: `${id}.u${i}`, columns: u.map(colId) })),
        checks: [],
        indexes: spec.indexes.map((x, i): Index => ({ id: `${id}.i${i}`, columns: x.cols.map((c) => ({ columnId: colId(c), order: 'asc' })), unique: x.unique, method: 'btree', ...(x.partial ? { where: 'c1 > 0' } : {}) })),
        foreignKeys: spec.fks.map((f, i) => ({ id: `${id}.fk${i}`, columns: [colId(f.col)], refTableId: `t${f.parent % specs.length}`, refColumns: [`t${f.parent % specs.length}.c0`], onDelete: 'no-action', onUpdate: 'no-action' })),
      };
    });
    return { id: 'd', name: 'd', tables, enums: [], notes: [], groups: [], workload: { queries: '', rowEstimates: estimates } };
  });

describe('index advisor properties', () => {
  it('applying every fix once leaves nothing to fix, and the result is a valid document', () => {
    fc.assert(
      fc.property(diagramArb, (d) => {
        let fixed = d;
        for (const f of analyzeIndexes(d)) if (f.fix) fixed = applyIndexFix(fixed, f.fix);
        expect(restore({ format: DOCUMENT_FORMAT, version: CURRENT_VERSION, diagram: fixed }).ok).toBe(true);
        expect(analyzeIndexes(fixed).filter((f) => f.fix)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
  it('is deterministic and never changes its input', () => {
    fc.assert(
      fc.property(diagramArb, (d) => {
        const before = JSON.stringify(d);
        expect(analyzeIndexes(d)).toEqual(analyzeIndexes(structuredClone(d)));
        expect(JSON.stringify(d)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });
});
