import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../document/integrity';
import { exportDbml } from '../../export/dbml';
import type { Diagram } from '../../model/types';
import { importSql } from '../import-sql';
import { importDbml } from './import-dbml';

const DBML = `Enum status {
  active
  inactive
}

Table users [headercolor: #3498DB, note: 'People'] {
  id integer [pk, increment]
  email varchar(255) [not null, unique, note: 'login']
  st status [default: 'active']
  created timestamp [default: \`now()\`]
  score numeric(10,2) [default: 1.5]
  indexes {
    (email, st) [unique, name: 'users_email_st']
    created [type: hash]
    \`lower(email)\`
  }
}

Table billing.invoices {
  id int [pk]
  user_id int [ref: > users.id]
  amount int
}

Ref invoice_user: billing.invoices.amount > users.id [delete: cascade]

TableGroup people {
  users
  billing.invoices
}
`;

/** A name-based summary of a diagram, ids left out, for comparing two imports. */
function summary(d: Diagram) {
  return d.tables.map((t) => {
    const name = (id: string) => t.columns.find((c) => c.id === id)?.name;
    return {
      table: `${t.schema ?? ''}.${t.name}`,
      comment: t.comment,
      columns: t.columns.map((c) => [c.name, c.type, c.nullable, c.default, c.identity, c.unique, c.comment, d.enums.find((e) => e.id === c.enumId)?.name]),
      pk: t.primaryKey?.columns.map(name),
      indexes: t.indexes.map((i) => [i.name, i.unique, i.method, i.columns.map((c) => name(c.columnId))]),
      fks: t.foreignKeys.map((f) => [f.columns.map(name), d.tables.find((p) => p.id === f.refTableId)?.name, f.onDelete]),
    };
  });
}

describe('DBML', () => {
  it('imports tables, enums, defaults, indexes and refs with @dbml/core', async () => {
    const { diagram, errors, notices } = await importDbml(DBML);
    expect(errors).toEqual([]);
    expect(checkIntegrity(diagram)).toEqual([]);
    const users = diagram.tables[0];
    expect(users).toMatchObject({ name: 'users', comment: 'People' });
    expect(users.columns.map((c) => c.name)).toEqual(['id', 'email', 'st', 'created', 'score']);
    expect(users.columns[0]).toMatchObject({ identity: 'serial', nullable: false });
    expect(users.columns[1]).toMatchObject({ type: { name: 'varchar', length: 255 }, unique: true, nullable: false, comment: 'login' });
    expect(users.columns[2]).toMatchObject({ type: { name: 'enum' }, enumId: diagram.enums[0].id, default: { kind: 'literal', value: 'active' } });
    expect(users.columns[3].default).toEqual({ kind: 'expression', sql: 'now()' });
    expect(users.indexes.map((i) => [i.name, i.unique, i.method])).toEqual([
      ['users_email_st', true, 'btree'],
      [undefined, false, 'hash'],
    ]);
    expect(notices.map((n) => n.message)).toEqual([expect.stringContaining('expression')]);
    const invoices = diagram.tables[1];
    expect(invoices.schema).toBe('billing');
    expect(diagram.groups).toEqual([{ id: expect.any(String), name: 'people', tableIds: [users.id, invoices.id] }]);
    expect(invoices.foreignKeys.map((f) => [f.name, f.refTableId, f.onDelete])).toEqual([
      [undefined, users.id, 'no-action'],
      ['invoice_user', users.id, 'cascade'],
    ]);
  });

  it('reports DBML errors with line and column', async () => {
    const { errors, diagram } = await importDbml('Table a {\n  id int [pk]\n}\nTable b {\n  a_id int [ref: > a.missing]\n}\n');
    expect(diagram.tables).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 5, column: 22 });
  });

  it('exports DBML that imports back to the same model', async () => {
    const { diagram } = await importSql(
      `CREATE TYPE mood AS ENUM ('ok', 'not ok');
CREATE TABLE "My Table" (id serial PRIMARY KEY, "Weird Name" text DEFAULT 'it''s', m mood NOT NULL DEFAULT 'ok', n int DEFAULT 0, b boolean DEFAULT true);
COMMENT ON TABLE "My Table" IS 'quoted ''note''';
CREATE TABLE child (a int, b int, parent_id int REFERENCES "My Table" ON DELETE SET NULL, PRIMARY KEY (a, b), UNIQUE (b, parent_id));
CREATE INDEX child_idx ON child USING btree ("parent_id", a);
CREATE INDEX weird_idx ON "My Table" ("Weird Name");`,
      { dialect: 'postgres' },
    );
    const { text, warnings } = await exportDbml(diagram);
    expect(warnings).toEqual([]);
    const back = await importDbml(text);
    expect(back.errors).toEqual([]);
    const before = summary(diagram);
    const after = summary(back.diagram);
    // DBML has no unique constraints apart from indexes: the composite UNIQUE comes back as a unique index.
    expect(after[1].indexes).toContainEqual([undefined, true, 'btree', ['b', 'parent_id']]);
    after[1].indexes = after[1].indexes.filter((i) => i[1] !== true);
    expect(after).toEqual(before);
  });
});
