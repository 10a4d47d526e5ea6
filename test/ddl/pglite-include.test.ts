import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDdl, type Column, type Diagram } from '../../src/core/index';

/** A covering index's INCLUDE columns, as PostgreSQL (PGlite) builds them: non-key attributes of the index. */
describe('INCLUDE columns on PGlite', () => {
  let db: PGlite;
  beforeAll(async () => {
    db = new PGlite();
    await db.waitReady;
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('creates the index with the included column as a non-key attribute', async () => {
    const col = (id: string, name: string): Column => ({ id, name, type: { name: 'integer' }, nullable: id !== 'c1' });
    const d: Diagram = {
      id: 'd',
      name: 'include',
      tables: [
        {
          id: 't',
          name: 'orders',
          position: { x: 0, y: 0 },
          columns: [col('c1', 'id'), col('c2', 'user_id'), col('c3', 'total')],
          primaryKey: { columns: ['c1'] },
          uniques: [],
          checks: [],
          indexes: [{ id: 'x', name: 'orders_user_covering', columns: [{ columnId: 'c2', order: 'asc' }], unique: false, method: 'btree', include: ['c3'] }],
          foreignKeys: [],
        },
      ],
      enums: [],
      notes: [],
      groups: [],
    };
    const ddl = generateDdl(d, 'postgres');
    expect(ddl.warnings).toEqual([]);
    expect(ddl.sql).toContain('INCLUDE (total)');
    await db.exec(ddl.sql);
    const result = await db.query<{ natts: number; nkeyatts: number; columns: string[] }>(`
      SELECT i.indnatts::int AS natts, i.indnkeyatts::int AS nkeyatts,
             array(SELECT a.attname::text FROM unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
                   JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.n) AS columns
      FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE c.relname = 'orders_user_covering'`);
    expect(result.rows).toEqual([{ natts: 2, nkeyatts: 1, columns: ['user_id', 'total'] }]);
  });
});
