import { describe, expect, it } from 'vitest';
import { fullSet } from '../../src/core/analysis/normalization/attribute-set';
import { candidateKeys } from '../../src/core/analysis/normalization/candidate-keys';
import { isLosslessJoin } from '../../src/core/analysis/normalization/chase';
import { decompose4nf, decomposeBcnf, synthesize3nf } from '../../src/core/analysis/normalization/decompose';
import { closure, implies } from '../../src/core/analysis/normalization/dependency';
import { canonicalCover, minimalCover } from '../../src/core/analysis/normalization/minimal-cover';
import { analyzeRelation } from '../../src/core/analysis/normalization/normal-form';
import { fds, letters, name, names, showFds } from './letters';

describe('textbook exercises', () => {
  it('closure of AG in Silberschatz R(A,B,C,G,H,I)', () => {
    const abc = 'ABCGHI';
    const f = fds('A->B; A->C; CG->H; CG->I; B->H', abc);
    expect(name(closure(letters('AG', abc), f), abc)).toBe('ABCGHI');
    expect(implies(f, fds('A->H', abc)[0])).toBe(true);
    expect(implies(f, fds('C->H', abc)[0])).toBe(false);
    expect(names(candidateKeys(6, f).keys, abc)).toEqual(['AG']);
    expect(showFds(canonicalCover(f), abc)).toEqual(['A->BC', 'B->H', 'CG->HI']);
  });

  it('canonical cover of Silberschatz {A->BC, B->C, A->B, AB->C}', () => {
    const abc = 'ABC';
    expect(showFds(canonicalCover(fds('A->BC; B->C; A->B; AB->C', abc)), abc)).toEqual(['A->B', 'B->C']);
  });

  it('minimal cover removes an extraneous left attribute (Elmasri: {B->A, D->A, AB->D})', () => {
    const abc = 'ABD';
    expect(showFds(minimalCover(fds('B->A; D->A; AB->D', abc)), abc)).toEqual(['B->D', 'D->A']);
  });

  it('candidate keys of {A->BC, CD->E, B->D, E->A} are A, E, BC, CD', () => {
    const abc = 'ABCDE';
    expect(names(candidateKeys(5, fds('A->BC; CD->E; B->D; E->A', abc)).keys, abc)).toEqual(['A', 'E', 'BC', 'CD']);
  });

  it('candidate keys of the cycle {A->B, B->C, C->A} over ABCD are AD, BD, CD', () => {
    const abc = 'ABCD';
    expect(names(candidateKeys(4, fds('A->B; B->C; C->A', abc)).keys, abc)).toEqual(['AD', 'BD', 'CD']);
  });

  it('no dependencies: the only key is every attribute', () => {
    expect(candidateKeys(3, []).keys).toEqual([fullSet(3)]);
  });

  it('a partial dependency makes a relation 1NF', () => {
    const abc = 'ABCD';
    const result = analyzeRelation({ n: 4, fds: fds('AB->CD; B->D', abc) });
    expect(result.normalForm).toBe('1NF');
    expect(result.violations[0]).toMatchObject({ form: '2NF', determinant: letters('B', abc), dependent: letters('D', abc) });
  });

  it('a transitive dependency makes a relation 2NF', () => {
    const abc = 'ABC';
    const result = analyzeRelation({ n: 3, fds: fds('A->B; B->C', abc) });
    expect(result.normalForm).toBe('2NF');
    expect(result.violations[0]).toMatchObject({ form: '3NF', determinant: letters('B', abc), dependent: letters('C', abc) });
  });

  it('{AB->C, C->B} is 3NF but not BCNF; BCNF decomposition loses AB->C', () => {
    const abc = 'ABC';
    const f = fds('AB->C; C->B', abc);
    const result = analyzeRelation({ n: 3, fds: f });
    expect(names(result.keys, abc)).toEqual(['AB', 'AC']);
    expect(result.normalForm).toBe('3NF');
    const bcnf = decomposeBcnf(3, f);
    expect(names(bcnf.components.map((c) => c.attrs), abc).sort()).toEqual(['AC', 'BC']);
    expect(showFds(bcnf.lost, abc)).toEqual(['AB->C']);
    expect(isLosslessJoin(3, bcnf.components.map((c) => c.attrs), f)).toBe(true);
  });

  it('3NF synthesis of Silberschatz cust_banker_branch', () => {
    // customer_id = C, employee_id = E, branch_name = B, type = T
    const abc = 'CEBT';
    const f = fds('CE->BT; E->B; CB->E', abc);
    const result = synthesize3nf(4, f);
    expect(names(result.components.map((c) => c.attrs), abc).sort()).toEqual(['CEB', 'CET']);
    expect(isLosslessJoin(4, result.components.map((c) => c.attrs), f)).toBe(true);
  });

  it('course ->> teacher: BCNF, not 4NF; decomposes into (course, teacher) and (course, book)', () => {
    const abc = 'CTB';
    const mvds = fds('C->>T', abc);
    const result = analyzeRelation({ n: 3, fds: [], mvds });
    expect(result.normalForm).toBe('BCNF');
    const d = decompose4nf(3, [], mvds);
    expect(names(d.components.map((c) => c.attrs), abc).sort()).toEqual(['CB', 'CT']);
    expect(isLosslessJoin(3, d.components.map((c) => c.attrs), [], mvds)).toBe(true);
  });

  it('supplier-part-project with *(SP, PJ, JS): 4NF, not 5NF; with key S the JD follows', () => {
    const abc = 'SPJ';
    const jd = [letters('SP', abc), letters('PJ', abc), letters('JS', abc)];
    expect(analyzeRelation({ n: 3, fds: [], jds: [jd] }).normalForm).toBe('4NF');
    expect(analyzeRelation({ n: 3, fds: fds('S->PJ', abc), jds: [jd] }).normalForm).toBe('5NF');
  });

  it('the chase tells a lossless from a lossy join', () => {
    const abc = 'ABC';
    const f = fds('A->B', abc);
    expect(isLosslessJoin(3, [letters('AB', abc), letters('AC', abc)], f)).toBe(true);
    expect(isLosslessJoin(3, [letters('AB', abc), letters('BC', abc)], f)).toBe(false);
  });
});
