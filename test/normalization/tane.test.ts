import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mineDependencies, parseCsv } from '../../src/core/analysis/normalization/index';

/** Every minimal non-trivial X -> A that holds in the rows, by trying every X: the reference. */
function bruteForce(rows: string[][], width: number): string[] {
  const holds = (x: number[], a: number) => {
    const seen = new Map<string, string>();
    for (const r of rows) {
      const key = x.map((i) => r[i]).join('\u0000');
      const v = seen.get(key);
      if (v === undefined) seen.set(key, r[a]);
      else if (v !== r[a]) return false;
    }
    return true;
  };
  const result: string[] = [];
  for (let a = 0; a < width; a++) {
    const minimal: number[] = [];
    for (let m = 0; m < 1 << width; m++) {
      if ((m >> a) & 1) continue;
      if (minimal.some((k) => (k & m) === k)) continue;
      const x = [...Array(width).keys()].filter((i) => (m >> i) & 1);
      if (holds(x, a)) minimal.push(m);
    }
    // Minimal = no proper subset holds; enumerate by popcount so subsets come first.
    for (const m of minimal) result.push(`${[...Array(width).keys()].filter((i) => (m >> i) & 1).join(',')}->${a}`);
  }
  return result.sort();
}

const show = (deps: { determinant: number[]; dependent: number }[]) => deps.map((d) => `${d.determinant.join(',')}->${d.dependent}`).sort();

describe('TANE', () => {
  it('finds the seed employees dependencies in sample rows', () => {
    const rows = [
      ['1', 'Ann', '10', 'Sales', 'Paris'],
      ['2', 'Bob', '10', 'Sales', 'Paris'],
      ['3', 'Cy', '20', 'IT', 'Oslo'],
      ['4', 'Di', '30', 'IT', 'Rome'],
      ['5', 'Ann', '20', 'IT', 'Oslo'],
    ];
    const mined = show(mineDependencies(rows).dependencies);
    expect(mined).toContain('2->3');
    expect(mined).toContain('2->4');
    expect(mined).toContain('0->1');
    expect(mined).not.toContain('1->0');
    expect(mined).toEqual(bruteForce(rows, 5));
  });

  it('agrees with brute force on random small tables', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) => fc.array(fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: width, maxLength: width }), { minLength: 0, maxLength: 12 }).map((rows) => ({ width, rows }))),
        ({ width, rows }) => {
          const result = mineDependencies(rows, { maxLhs: width });
          expect(result.complete).toBe(true);
          expect(show(result.dependencies)).toEqual(rows.length === 0 ? [] : bruteForce(rows, width));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stops at the time bound and says so', () => {
    let t = 0;
    const rows = Array.from({ length: 50 }, (_, i) => Array.from({ length: 12 }, (_, c) => String((i * (c + 3)) % 7)));
    const result = mineDependencies(rows, { maxMillis: 5, now: () => (t += 1) });
    expect(result.complete).toBe(false);
    expect(result.stoppedBy).toBe('time');
  });

  it('reports progress per level and bounds rows', () => {
    const levels: number[] = [];
    const rows = Array.from({ length: 100 }, (_, i) => [String(i % 10), String(i % 5), String(i)]);
    const result = mineDependencies(rows, { maxRows: 20, onProgress: (p) => levels.push(p.level) });
    expect(result.rowsUsed).toBe(20);
    expect(levels[0]).toBe(1);
  });
});

describe('CSV', () => {
  it('reads quotes, escaped quotes, line breaks in fields, CRLF and a BOM', () => {
    const result = parseCsv('\ufeffid,name,note\r\n1,"Smith, J","said ""hi"""\r\n2,Lee,"two\nlines"\n');
    expect(result.header).toEqual(['id', 'name', 'note']);
    expect(result.rows).toEqual([
      ['1', 'Smith, J', 'said "hi"'],
      ['2', 'Lee', 'two\nlines'],
    ]);
  });

  it('guesses semicolons and tabs, and bounds rows', () => {
    expect(parseCsv('a;b\n1;2').rows).toEqual([['1', '2']]);
    expect(parseCsv('a\tb\n1\t2').rows).toEqual([['1', '2']]);
    const big = parseCsv(`a\n${Array.from({ length: 10 }, (_, i) => i).join('\n')}`, { maxRows: 3 });
    expect(big.rows).toEqual([['0'], ['1'], ['2']]);
    expect(big.truncated).toBe(true);
  });
});
