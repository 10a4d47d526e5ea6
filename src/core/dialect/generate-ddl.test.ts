import { describe, expect, it } from 'vitest';
import type { Column, Diagram, Table } from '../model/types';
import { generateDdl } from './generate-ddl';

function column(id: string, name: string, type: Column['type'], extra: Partial<Column> = {}): Column {
  return { id, name, type, nullable: true, ...extra };
}

function table(id: string, name: string, columns: Column[], extra: Partial<Table> = {}): Table {
  return { id, name, position: { x: 0, y: 0 }, columns, uniques: [], checks: [], indexes: [], foreignKeys: [], ...extra };
}

function diagram(tables: Table[], extra: Partial<Diagram> = {}): Diagram {
  return { id: 'd', name: 'Test', tables, enums: [], notes: [], groups: [], ...extra };
}

const int = { name: 'integer' };

describe('generateDdl: identifiers', () => {
  it('quotes reserved words, upper case (PostgreSQL) and odd characters, and leaves plain names bare', () => {
    const d = diagram([table('t', 'order', [column('a', 'select', int), column('b', 'Name', int), column('c', 'plain_name', int), column('d', 'e-mail', int)])]);
    const pg = generateDdl(d, 'postgres').sql;
    expect(pg).toContain('CREATE TABLE "order" (');
    expect(pg).toContain('"select" INTEGER');
    expect(pg).toContain('"Name" INTEGER');
    expect(pg).toContain('plain_name INTEGER');
    expect(pg).toContain('"e-mail" INTEGER');
    const my = generateDdl(d, 'mysql').sql;
    expect(my).toContain('CREATE TABLE `order` (');
    expect(my).toContain('`select` INT');
    // MySQL column names are case-insensitive, so case alone needs no quotes.
    expect(my).toContain('  Name INT');
    expect(my).toContain('`e-mail` INT');
  });

  it('quotes every identifier with quoteIdentifiers: always', () => {
    const d = diagram([table('t', 'users', [column('a', 'id', int)])]);
    expect(generateDdl(d, 'postgres', { quoteIdentifiers: 'always' }).sql).toContain('CREATE TABLE "users" (\n  "id" INTEGER');
    expect(generateDdl(d, 'mysql', { quoteIdentifiers: 'always' }).sql).toContain('CREATE TABLE `users` (\n  `id` INT');
  });

  it('doubles the quote character inside names so no name can leave its quotes', () => {
    const d = diagram([table('t', 'a"b`c', [column('a', 'x"); DROP TABLE users; --', int)])]);
    expect(generateDdl(d, 'postgres').sql).toContain('CREATE TABLE "a""b`c" (\n  "x""); DROP TABLE users; --" INTEGER');
    expect(generateDdl(d, 'mysql').sql).toContain('CREATE TABLE `a"b``c` (\n  `x"); DROP TABLE users; --` INT');
  });

  it('warns about names the dialect cannot hold', () => {
    const long = 'x'.repeat(64);
    const d = diagram([table('t', long, [column('a', 'trailing ', int), column('b', '🎉', int), column('c', 'A', int), column('d', 'a', int)])]);
    const pg = generateDdl(d, 'postgres').warnings;
    expect(pg).toContainEqual(expect.objectContaining({ code: 'identifier-too-long', table: long }));
    expect(pg.filter((w) => w.code === 'duplicate-name')).toEqual([]);
    const my = generateDdl(d, 'mysql').warnings;
    expect(my).toContainEqual(expect.objectContaining({ code: 'identifier-invalid', column: 'trailing ' }));
    expect(my).toContainEqual(expect.objectContaining({ code: 'identifier-invalid', column: '🎉' }));
    expect(my).toContainEqual(expect.objectContaining({ code: 'duplicate-name', column: 'a' }));
  });
});

describe('generateDdl: literals and defaults', () => {
  const d = diagram([
    table('t', 't', [
      column('a', 's', { name: 'varchar', length: 50 }, { default: { kind: 'literal', value: "it's a \\ back\nslash" } }),
      column('b', 'flag', { name: 'boolean' }, { default: { kind: 'literal', value: true } }),
      column('c', 'n', int, { default: { kind: 'literal', value: -5 } }),
      column('d', 'created', { name: 'timestamp', precision: 3 }, { default: { kind: 'expression', sql: 'CURRENT_TIMESTAMP' } }),
      column('e', 'uid', { name: 'uuid' }, { default: { kind: 'expression', sql: 'gen_random_uuid()' } }),
      column('f', 'body', { name: 'text' }, { default: { kind: 'literal', value: 'hi' } }),
    ]),
  ]);

  it('escapes string literals per dialect (PostgreSQL: quotes doubled; MySQL: backslashes too)', () => {
    expect(generateDdl(d, 'postgres').sql).toContain("DEFAULT 'it''s a \\ back\nslash'");
    expect(generateDdl(d, 'mysql').sql).toContain("DEFAULT 'it''s a \\\\ back\nslash'");
  });

  it('writes booleans, numbers and expressions the way each dialect takes them', () => {
    const pg = generateDdl(d, 'postgres').sql;
    expect(pg).toContain('flag BOOLEAN DEFAULT TRUE');
    expect(pg).toContain('n INTEGER DEFAULT -5');
    expect(pg).toContain('created TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP');
    expect(pg).toContain('uid UUID DEFAULT gen_random_uuid()');
    const my = generateDdl(d, 'mysql');
    expect(my.sql).toContain('flag TINYINT(1) DEFAULT 1');
    expect(my.sql).toContain('created DATETIME(3) DEFAULT CURRENT_TIMESTAMP(3)');
    expect(my.sql).toContain('uid CHAR(36) DEFAULT (UUID())');
    expect(my.sql).toContain("body TEXT DEFAULT ('hi')");
    expect(my.warnings).toContainEqual(expect.objectContaining({ code: 'default-translated', table: 't', column: 'uid' }));
  });

  it('leaves out expressions that could end the statement, with a warning', () => {
    const bad = diagram([
      table('t', 't', [column('a', 'x', int, { default: { kind: 'expression', sql: '1); DROP TABLE users; --' } })], {
        checks: [{ id: 'k', expression: "x > 0 -- sneaky" }],
      }),
    ]);
    for (const dialect of ['postgres', 'mysql'] as const) {
      const result = generateDdl(bad, dialect);
      expect(result.sql).not.toContain('DROP TABLE users');
      expect(result.sql).not.toContain('sneaky');
      expect(result.warnings.filter((w) => w.code === 'expression-unsafe')).toHaveLength(2);
    }
  });

  it('leaves out defaults the column can never hold: NULL on NOT NULL, a value outside the enum', () => {
    const d2 = diagram([table('t', 't', [column('a', 'n', int, { nullable: false, default: { kind: 'literal', value: null } }), column('b', 's', { name: 'enum' }, { enumId: 'e', default: { kind: 'literal', value: 'nope' } })])], {
      enums: [{ id: 'e', name: 'state', values: ['on', 'off'] }],
    });
    for (const dialect of ['postgres', 'mysql'] as const) {
      const result = generateDdl(d2, dialect);
      expect(result.sql).not.toMatch(/ DEFAULT (NULL|'nope')/);
      expect(result.warnings.filter((w) => w.code === 'default-dropped').map((w) => w.column)).toEqual(['n', 's']);
    }
  });

  it('leaves out a default longer than the column holds', () => {
    const d2 = diagram([table('t', 't', [column('a', 'code', { name: 'varchar', length: 3 }, { default: { kind: 'literal', value: 'toolong' } })])]);
    const result = generateDdl(d2, 'mysql');
    expect(result.sql).not.toContain('toolong');
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'default-dropped', column: 'code' }));
  });
});

describe('generateDdl: types', () => {
  it('maps identity kinds: SERIAL and GENERATED ... AS IDENTITY vs AUTO_INCREMENT', () => {
    const d = diagram([
      table('a', 'a', [column('a1', 'id', { name: 'bigint' }, { nullable: false, identity: 'serial' })], { primaryKey: { columns: ['a1'] } }),
      table('b', 'b', [column('b1', 'id', int, { nullable: false, identity: 'always' })], { primaryKey: { columns: ['b1'] } }),
      table('c', 'c', [column('c1', 'id', int, { nullable: false, identity: 'by-default' })], { primaryKey: { columns: ['c1'] } }),
    ]);
    const pg = generateDdl(d, 'postgres').sql;
    expect(pg).toContain('id BIGSERIAL PRIMARY KEY');
    expect(pg).toContain('id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY');
    expect(pg).toContain('id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY');
    const my = generateDdl(d, 'mysql').sql;
    expect(my).toContain('id BIGINT AUTO_INCREMENT PRIMARY KEY');
    expect(my).toContain('id INT AUTO_INCREMENT PRIMARY KEY');
  });

  it('warns about identity on a non-integer column and about a second AUTO_INCREMENT', () => {
    const d = diagram([table('t', 't', [column('a', 'id', { name: 'text' }, { identity: 'serial' }), column('b', 'n1', int, { identity: 'always' }), column('c', 'n2', int, { identity: 'always' })], { primaryKey: { columns: ['b'] } })]);
    expect(generateDdl(d, 'postgres').warnings).toContainEqual(expect.objectContaining({ code: 'identity-invalid', column: 'id' }));
    const my = generateDdl(d, 'mysql');
    expect(my.warnings).toContainEqual(expect.objectContaining({ code: 'identity-invalid', column: 'n2' }));
    expect(my.sql.match(/AUTO_INCREMENT/g)).toHaveLength(1);
  });

  it('writes enums as CREATE TYPE (PostgreSQL, before the tables) and inline ENUM (MySQL)', () => {
    const d = diagram([table('t', 't', [column('a', 'status', { name: 'enum' }, { enumId: 'e' })])], { enums: [{ id: 'e', name: 'Status', values: ['new', "it's"] }] });
    const pg = generateDdl(d, 'postgres');
    expect(pg.statements[0]).toBe(`CREATE TYPE "Status" AS ENUM ('new', 'it''s');`);
    expect(pg.sql).toContain('status "Status"');
    expect(generateDdl(d, 'mysql').sql).toContain("status ENUM('new', 'it''s')");
  });

  it('writes arrays in PostgreSQL and warns in MySQL, naming table and column', () => {
    const d = diagram([table('t', 'posts', [column('a', 'tags', { name: 'text', arrayDimensions: 2 })])]);
    expect(generateDdl(d, 'postgres').sql).toContain('tags TEXT[][]');
    const my = generateDdl(d, 'mysql');
    expect(my.sql).toContain('tags JSON');
    expect(my.warnings).toContainEqual(expect.objectContaining({ code: 'array-unsupported', severity: 'warning', table: 'posts', column: 'tags' }));
  });

  it('passes types the model does not know through to their dialect and warns in the other', () => {
    const d = diagram([table('t', 't', [column('a', 'ip', { name: 'inet' }), column('b', 'doc', { name: 'tsvector' }), column('c', 'shape', { name: 'geometry' }), column('d', 'odd', { name: 'frobnicator' })])]);
    const pg = generateDdl(d, 'postgres');
    expect(pg.sql).toContain('ip inet');
    expect(pg.sql).toContain('doc tsvector');
    expect(pg.sql).toContain('shape geometry');
    expect(pg.warnings.map((w) => [w.code, w.column])).toEqual([
      ['type-needs-extension', 'shape'],
      ['type-unknown', 'odd'],
    ]);
    const my = generateDdl(d, 'mysql');
    expect(my.sql).toContain('ip VARCHAR(43)');
    expect(my.sql).toContain('doc TEXT');
    expect(my.sql).toContain('shape geometry');
    expect(my.warnings.map((w) => [w.code, w.column])).toEqual([
      ['type-translated', 'ip'],
      ['type-translated', 'doc'],
      ['type-unknown', 'odd'],
    ]);
  });

  it('writes MySQL unsigned types with AUTO_INCREMENT and FLOAT(M,D); PostgreSQL widens unsigned integers, naming table and column', () => {
    const d = diagram([
      table('t', 'posts', [
        column('a', 'id', { name: 'bigint unsigned' }, { nullable: false, identity: 'serial' }),
        column('b', 'views', { name: 'int unsigned' }),
        column('c', 'author', { name: 'bigint unsigned' }),
        column('d', 'flags', { name: 'tinyint unsigned' }),
        column('e', 'price', { name: 'decimal unsigned', precision: 10, scale: 2 }),
        column('f', 'score', { name: 'real', precision: 10, scale: 2 }),
        column('g', 'hash', { name: 'binary(32)' }),
      ], { primaryKey: { columns: ['a'] } }),
    ]);
    const my = generateDdl(d, 'mysql');
    expect(my.sql).toContain('id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY');
    expect(my.sql).toContain('views INT UNSIGNED');
    expect(my.sql).toContain('flags TINYINT UNSIGNED');
    expect(my.sql).toContain('price DECIMAL(10, 2) UNSIGNED');
    expect(my.sql).toContain('score FLOAT(10, 2)');
    expect(my.sql).toContain('hash binary(32)');
    expect(my.warnings).toEqual([]);
    const pg = generateDdl(d, 'postgres');
    expect(pg.sql).toContain('id BIGSERIAL');
    expect(pg.sql).toContain('views BIGINT');
    expect(pg.sql).toContain('author NUMERIC(20, 0)');
    expect(pg.sql).toContain('flags SMALLINT');
    expect(pg.sql).toContain('price DECIMAL(10, 2)');
    expect(pg.sql).toContain('score REAL');
    expect(pg.sql).toContain('hash BYTEA');
    const unsigned = pg.warnings.filter((w) => w.code === 'type-translated' && w.severity === 'warning').map((w) => [w.table, w.column]);
    expect(unsigned).toEqual(['id', 'views', 'author', 'flags', 'price'].map((c) => ['posts', c]));
  });

  it('keeps a bigint unsigned that references an identity bigint unsigned as BIGINT in PostgreSQL, so the key types match', () => {
    const posts = table('p', 'posts', [column('p1', 'id', { name: 'bigint unsigned' }, { nullable: false, identity: 'serial' })], { primaryKey: { columns: ['p1'] } });
    const meta = table('m', 'postmeta', [column('m1', 'post_id', { name: 'bigint unsigned' }), column('m2', 'other', { name: 'bigint unsigned' })], {
      foreignKeys: [{ id: 'f', columns: ['m1'], refTableId: 'p', refColumns: ['p1'], onDelete: 'cascade', onUpdate: 'no-action' }],
    });
    const pg = generateDdl(diagram([posts, meta]), 'postgres');
    expect(pg.sql).toContain('post_id BIGINT');
    expect(pg.sql).toContain('other NUMERIC(20, 0)');
    expect(pg.warnings.filter((w) => w.code === 'fk-type-mismatch')).toEqual([]);
  });

  it('never pastes an unsafe type name', () => {
    const d = diagram([table('t', 't', [column('a', 'x', { name: 'int); DROP TABLE users; --' })])]);
    const result = generateDdl(d, 'postgres');
    expect(result.sql).not.toContain('DROP TABLE');
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'type-unsafe', column: 'x' }));
  });
});

describe('generateDdl: keys, indexes and order', () => {
  const users = table('u', 'users', [column('u1', 'id', int, { nullable: false }), column('u2', 'team_id', int)], {
    primaryKey: { columns: ['u1'] },
    foreignKeys: [{ id: 'f1', columns: ['u2'], refTableId: 'tm', refColumns: ['t1'], onDelete: 'set-default', onUpdate: 'cascade' }],
  });
  const teams = table('tm', 'teams', [column('t1', 'id', int, { nullable: false }), column('t2', 'owner_id', int), column('t3', 'name', { name: 'varchar', length: 40 })], {
    primaryKey: { columns: ['t1'] },
    foreignKeys: [{ id: 'f2', columns: ['t2'], refTableId: 'u', refColumns: ['u1'], onDelete: 'set-null', onUpdate: 'no-action' }],
    indexes: [{ id: 'i1', columns: [{ columnId: 't3', order: 'desc' }], unique: false, method: 'btree', where: 'owner_id IS NOT NULL' }],
  });

  it('creates tables in dependency order and closes a cycle with ALTER TABLE at the end', () => {
    const pg = generateDdl(diagram([users, teams]), 'postgres');
    const creates = pg.statements.filter((s) => s.startsWith('CREATE TABLE')).map((s) => /CREATE TABLE (\w+)/.exec(s)?.[1]);
    expect(creates).toEqual(['teams', 'users']);
    expect(pg.statements[pg.tableStatements.users]).toMatch(/^CREATE TABLE users \(/);
    expect(pg.statements.at(-1)).toBe('ALTER TABLE teams ADD FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE SET NULL;');
  });

  it('writes partial and DESC indexes in PostgreSQL; MySQL warns about the WHERE, naming table and column', () => {
    expect(generateDdl(diagram([users, teams]), 'postgres').sql).toContain('CREATE INDEX teams_name_idx ON teams (name DESC) WHERE (owner_id IS NOT NULL);');
    const my = generateDdl(diagram([users, teams]), 'mysql');
    expect(my.sql).toContain('KEY (name DESC)');
    expect(my.warnings).toContainEqual(expect.objectContaining({ code: 'partial-index-unsupported', table: 'teams', column: 'name' }));
  });

  it('writes INCLUDE columns in PostgreSQL (before WHERE); MySQL leaves them out with a warning naming table and index', () => {
    const orders = table('o', 'orders', [column('o1', 'id', int), column('o2', 'user_id', int), column('o3', 'total', int), column('o4', 'status', { name: 'varchar', length: 20 })], {
      indexes: [
        { id: 'x1', name: 'orders_user_idx', columns: [{ columnId: 'o2', order: 'asc' }], unique: false, method: 'btree', include: ['o3', 'o4'], where: "status <> 'void'" },
        { id: 'x2', name: 'orders_total_hash', columns: [{ columnId: 'o3', order: 'asc' }], unique: false, method: 'hash', include: ['o1'] },
      ],
    });
    const pg = generateDdl(diagram([orders]), 'postgres');
    expect(pg.sql).toContain("CREATE INDEX orders_user_idx ON orders (user_id) INCLUDE (total, status) WHERE (status <> 'void');");
    // A hash index cannot carry INCLUDE columns.
    expect(pg.sql).toContain('CREATE INDEX orders_total_hash ON orders USING hash (total);');
    expect(pg.warnings).toContainEqual(expect.objectContaining({ code: 'include-unsupported', table: 'orders' }));
    const my = generateDdl(diagram([orders]), 'mysql');
    expect(my.sql).toContain('KEY orders_user_idx (user_id)');
    expect(my.sql).not.toContain('INCLUDE');
    const warning = my.warnings.find((w) => w.code === 'include-unsupported' && w.message.includes('orders_user_idx'));
    expect(warning).toMatchObject({ severity: 'warning', table: 'orders', column: 'total' });
    expect(warning?.message).toMatch(/orders_user_idx on orders: MySQL has no INCLUDE columns; INCLUDE \(total, status\) is left out/);
  });

  it('warns that MySQL rejects ON DELETE SET DEFAULT and leaves it out', () => {
    const my = generateDdl(diagram([users, teams]), 'mysql');
    expect(my.sql).not.toContain('SET DEFAULT');
    expect(my.sql).toContain('ON UPDATE CASCADE');
    expect(my.warnings).toContainEqual(expect.objectContaining({ code: 'fk-action-unsupported', table: 'users' }));
  });

  it('leaves out a foreign key whose target is not a key, with a warning', () => {
    const bad = { ...teams, foreignKeys: [{ id: 'f3', columns: ['t2'], refTableId: 'u', refColumns: ['u2'], onDelete: 'no-action' as const, onUpdate: 'no-action' as const }] };
    const result = generateDdl(diagram([users, bad]), 'postgres');
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'fk-invalid', table: 'teams' }));
    expect(result.sql).not.toContain('REFERENCES users (team_id)');
  });

  it('drops first and guards re-runs by option', () => {
    const d = diagram([users, teams]);
    const pg = generateDdl(d, 'postgres', { dropFirst: true, ifNotExists: true });
    expect(pg.statements.slice(0, 2)).toEqual(['DROP TABLE IF EXISTS users CASCADE;', 'DROP TABLE IF EXISTS teams CASCADE;']);
    expect(pg.sql).toContain('CREATE TABLE IF NOT EXISTS teams');
    expect(pg.sql).toContain('CREATE INDEX IF NOT EXISTS teams_name_idx');
    expect(pg.statements.at(-1)).toMatch(/^DO \$erd\$\nBEGIN\nALTER TABLE teams ADD CONSTRAINT teams_owner_id_fkey FOREIGN KEY/);
    const my = generateDdl(d, 'mysql', { dropFirst: true });
    expect(my.statements.slice(0, 4)).toEqual(['SET FOREIGN_KEY_CHECKS = 0;', 'DROP TABLE IF EXISTS users;', 'DROP TABLE IF EXISTS teams;', 'SET FOREIGN_KEY_CHECKS = 1;']);
  });

  it('writes schema-qualified names and creates the schemas', () => {
    const d = diagram([{ ...teams, schema: 'Sales', foreignKeys: [] }]);
    const pg = generateDdl(d, 'postgres', { schemaQualified: true });
    expect(pg.statements[0]).toBe('CREATE SCHEMA IF NOT EXISTS "Sales";');
    expect(pg.sql).toContain('CREATE TABLE "Sales".teams (');
    expect(generateDdl(d, 'postgres').sql).toContain('CREATE TABLE teams (');
  });

  it('leaves out, in MySQL only, a CHECK on a column that a cascading foreign key changes', () => {
    const child = table('c', 'child', [column('c1', 'parent_id', int), column('c2', 'parent_id x', int)], {
      checks: [
        { id: 'k1', expression: 'parent_id > 0' },
        { id: 'k2', expression: '`parent_id x` > 0' },
      ],
      foreignKeys: [{ id: 'f', columns: ['c1'], refTableId: 'u', refColumns: ['u1'], onDelete: 'cascade', onUpdate: 'no-action' }],
    });
    const d = diagram([users, child]);
    const my = generateDdl(d, 'mysql');
    expect(my.sql).not.toContain('CHECK (parent_id > 0)');
    expect(my.sql).toContain('CHECK (`parent_id x` > 0)');
    expect(my.warnings).toContainEqual(expect.objectContaining({ code: 'check-conflict', table: 'child', column: 'parent_id' }));
    expect(generateDdl(d, 'postgres').sql).toContain('CHECK (parent_id > 0)');
  });

  it('names unnamed MySQL foreign keys whose default name would pass 64 characters', () => {
    const long = 'l'.repeat(60);
    const d = diagram([table('p', long, [column('p1', 'id', int, { nullable: false }), column('p2', 'parent', int)], { primaryKey: { columns: ['p1'] }, foreignKeys: [{ id: 'f', columns: ['p2'], refTableId: 'p', refColumns: ['p1'], onDelete: 'no-action', onUpdate: 'no-action' }] })]);
    expect(generateDdl(d, 'mysql').sql).toContain(`CONSTRAINT ${'l'.repeat(57)}_ibfk_1 FOREIGN KEY`);
  });

  it('adds MySQL table options and inline comments; PostgreSQL uses COMMENT ON', () => {
    const d = diagram([table('t', 't', [column('a', 'x', int, { comment: "it's" })], { comment: 'Table \\ note' })]);
    expect(generateDdl(d, 'mysql').sql).toContain("x INT COMMENT 'it''s'\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Table \\\\ note';");
    const pg = generateDdl(d, 'postgres');
    expect(pg.statements).toContain("COMMENT ON TABLE t IS 'Table \\ note';");
    expect(pg.statements).toContain("COMMENT ON COLUMN t.x IS 'it''s';");
  });

  it('writes NO ACTION out in MySQL (MariaDB reports an omitted action as RESTRICT)', () => {
    const my = generateDdl(diagram([users, teams]), 'mysql');
    expect(my.sql).toContain('ADD FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE SET NULL ON UPDATE NO ACTION;');
  });

  it('renames a PostgreSQL index or unique constraint whose name another table already uses, and drops MySQL zero-date defaults', () => {
    const meta = (id: string, name: string) =>
      table(id, name, [column(`${id}1`, 'meta_key', { name: 'varchar', length: 40 }), column(`${id}2`, 'at', { name: 'timestamp' }, { default: { kind: 'literal', value: '0000-00-00 00:00:00' } })], {
        indexes: [{ id: `${id}i`, name: 'meta_key', columns: [{ columnId: `${id}1`, order: 'asc' }], unique: false, method: 'btree' }],
        uniques: [{ id: `${id}u`, name: 'uniqueness', columns: [`${id}1`, `${id}2`] }],
      });
    const pg = generateDdl(diagram([meta('a', 'postmeta'), meta('b', 'usermeta')]), 'postgres');
    expect(pg.statements).toContain('CREATE INDEX meta_key ON postmeta (meta_key);');
    expect(pg.statements).toContain('CREATE INDEX usermeta_meta_key ON usermeta (meta_key);');
    expect(pg.sql).toContain('CONSTRAINT usermeta_uniqueness UNIQUE');
    expect(pg.sql).not.toContain('0000-00-00');
    expect(pg.warnings.filter((w) => w.code === 'duplicate-name').map((w) => w.table)).toEqual(['usermeta', 'usermeta']);
    expect(pg.warnings.filter((w) => w.code === 'default-dropped').map((w) => [w.table, w.column])).toEqual([
      ['postmeta', 'at'],
      ['usermeta', 'at'],
    ]);
    expect(generateDdl(diagram([meta('a', 'postmeta')]), 'mysql').sql).toContain("'0000-00-00 00:00:00'");
  });

  it('is deterministic', () => {
    const d = diagram([users, teams]);
    expect(generateDdl(d, 'mysql')).toEqual(generateDdl(d, 'mysql'));
  });
});
