import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeIndexes, loadWorkloadParser, type IndexFinding } from '../../src/core/index';
import { diagram, idx, tbl } from './build';

const d = diagram([
  tbl('users', ['id', ['email', 'varchar'], ['created_at', 'timestamp']], { indexes: [idx('users', ['email'])] }),
  tbl('orders', ['id', 'user_id', ['created_at', 'timestamp']]),
  tbl('products', ['id', ['category', 'varchar'], ['name', 'varchar'], 'price', 'stock']),
]);

const found = (sql: string): IndexFinding[] => analyzeIndexes(d, { queries: sql }).filter((f) => f.source === 'workload' && !f.fix);
const codes = (sql: string) => found(sql).map((f) => f.code);

beforeAll(loadWorkloadParser);

describe('query anti-patterns from the seed', () => {
  it('leading-wildcard LIKE, and not a prefix pattern', () => {
    expect(codes("SELECT id FROM users WHERE email LIKE '%@gmail.com'")).toEqual(['leading-wildcard-like']);
    expect(codes("SELECT id FROM users WHERE email LIKE 'john%'")).toEqual([]);
    expect(found("SELECT id FROM users WHERE email ILIKE '%x'")[0].rewrite).toMatch(/trgm|Anchor/);
  });
  it('OR on one column suggests IN; OR across columns suggests UNION ALL', () => {
    expect(codes("SELECT id FROM products WHERE category = 'Electronics' OR category = 'Books'")).toEqual(['or-same-column']);
    expect(found("SELECT id FROM products WHERE category = 'Electronics' OR category = 'Books'")[0].rewrite).toMatch(/IN \(/);
    expect(codes("SELECT id FROM products WHERE category = 'Books' OR price < 5")).toEqual(['or-across-columns']);
  });
  it('SELECT *', () => {
    expect(codes('SELECT * FROM products')).toEqual(['select-star']);
    expect(codes('SELECT id, name, price FROM products')).toEqual([]);
  });
  it('COUNT(*) > 0 instead of EXISTS, in both spellings', () => {
    expect(codes('SELECT id FROM users WHERE (SELECT COUNT(*) FROM orders WHERE user_id = users.id) > 0')).toEqual(['count-instead-of-exists']);
    expect(codes('SELECT id FROM users WHERE 0 < (SELECT COUNT(*) FROM orders WHERE user_id = users.id)')).toEqual(['count-instead-of-exists']);
    expect(codes('SELECT id FROM users WHERE EXISTS (SELECT 1 FROM orders WHERE user_id = users.id)')).toEqual([]);
  });
  it('UNION instead of UNION ALL', () => {
    expect(codes("SELECT name FROM products WHERE category = 'A' UNION SELECT name FROM products WHERE category = 'B'")).toEqual(['union-instead-of-union-all']);
    expect(codes("SELECT name FROM products WHERE category = 'A' UNION ALL SELECT name FROM products WHERE category = 'B'")).toEqual([]);
  });
  it('functions on indexed columns, with a range rewrite for dates', () => {
    const [f] = found("SELECT id FROM users WHERE lower(email) = 'a@b.c'");
    expect(f).toMatchObject({ code: 'function-on-column', tableName: 'users' });
    expect(f.message).toMatch(/its index/);
    expect(found("SELECT id FROM orders WHERE date(created_at) = '2024-01-01'")[0].rewrite).toMatch(/>= '2024-01-01' AND created_at < /);
  });
  it('large OFFSET suggests keyset pagination; a small one does not', () => {
    const [f] = found('SELECT id FROM products ORDER BY id LIMIT 20 OFFSET 100000');
    expect(f.code).toBe('large-offset');
    expect(f.rewrite).toMatch(/WHERE id > :last_seen_id ORDER BY id LIMIT/);
    expect(codes('SELECT id FROM products ORDER BY id LIMIT 20 OFFSET 40')).toEqual([]);
  });
  it('every finding cites the seed and names its query and line', () => {
    for (const f of found("SELECT * FROM users WHERE email LIKE '%x' OR id = 1 UNION SELECT * FROM users")) {
      expect(f.rule).toMatch(/Query Optimization/);
      expect(f.message).toMatch(/^Query #1 \(line 1\)/);
      expect(f.rewrite).toBeTruthy();
    }
  });
});
