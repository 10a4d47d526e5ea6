import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeIndexes, loadWorkloadParser, parseWorkload, type Diagram, type IndexFinding } from '../../src/core/index';
import { diagram, fk, idx, tbl } from './build';

const shop: Diagram = diagram([
  tbl('users', ['id', ['email', 'varchar'], ['is_active', 'boolean'], ['created_at', 'timestamp'], ['country', 'varchar']]),
  tbl('orders', ['id', 'user_id', ['status', 'varchar'], ['total', 'decimal'], ['created_at', 'timestamp']], {
    foreignKeys: [fk('orders', ['user_id'], 'users')],
    checks: [{ id: 'k', expression: "status IN ('pending', 'paid', 'shipped')" }],
  }),
]);

const workload = (queries: string, d: Diagram = shop) => analyzeIndexes(d, { queries }).filter((f) => f.code === 'workload-index');
const cols = (f: IndexFinding | undefined) => f?.columns.map((c) => c.split('.').pop());
const include = (f: IndexFinding | undefined) => (f?.fix?.action === 'create' ? (f.fix.include ?? []) : []).map((c) => c.split('.').pop());

beforeAll(loadWorkloadParser);

describe('parsing the workload', () => {
  it('splits statements, keeps lines, numbers ? placeholders and reports parse errors', () => {
    const q = parseWorkload("SELECT 1;\n\nSELECT a FROM t WHERE b = ? AND c = '?';\nSELEC nope");
    expect(q.map((x) => x.line)).toEqual([1, 3, 4]);
    expect(q[1].sql).toBe("SELECT a FROM t WHERE b = $1 AND c = '?'");
    expect(q[1].hasParameters).toBe(true);
    expect(q[2].error).toBeTruthy();
    expect(parseWorkload('SELECT `a` FROM `my table` WHERE x = \'`\'')[0].sql).toBe('SELECT "a" FROM "my table" WHERE x = \'`\'');
    expect(analyzeIndexes(shop, { queries: 'SELEC nope' }).map((f) => f.code)).toEqual(['fk-without-index', 'query-unparsed']);
  });
  it('reports tables that are not in the model', () => {
    expect(analyzeIndexes(shop, { queries: 'SELECT a FROM ghosts WHERE a = 1' }).map((f) => f.code)).toContain('query-unknown-table');
    const withCte = analyzeIndexes(shop, { queries: 'WITH recent AS (SELECT id FROM orders WHERE created_at > $1) SELECT id FROM recent' });
    expect(withCte.map((f) => f.code)).not.toContain('query-unknown-table');
    expect(withCte.find((f) => f.code === 'workload-index')?.columns).toEqual(['orders.created_at']);
    expect(include(withCte.find((f) => f.code === 'workload-index'))).toEqual(['id']);
  });
});

describe('composite suggestions', () => {
  it('orders columns equality first, then range, then sort', () => {
    const [f] = workload("SELECT id FROM users WHERE country = 'FR' AND created_at > $1 AND email = $2");
    expect(cols(f)).toEqual(['country', 'email', 'created_at']);
    expect(include(f)).toEqual(['id']);
  });
  it('adds ORDER BY columns after equality, and not after a different range column', () => {
    const [sorted] = workload('SELECT email, country FROM users WHERE country = $1 ORDER BY created_at');
    expect(cols(sorted)).toEqual(['country', 'created_at']);
    expect(include(sorted)).toEqual(['email']);
    expect(cols(workload('SELECT * FROM users WHERE country = $1 AND id > 5 ORDER BY created_at')[0])).toEqual(['country', 'id']);
  });
  it('OR of equalities on one column counts as IN; OR across columns serves no single index', () => {
    expect(cols(workload("SELECT * FROM users WHERE country = 'FR' OR country = 'DE'")[0])).toEqual(['country']);
    expect(workload("SELECT id FROM users WHERE country = 'FR' OR email = 'x'")).toEqual([]);
  });
  it('IN lists count as equality, LIKE with a fixed prefix as a range', () => {
    expect(cols(workload("SELECT * FROM users WHERE email LIKE 'jo%' AND country IN ('FR', 'DE')")[0])).toEqual(['country', 'email']);
  });
  it('mixed sort directions become DESC key columns; all-DESC reads an ascending index backwards', () => {
    const [mixed] = workload('SELECT * FROM users WHERE country = $1 ORDER BY created_at DESC, email');
    expect(mixed.fix).toMatchObject({ descending: ['users.created_at'] });
    const [desc] = workload('SELECT * FROM users WHERE country = $1 ORDER BY created_at DESC');
    expect(desc.fix).not.toHaveProperty('descending');
  });
  it('proposes a covering index only when it adds few columns and the lookup is not by a unique key', () => {
    const [covering] = workload('SELECT total FROM orders WHERE created_at > $1');
    expect(cols(covering)).toEqual(['created_at']);
    expect(include(covering)).toEqual(['total']);
    expect(covering.message).toContain('orders(created_at) INCLUDE (total)');
    // MySQL has no INCLUDE: the covering column trails the key.
    const [mysql] = analyzeIndexes(shop, { queries: 'SELECT total FROM orders WHERE created_at > $1', dialect: 'mysql' }).filter((f) => f.code === 'workload-index');
    expect(cols(mysql)).toEqual(['created_at', 'total']);
    expect(mysql.fix).not.toHaveProperty('include');
    expect(workload('SELECT email FROM users WHERE id = $1')).toEqual([]);
    const [wide] = workload('SELECT id, email, is_active, country FROM users WHERE created_at > $1');
    expect(cols(wide)).toEqual(['created_at']);
    expect(include(wide)).toEqual([]);
  });
  it('partial index for active users (seed example): a boolean literal becomes the WHERE', () => {
    const [f] = workload('SELECT * FROM users WHERE email = $1 AND is_active = TRUE');
    expect(cols(f)).toEqual(['email']);
    expect(f.fix).toMatchObject({ action: 'create', where: 'is_active = true' });
    const [bare] = workload('SELECT * FROM users WHERE email = $1 AND is_active');
    expect(bare.fix).toMatchObject({ where: 'is_active' });
  });
  it('never suggests an index on low-cardinality columns alone', () => {
    expect(workload("SELECT * FROM orders WHERE status = 'paid'")).toEqual([]);
  });
  it('join columns index the inner side and fold the matching foreign-key suggestion', () => {
    const all = analyzeIndexes(shop, { queries: 'SELECT u.email, o.total FROM users u JOIN orders o ON o.user_id = u.id WHERE u.email = $1' });
    expect(all.filter((f) => f.code === 'fk-without-index')).toEqual([]);
    const orders = all.find((f) => f.code === 'workload-index' && f.tableName === 'orders');
    expect(cols(orders)?.[0]).toBe('user_id');
    expect(orders?.message).toMatch(/also covers the foreign key/);
    // users is probed by email; its primary key serves the join, and id rides along as a covering column.
    const users = all.find((f) => f.code === 'workload-index' && f.tableName === 'users');
    expect(cols(users)).toEqual(['email']);
    expect(include(users)).toEqual(['id']);
  });
  it('correlated subqueries index the inner table on the correlation column', () => {
    const f = workload('SELECT id FROM users u WHERE EXISTS (SELECT 1 FROM orders o WHERE o.user_id = u.id AND o.created_at > $1)');
    expect(cols(f.find((x) => x.tableName === 'orders'))).toEqual(['user_id', 'created_at']);
  });
  it('skips what an existing index or key already serves (leftmost prefix)', () => {
    const indexed: Diagram = { ...shop, tables: shop.tables.map((t) => (t.id === 'users' ? { ...t, indexes: [idx('users', ['country', 'email'])] } : t)) };
    expect(workload('SELECT * FROM users WHERE country = $1', indexed)).toEqual([]);
    expect(workload('SELECT * FROM users WHERE email = $1 AND country = $2', indexed)).toEqual([]);
    expect(workload('SELECT * FROM users WHERE email = $1', indexed)).toHaveLength(1);
  });
  it('merges candidates across queries when one is a leftmost prefix of another', () => {
    const f = workload('SELECT * FROM users WHERE country = $1;\nSELECT * FROM users WHERE country = $1 ORDER BY created_at');
    expect(f).toHaveLength(1);
    expect(f[0].queries).toEqual([0, 1]);
    expect(cols(f[0])).toEqual(['country', 'created_at']);
  });
  it('skips small tables and marks MySQL suggestions unverified', () => {
    expect(analyzeIndexes(shop, { queries: 'SELECT * FROM users WHERE email = $1', rowEstimates: { users: 100 } }).filter((f) => f.code === 'workload-index')).toEqual([]);
    expect(analyzeIndexes(shop, { queries: 'SELECT * FROM users WHERE email = $1', dialect: 'mysql' }).find((f) => f.code === 'workload-index')?.message).toMatch(/Unverified/);
  });
  it('UPDATE and DELETE find their rows through an index too', () => {
    expect(cols(workload("UPDATE orders SET status = 'paid' WHERE created_at < $1")[0])).toEqual(['created_at']);
    expect(cols(workload('DELETE FROM users WHERE country = $1')[0])).toEqual(['country']);
  });
  it('full-text predicates need a GIN index', () => {
    const d = diagram([tbl('docs', ['id', ['body', 'text']])]);
    const [f] = analyzeIndexes(d, { queries: "SELECT id FROM docs WHERE body @@ to_tsquery('cat')" });
    expect(f).toMatchObject({ code: 'text-search-without-index', fix: { method: 'gin' } });
  });
});
