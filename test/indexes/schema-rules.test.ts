import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeIndexes, applyIndexFix, ecommerceDiagram, restoreFromText, type IndexFinding } from '../../src/core/index';
import { diagram, fk, idx, tbl } from './build';

const codes = (findings: IndexFinding[]) => findings.map((f) => `${f.code} ${f.tableName}(${f.columns.map((c) => c.split('.').pop()).join(',')})`);

describe('ecommerce example', () => {
  const file = restoreFromText(readFileSync(new URL('../../examples/ecommerce.json', import.meta.url), 'utf8'));
  if (!file.ok) throw new Error('examples/ecommerce.json does not load');
  const findings = analyzeIndexes(file.diagram);
  const creates = findings.filter((f) => f.fix?.action === 'create').map((f) => `${f.tableName}(${f.columns.map((id) => file.diagram.tables.find((t) => t.id === f.table)?.columns.find((c) => c.id === id)?.name).join(',')})`);

  it('suggests orders(user_id) and order_items(product_id)', () => {
    expect(creates).toContain('orders(user_id)');
    expect(creates).toContain('order_items(product_id)');
  });
  it('does not suggest order_items(order_id): UNIQUE(order_id, product_id) covers that foreign key', () => {
    expect(creates).not.toContain('order_items(order_id)');
  });
  it('cites the rule and gives a reason', () => {
    for (const f of findings) {
      expect(f.rule).toMatch(/database-design\.md/);
      expect(f.message.length).toBeGreaterThan(20);
    }
  });
  it('the in-code example agrees with the file', () => {
    expect(codes(analyzeIndexes(ecommerceDiagram()))).toEqual(codes(findings));
  });
  it('applying every fix leaves nothing to suggest, and each fix is one pure edit', () => {
    let d = file.diagram;
    const before = JSON.stringify(d);
    for (const f of findings) if (f.fix) d = applyIndexFix(d, f.fix);
    expect(JSON.stringify(file.diagram)).toBe(before);
    expect(analyzeIndexes(d).filter((f) => f.fix)).toEqual([]);
    expect(d.tables.find((t) => t.name === 'orders')?.indexes[0]).toMatchObject({ name: 'idx_orders_user_id', unique: false, method: 'btree' });
  });
});

describe('fk-without-index', () => {
  const parent = tbl('users', ['id']);
  it('a composite foreign key is covered by an index whose leftmost columns are its columns, in any order', () => {
    const child = tbl('memberships', ['id', 'a', 'b', 'c'], { foreignKeys: [fk('memberships', ['a', 'b'], 'users', ['id', 'id'])], indexes: [idx('memberships', ['b', 'a', 'c'])] });
    expect(analyzeIndexes(diagram([parent, child])).filter((f) => f.code === 'fk-without-index')).toEqual([]);
  });
  it('a non-leftmost position or a partial index does not cover it', () => {
    const child = tbl('orders', ['id', 'status', 'user_id'], { foreignKeys: [fk('orders', ['user_id'], 'users')], indexes: [idx('orders', ['status', 'user_id']), idx('orders', ['user_id'], { where: 'status = 1' })] });
    expect(codes(analyzeIndexes(diagram([parent, child])))).toContain('fk-without-index orders(user_id)');
  });
  it('the primary key covers a foreign key on its leading column', () => {
    const child = tbl('profiles', ['user_id', 'x'], { primaryKey: { columns: ['profiles.user_id', 'profiles.x'] }, foreignKeys: [fk('profiles', ['user_id'], 'users')] });
    expect(analyzeIndexes(diagram([parent, child]))).toEqual([]);
  });
  it('small tables (by the user estimate) need none', () => {
    const child = tbl('orders', ['id', 'user_id'], { foreignKeys: [fk('orders', ['user_id'], 'users')] });
    expect(analyzeIndexes(diagram([parent, child]), { rowEstimates: { orders: 50 } })).toEqual([]);
    expect(analyzeIndexes(diagram([parent, child]), { rowEstimates: { orders: 50_000 } })).toHaveLength(1);
  });
  it('suggested names are unique across the diagram', () => {
    const a = tbl('orders', ['id', 'user_id'], { foreignKeys: [fk('orders', ['user_id'], 'users')], indexes: [idx('orders', ['id'], { name: 'idx_orders_user_id', unique: true })] });
    const names = analyzeIndexes(diagram([parent, a])).flatMap((f) => (f.fix?.action === 'create' ? [f.fix.name] : []));
    expect(names).toContain('idx_orders_user_id_2');
  });
});

describe('duplicate and redundant indexes', () => {
  it('flags an exact duplicate and keeps the unique twin', () => {
    const t = tbl('t', ['id', 'a'], { indexes: [idx('t', ['a']), idx('t', ['a'], { unique: true })] });
    const f = analyzeIndexes(diagram([t]));
    expect(codes(f)).toEqual(['duplicate-index t(a)']);
    expect(f[0].fix).toMatchObject({ action: 'drop', indexId: 'idx:t:a' });
  });
  it('of two identical plain indexes the second goes', () => {
    const t = tbl('t', ['id', 'a', 'b'], { indexes: [idx('t', ['a', 'b'], { name: 'first' }), idx('t', ['a', 'b'], { name: 'second' })] });
    const f = analyzeIndexes(diagram([t]));
    expect(f.map((x) => x.fix?.action === 'drop' && x.fix.name)).toEqual(['second']);
  });
  it('flags a leftmost prefix of a composite index (composite leftmost prefix, seed example)', () => {
    const t = tbl('orders', ['id', 'user_id', 'status'], { indexes: [idx('orders', ['user_id', 'status']), idx('orders', ['user_id'])] });
    expect(codes(analyzeIndexes(diagram([t])))).toEqual(['redundant-index orders(user_id)']);
  });
  it('a prefix of a unique constraint is redundant too', () => {
    const t = tbl('oi', ['id', 'order_id', 'product_id'], { uniques: [{ id: 'u', columns: ['oi.order_id', 'oi.product_id'] }], indexes: [idx('oi', ['order_id'])] });
    expect(codes(analyzeIndexes(diagram([t])))).toEqual(['redundant-index oi(order_id)']);
  });
  it('a non-prefix, a unique prefix, a different method or a different WHERE is not redundant', () => {
    const t = tbl('t', ['id', 'a', 'b'], {
      indexes: [idx('t', ['a', 'b']), idx('t', ['b']), idx('t', ['a'], { unique: true }), idx('t', ['a'], { method: 'hash' }), idx('t', ['a'], { where: 'b > 0' })],
    });
    expect(analyzeIndexes(diagram([t]))).toEqual([]);
  });
  it('an index whose INCLUDE columns the other index does not hold is neither duplicate nor redundant', () => {
    const t = tbl('t', ['id', 'a', 'b', 'c'], { indexes: [idx('t', ['a', 'b']), idx('t', ['a'], { name: 'covering', include: ['t.c'] }), idx('t', ['a', 'b'], { name: 'twin', include: ['t.c'] })] });
    // (a) INCLUDE (c) is a prefix of (a, b) INCLUDE (c), which holds c; the plain (a, b) is not its duplicate.
    expect(analyzeIndexes(diagram([t])).map((f) => `${f.code} ${f.fix?.action === 'drop' ? f.fix.name : ''}`)).toEqual(['redundant-index covering']);
    const lone = tbl('t', ['id', 'a', 'b', 'c'], { indexes: [idx('t', ['a', 'b']), idx('t', ['a'], { include: ['t.c'] })] });
    expect(analyzeIndexes(diagram([lone]))).toEqual([]);
    const held = tbl('t', ['id', 'a', 'b'], { indexes: [idx('t', ['a', 'b']), idx('t', ['a'], { include: ['t.b'] })] });
    expect(codes(analyzeIndexes(diagram([held])))).toEqual(['redundant-index t(a)']);
  });
});

describe('index-duplicates-constraint', () => {
  it('an index on the primary key or a unique constraint is dropped', () => {
    const t = tbl('t', ['id', ['email', 'varchar', { unique: true }], 'a', 'b'], { uniques: [{ id: 'u', columns: ['t.a', 't.b'] }], indexes: [idx('t', ['id']), idx('t', ['email'], { unique: true }), idx('t', ['a', 'b'])] });
    expect(codes(analyzeIndexes(diagram([t])))).toEqual(['index-duplicates-constraint t(id)', 'index-duplicates-constraint t(email)', 'index-duplicates-constraint t(a,b)']);
  });
  it('the same columns in another order serve other lookups and stay', () => {
    const t = tbl('t', ['id', 'a', 'b'], { uniques: [{ id: 'u', columns: ['t.a', 't.b'] }], indexes: [idx('t', ['b', 'a'])] });
    expect(analyzeIndexes(diagram([t]))).toEqual([]);
  });
});

describe('low-cardinality-index', () => {
  const enums = [{ id: 'e', name: 'gender', values: ['M', 'F', 'Other'] }];
  it('flags booleans, small enums and CHECK IN lists; not a partial index or a selective column', () => {
    const t = tbl('users', ['id', ['is_active', 'boolean'], ['gender', { name: 'enum' }, { enumId: 'e' }], ['status', 'varchar'], ['email', 'varchar']], {
      checks: [{ id: 'k', expression: "status IN ('a', 'b', 'c')" }],
      indexes: [idx('users', ['is_active']), idx('users', ['gender']), idx('users', ['status']), idx('users', ['email'], { where: 'is_active = TRUE' }), idx('users', ['email', 'gender'])],
    });
    expect(codes(analyzeIndexes(diagram([t], { enums })))).toEqual(['low-cardinality-index users(is_active)', 'low-cardinality-index users(gender)', 'low-cardinality-index users(status)']);
  });
  it('an enum above the threshold is not low-cardinality', () => {
    const t = tbl('t', ['id', ['g', { name: 'enum' }, { enumId: 'e' }]], { indexes: [idx('t', ['g'])] });
    expect(analyzeIndexes(diagram([t], { enums }), { lowCardinalityValues: 2 })).toEqual([]);
  });
});

describe('too-many-indexes', () => {
  const t = tbl('wide', ['id', 'a', 'b', 'c', 'd'], { indexes: ['a', 'b', 'c', 'd'].map((c) => idx('wide', [c])), uniques: [{ id: 'u', columns: ['wide.a', 'wide.b'] }] });
  it('counts indexes and unique constraints against the configurable limit', () => {
    expect(codes(analyzeIndexes(diagram([t]), { maxIndexesPerTable: 4 }))).toContain('too-many-indexes wide()');
    expect(codes(analyzeIndexes(diagram([t]), { maxIndexesPerTable: 5 }))).not.toContain('too-many-indexes wide()');
  });
});

describe('text-search-without-index (GIN for full-text, seed example)', () => {
  const products = tbl('products', ['id', ['name', 'varchar'], ['search_vector', 'tsvector']]);
  it('suggests GIN for PostgreSQL and FULLTEXT for MySQL', () => {
    expect(analyzeIndexes(diagram([products]))[0]).toMatchObject({ code: 'text-search-without-index', fix: { action: 'create', method: 'gin', columns: ['products.search_vector'], name: 'idx_products_search_vector' } });
    expect(analyzeIndexes(diagram([products]), { dialect: 'mysql' })[0].fix).toMatchObject({ method: 'fulltext' });
  });
  it('a GIN index satisfies it', () => {
    const indexed = { ...products, indexes: [idx('products', ['search_vector'], { method: 'gin' })] };
    expect(analyzeIndexes(diagram([indexed]))).toEqual([]);
  });
});

describe('small-table-index', () => {
  const settings = tbl('settings', ['id', ['key', 'varchar']], { indexes: [idx('settings', ['key']), idx('settings', ['id', 'key'], { unique: true })] });
  it('flags plain indexes on tables the user estimated as small, only then', () => {
    expect(codes(analyzeIndexes(diagram([settings]), { rowEstimates: { settings: 10 } }))).toEqual(['small-table-index settings(key)']);
    expect(analyzeIndexes(diagram([settings]))).toEqual([]);
  });
  it('reads row estimates from the diagram workload', () => {
    expect(analyzeIndexes(diagram([settings], { workload: { queries: '', rowEstimates: { settings: 10 } } }))).toHaveLength(1);
  });
});

describe('applyIndexFix', () => {
  it('drops by id and creates with order and WHERE; unknown ids change nothing', () => {
    const t = tbl('t', ['id', 'a', 'b'], { indexes: [idx('t', ['a'])] });
    const d = diagram([t]);
    expect(applyIndexFix(d, { action: 'drop', tableId: 't', indexId: 'idx:t:a', columns: ['t.a'], unique: false, method: 'btree' }).tables[0].indexes).toEqual([]);
    expect(applyIndexFix(d, { action: 'drop', tableId: 'nope', indexId: 'x', columns: [], unique: false, method: 'btree' })).toBe(d);
    const created = applyIndexFix(d, { action: 'create', tableId: 't', columns: ['t.a', 't.b'], descending: ['t.b'], unique: false, method: 'btree', where: 'a > 0', name: 'idx_t_a_b' });
    expect(created.tables[0].indexes[1]).toMatchObject({ name: 'idx_t_a_b', where: 'a > 0', columns: [{ columnId: 't.a', order: 'asc' }, { columnId: 't.b', order: 'desc' }] });
    expect(applyIndexFix(d, { action: 'create', tableId: 't', columns: ['t.zzz'], unique: false, method: 'btree', name: 'x' })).toBe(d);
  });
});
