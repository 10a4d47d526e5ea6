import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../document/integrity';
import { importSql } from './import-sql';
import { mergeDiagrams } from './merge-diagram';

const open = async () =>
  (
    await importSql(
      `CREATE TYPE mood AS ENUM ('ok', 'bad');
CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL, m mood);
CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users (id), note text);`,
      { dialect: 'postgres', name: 'open' },
    )
  ).diagram;

const incoming = async () =>
  (
    await importSql(
      `CREATE TYPE mood AS ENUM ('ok', 'bad', 'meh');
CREATE TABLE users (id int PRIMARY KEY, name text, m mood);
CREATE TABLE invoices (id int PRIMARY KEY, user_id int REFERENCES users (id), m mood);
CREATE INDEX invoices_user ON invoices (user_id);`,
      { dialect: 'postgres', name: 'incoming' },
    )
  ).diagram;

describe('mergeDiagrams', () => {
  it("keeps the open diagram's tables and re-points imported foreign keys at them", async () => {
    const current = await open();
    const result = mergeDiagrams(current, await incoming(), 'keep');
    expect(checkIntegrity(result.diagram)).toEqual([]);
    expect(result.diagram.tables.map((t) => t.name)).toEqual(['users', 'orders', 'invoices']);
    expect(result.diagram.tables[0]).toBe(current.tables[0]);
    const invoices = result.diagram.tables[2];
    expect(invoices.foreignKeys[0].refTableId).toBe(current.tables[0].id);
    expect(invoices.columns[2].enumId).toBe(current.enums[0].id);
    expect(result.diagram.enums).toHaveLength(1);
    expect(result.conflicts.map((c) => c.kind)).toEqual(['enum', 'table']);
    expect(result).toMatchObject({ added: 1, replaced: 0 });
    // New tables go to the right of the open ones.
    expect(invoices.position.x).toBeGreaterThan(Math.max(...current.tables.map((t) => t.position.x)));
  });

  it('replaces a table keeping its id and same-named column ids; drops foreign keys that lost a column', async () => {
    const current = await open();
    const result = mergeDiagrams(current, await incoming(), 'replace');
    expect(checkIntegrity(result.diagram)).toEqual([]);
    const users = result.diagram.tables[0];
    expect(users.id).toBe(current.tables[0].id);
    expect(users.columns.map((c) => c.name)).toEqual(['id', 'name', 'm']);
    expect(users.columns[0].id).toBe(current.tables[0].columns[0].id);
    expect(result.diagram.enums[0].values).toEqual(['ok', 'bad', 'meh']);
    // orders.user_id still references users.id, which survived.
    expect(result.diagram.tables[1].foreignKeys).toHaveLength(1);
    expect(result).toMatchObject({ added: 1, replaced: 1 });
  });

  it('reports a foreign key dropped because the replaced table lost its column', async () => {
    const current = (await importSql('CREATE TABLE a (id int PRIMARY KEY, code text UNIQUE); CREATE TABLE b (a_code text REFERENCES a (code));', { dialect: 'postgres' })).diagram;
    const imported = (await importSql('CREATE TABLE a (id int PRIMARY KEY);', { dialect: 'postgres' })).diagram;
    const result = mergeDiagrams(current, imported, 'replace');
    expect(checkIntegrity(result.diagram)).toEqual([]);
    expect(result.diagram.tables[1].foreignKeys).toEqual([]);
    expect(result.conflicts.map((c) => c.kind)).toEqual(['table', 'foreign-key']);
  });
});
