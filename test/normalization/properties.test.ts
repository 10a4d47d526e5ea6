import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeTable,
  candidateKeys,
  closure,
  decompose4nf,
  decomposeBcnf,
  equivalent,
  fullSet,
  isLosslessJoin,
  isSubset,
  lostDependencies,
  minimalCover,
  planDecomposition,
  synthesize3nf,
  bit,
  minus,
  toIndices,
  compareForms,
  type AttrSet,
  type Fd,
} from '../../src/core/analysis/normalization/index';
import { checkIntegrity, type Diagram, type Table } from '../../src/core/index';

/** Random dependencies over n attributes (n from 1 to `maxN`). */
const relationArb = (maxN: number, maxFds: number) =>
  fc.integer({ min: 1, max: maxN }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      fds: fc.array(
        fc.record({ lhs: fc.integer({ min: 0, max: 2 ** n - 1 }), rhs: fc.integer({ min: 1, max: 2 ** n - 1 }) }).map(({ lhs, rhs }): Fd => ({ lhs: BigInt(lhs), rhs: BigInt(rhs) })),
        { maxLength: maxFds },
      ),
    }),
  );

/**
 * The semantic closure: F implies X -> A exactly when every two-row relation satisfying F whose
 * rows agree on X also agrees on A; a two-row relation is its agreement set S. So X+ is the
 * intersection of all F-closed sets containing X. Exponential, and independent of closure().
 */
function bruteClosure(n: number, fds: readonly Fd[], x: AttrSet): AttrSet {
  let result = fullSet(n);
  for (let s = 0n; s <= fullSet(n); s++) {
    if (!isSubset(x, s)) continue;
    if (fds.every((fd) => !isSubset(fd.lhs, s) || isSubset(fd.rhs, s))) result &= s;
  }
  return result;
}

function bruteKeys(n: number, fds: readonly Fd[]): AttrSet[] {
  const all = fullSet(n);
  const supers: AttrSet[] = [];
  for (let s = 0n; s <= all; s++) if (bruteClosure(n, fds, s) === all) supers.push(s);
  return supers.filter((s) => !supers.some((t) => t !== s && isSubset(t, s))).sort((a, b) => (a < b ? -1 : 1));
}

/** All dependencies X -> (X+ ∩ S) that hold in the projection on S: exponential, for checking results. */
function projectedViolates(s: AttrSet, fds: readonly Fd[], form: 'BCNF' | '3NF'): boolean {
  const attrs = toIndices(s);
  const keys: AttrSet[] = [];
  const subsets: AttrSet[] = [];
  for (let m = 0; m < 1 << attrs.length; m++) subsets.push(attrs.reduce((acc, a, k) => ((m >> k) & 1 ? acc | bit(a) : acc), 0n));
  for (const x of subsets) if (isSubset(s, closure(x, fds)) && !keys.some((k) => isSubset(k, x))) keys.push(x);
  const minimalKeys = keys.filter((k) => !keys.some((o) => o !== k && isSubset(o, k)));
  const prime = minimalKeys.reduce((p, k) => p | k, 0n);
  return subsets.some((x) => {
    const determined = minus(closure(x, fds) & s, x);
    if (determined === 0n || isSubset(s, closure(x, fds))) return false;
    return form === 'BCNF' || !isSubset(determined, prime);
  });
}

describe('property: FD reasoning agrees with brute force on small sets', () => {
  it('closure equals the semantic closure', () => {
    fc.assert(
      fc.property(relationArb(6, 8), fc.integer({ min: 0, max: 63 }), ({ n, fds }, x) => {
        const set = BigInt(x) & fullSet(n);
        expect(closure(set, fds)).toBe(bruteClosure(n, fds, set));
      }),
      { numRuns: 300 },
    );
  });

  it('candidate keys are exactly the minimal superkeys', () => {
    fc.assert(
      fc.property(relationArb(6, 8), ({ n, fds }) => {
        expect(candidateKeys(n, fds).keys.slice().sort((a, b) => (a < b ? -1 : 1))).toEqual(bruteKeys(n, fds));
      }),
      { numRuns: 300 },
    );
  });

  it('the minimal cover is equivalent and minimal', () => {
    fc.assert(
      fc.property(relationArb(7, 10), ({ fds }) => {
        const cover = minimalCover(fds);
        expect(equivalent(cover, fds)).toBe(true);
        for (const fd of cover) {
          expect(toIndices(fd.rhs)).toHaveLength(1);
          const others = cover.filter((o) => o !== fd);
          expect(isSubset(fd.rhs, closure(fd.lhs, others))).toBe(false);
          for (const b of toIndices(fd.lhs)) expect(isSubset(fd.rhs, closure(minus(fd.lhs, bit(b)), cover))).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('property: decompositions', () => {
  it('3NF synthesis is lossless (chase), preserves every dependency, and each relation is in 3NF', () => {
    fc.assert(
      fc.property(relationArb(6, 7), ({ n, fds }) => {
        const { components } = synthesize3nf(n, fds);
        const sets = components.map((c) => c.attrs);
        expect(sets.reduce((u, s) => u | s, 0n)).toBe(fullSet(n));
        expect(isLosslessJoin(n, sets, fds)).toBe(true);
        expect(lostDependencies(sets, minimalCover(fds))).toEqual([]);
        for (const s of sets) expect(projectedViolates(s, fds, '3NF')).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('BCNF decomposition is lossless (chase), every relation is in BCNF, and lost dependencies are truly lost', () => {
    fc.assert(
      fc.property(relationArb(6, 7), ({ n, fds }) => {
        const { components, lost } = decomposeBcnf(n, fds);
        const sets = components.map((c) => c.attrs);
        expect(sets.reduce((u, s) => u | s, 0n)).toBe(fullSet(n));
        expect(isLosslessJoin(n, sets, fds)).toBe(true);
        for (const s of sets) expect(projectedViolates(s, fds, 'BCNF')).toBe(false);
        expect(lostDependencies(sets, lost)).toEqual(lost);
      }),
      { numRuns: 200 },
    );
  });

  it('4NF decomposition on random MVDs is lossless by the chase with FDs and MVDs', () => {
    fc.assert(
      fc.property(relationArb(5, 3), relationArb(5, 3), ({ n, fds }, { fds: raw }) => {
        const mvds = raw.map((m) => ({ lhs: m.lhs & fullSet(n), rhs: m.rhs & fullSet(n) })).filter((m) => m.rhs !== 0n);
        const { components } = decompose4nf(n, fds, mvds);
        const verdict = isLosslessJoin(n, components.map((c) => c.attrs), fds, mvds, { maxRows: 500 });
        expect(verdict === undefined || verdict).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

/** A random table with declared dependencies over its columns, as the model holds it. */
const tableArb = fc.integer({ min: 3, max: 7 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    pk: fc.subarray([...Array(n).keys()], { minLength: 0, maxLength: 3 }),
    fds: fc.array(fc.record({ lhs: fc.subarray([...Array(n).keys()], { minLength: 1, maxLength: 3 }), rhs: fc.subarray([...Array(n).keys()], { minLength: 1, maxLength: 3 }) }), { maxLength: 5 }),
    multivalued: fc.subarray([...Array(n).keys()], { maxLength: 1 }),
    refersTo: fc.integer({ min: 0, max: n - 1 }),
  }),
);

function buildDiagram({ n, pk, fds, multivalued = [], refersTo }: { n: number; pk: number[]; fds: { lhs: number[]; rhs: number[] }[]; multivalued?: number[]; refersTo?: number }): Diagram {
  const id = (i: number) => `col_${i}`;
  const table: Table = {
    id: 'tbl_r',
    name: 'r',
    position: { x: 0, y: 0 },
    columns: [...Array(n).keys()].map((i) => ({ id: id(i), name: `c${i}`, type: { name: 'integer' }, nullable: !pk.includes(i) })),
    ...(pk.length > 0 ? { primaryKey: { columns: pk.map(id) } } : {}),
    uniques: [],
    indexes: [],
    foreignKeys: [],
    normalization: {
      dependencies: fds
        .map((fd, k) => ({ id: `fd_${k}`, kind: 'fd' as const, determinant: fd.lhs.map(id), dependent: fd.rhs.filter((a) => !fd.lhs.includes(a)).map(id) }))
        .filter((d) => d.dependent.length > 0),
      ...(multivalued.length > 0 ? { multivaluedColumns: multivalued.map(id) } : {}),
    },
    checks: [{ id: 'chk_r', expression: `c${refersTo ?? 0} > 0` }],
  };
  const child: Table = { id: 'tbl_child', name: 'child', position: { x: 0, y: 400 }, columns: [{ id: 'col_child', name: 'ref', type: { name: 'integer' }, nullable: true }], uniques: [], checks: [], indexes: [], foreignKeys: [] };
  // Another table refers to one column of r (a key or not: decomposition must not leave it dangling).
  child.foreignKeys.push({ id: 'fk_child', columns: ['col_child'], refTableId: 'tbl_r', refColumns: [id(refersTo ?? pk[0] ?? 0)], onDelete: 'no-action', onUpdate: 'no-action' });
  return { id: 'dgm', name: 'd', tables: [table, child], enums: [], notes: [], groups: [] };
}

describe('property: decomposing a table in the model', () => {
  it('gives a valid diagram whose tables reach the target form', () => {
    fc.assert(
      fc.property(tableArb, fc.constantFrom('1NF' as const, '3NF' as const, 'BCNF' as const), (spec, target) => {
        const diagram = buildDiagram(spec);
        const plan = planDecomposition(diagram, 'tbl_r', target);
        if (!plan.ok) {
          expect(compareForms(analyzeTable(diagram.tables[0]).normalForm, target)).toBeGreaterThanOrEqual(0);
          return;
        }
        expect(checkIntegrity(plan.diagram)).toEqual([]);
        expect(plan.lossless).toBe(true);
        for (const t of plan.tables) {
          const table = plan.diagram.tables.find((x) => x.id === t.id)!;
          expect(compareForms(analyzeTable(table).normalForm, target), `${table.name} after ${target}`).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('property: the keys-only shortcut agrees with the general analysis', () => {
  it('same keys, verdict and an equivalent minimal cover', async () => {
    const { analyzeRelation, canonicalCover, candidateKeys: keysOf } = await import('../../src/core/analysis/normalization/index');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }).chain((n) => fc.record({ n: fc.constant(n), keys: fc.array(fc.integer({ min: 0, max: 2 ** n - 1 }), { maxLength: 4 }) })), ({ n, keys }) => {
        const all = fullSet(n);
        const fds: Fd[] = keys.map((k) => ({ lhs: BigInt(k), rhs: all }));
        const fast = analyzeRelation({ n, fds });
        expect(fast.keys.slice().sort((a, b) => (a < b ? -1 : 1))).toEqual(keysOf(n, fds).keys.slice().sort((a, b) => (a < b ? -1 : 1)));
        expect(fast.normalForm).toBe('5NF');
        expect(equivalent(fast.cover, fds)).toBe(true);
        expect(canonicalCover(fast.cover).length).toBe(fast.cover.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('property: the dependency text round-trips', () => {
  it('declarationsToText then parseDeclarations gives the same declarations', async () => {
    const { declarationsToText, parseDeclarations } = await import('../../src/core/index');
    const names = fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_ ]{0,8}$/), { minLength: 2, maxLength: 6 });
    fc.assert(
      fc.property(
        names.chain((cols) =>
          fc.record({
            cols: fc.constant(cols),
            deps: fc.array(
              fc.record({ kind: fc.constantFrom('fd' as const, 'mvd' as const), lhs: fc.subarray([...cols.keys()]), rhs: fc.subarray([...cols.keys()], { minLength: 1 }) }),
              { maxLength: 4 },
            ),
            multivalued: fc.subarray([...cols.keys()]),
          }),
        ),
        ({ cols, deps, multivalued }) => {
          const id = (i: number) => `c${i}`;
          const dependencies = deps
            .map((d, k) => ({ id: `d${k}`, kind: d.kind, determinant: d.lhs.map(id), dependent: d.rhs.filter((r) => !d.lhs.includes(r)).map(id) }))
            .filter((d) => d.dependent.length > 0);
          const t: Table = {
            id: 't',
            name: 't',
            position: { x: 0, y: 0 },
            columns: cols.map((name, i) => ({ id: id(i), name, type: { name: 'text' }, nullable: true })),
            uniques: [],
            checks: [],
            indexes: [],
            foreignKeys: [],
            normalization: { dependencies, ...(multivalued.length > 0 ? { multivaluedColumns: multivalued.map(id) } : {}) },
          };
          const parsed = parseDeclarations(declarationsToText(t), t);
          expect(parsed.markers.filter((m) => m.severity === 'error')).toEqual([]);
          expect(parsed.declarations.dependencies.map(({ kind, determinant, dependent }) => ({ kind, determinant, dependent }))).toEqual(dependencies.map(({ kind, determinant, dependent }) => ({ kind, determinant, dependent })));
          expect(parsed.declarations.multivaluedColumns).toEqual(multivalued.map(id));
        },
      ),
      { numRuns: 300 },
    );
  });
});
