import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDdl } from '../../src/core/index';
import { importSql } from '../../src/core/import/import-sql';
import { readCorpusFile } from './corpus';
import { runScript } from './roundtrip-helpers';

/**
 * MySQL files imported and written as PostgreSQL DDL must run: unsigned integers (int unsigned,
 * bigint unsigned...) become PostgreSQL types that hold their range, with a warning on the column.
 * Runs on PGlite (PostgreSQL in WebAssembly): no server needed.
 */
const FILES = ['my_roundcube_initial.sql', 'my_wordpress_schema.sql'];

describe('MySQL corpus files -> PostgreSQL DDL on PGlite', () => {
  const databases: PGlite[] = [];
  afterAll(async () => {
    for (const db of databases) await db.close();
  });

  for (const file of FILES) {
    it(`runs the PostgreSQL DDL generated from ${file}`, async () => {
      const { diagram, errors } = await importSql(readCorpusFile(file), { dialect: 'mysql' });
      expect(errors).toEqual([]);
      const ddl = generateDdl(diagram, 'postgres', { header: false });
      const db = new PGlite();
      databases.push(db);
      const run = await runScript((sql) => db.exec(sql), ddl.statements);
      expect(run.failures.map((f) => `${f.message} in ${f.statement}`)).toEqual([]);
      // Every unsigned column is warned about, by table and column.
      const unsigned = diagram.tables.flatMap((t) => t.columns.filter((c) => / unsigned$/.test(c.type.name)).map((c) => `${t.name}.${c.name}`));
      expect(unsigned.length).toBeGreaterThan(0);
      const warned = ddl.warnings.filter((w) => w.code === 'type-translated' && /unsigned/.test(w.message)).map((w) => `${w.table ?? ''}.${w.column ?? ''}`);
      expect(warned.sort()).toEqual(unsigned.sort());
      // Identity columns keep generating values (bigint unsigned identity stays BIGINT, not NUMERIC).
      const identities = diagram.tables.flatMap((t) => t.columns.filter((c) => c.identity !== undefined).map((c) => ({ table: t.name, column: c.name })));
      for (const { table, column } of identities) {
        const rows = (await db.query<{ d: string | null }>(`SELECT column_default AS d FROM information_schema.columns WHERE table_name = $1 AND column_name = $2`, [table, column])).rows;
        expect(rows[0]?.d ?? '', `${table}.${column}`).toMatch(/^nextval\(/);
      }
    }, 120_000);
  }

  // Every MySQL file of the corpus: tinyint(1) becomes boolean, and its DEFAULT 0/1 becomes false/true.
  const ALL = ['my_chinook.sql', 'my_employees.sql', 'my_guacamole_schema.sql', 'my_roundcube_initial.sql', 'my_wordpress_schema.sql', 'my_world_schema.sql'];
  for (const file of ALL) {
    it(`${file} written as PostgreSQL DDL runs without a failed statement`, async () => {
      const { diagram, errors } = await importSql(readCorpusFile(file), { dialect: 'mysql' });
      expect(errors).toEqual([]);
      const booleanDefaults = diagram.tables.flatMap((t) => t.columns.filter((c) => c.type.name === 'boolean' && c.default?.kind === 'literal').map((c) => (c.default?.kind === 'literal' ? c.default.value : undefined)));
      for (const value of booleanDefaults) expect(typeof value).toBe('boolean');
      const db = new PGlite();
      databases.push(db);
      const run = await runScript((sql) => db.exec(sql), generateDdl(diagram, 'postgres', { header: false }).statements);
      expect(run.failures.map((f) => `${f.message} in ${f.statement}`)).toEqual([]);
    }, 120_000);
  }
});
