import { foreignKeyEntry, indexEntry, normalizeMysqlDefault, parseMysqlEnum, sortSnapshot, type CatalogSnapshot, type CatalogTable } from './catalog-snapshot';

export type MysqlQuery = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

const NUMERIC = /^(tinyint|smallint|mediumint|int|bigint|decimal|float|double)/;

/** Reads a database's tables, columns, keys, indexes and checks from information_schema (MariaDB 10.11). */
export async function readMysqlCatalog(query: MysqlQuery, database: string): Promise<CatalogSnapshot> {
  const tableRows = await query('SELECT TABLE_NAME AS name, TABLE_COMMENT AS comment FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = ?', [database, 'BASE TABLE']);
  const columnRows = await query(
    `SELECT TABLE_NAME AS tbl, COLUMN_NAME AS name, COLUMN_TYPE AS type, IS_NULLABLE AS nullable, COLUMN_DEFAULT AS def, EXTRA AS extra, COLUMN_COMMENT AS comment
       FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION`,
    [database],
  );
  const statRows = await query(
    `SELECT TABLE_NAME AS tbl, INDEX_NAME AS name, NON_UNIQUE AS nonunique, SEQ_IN_INDEX AS seq, COLUMN_NAME AS col, COLLATION AS coll, INDEX_TYPE AS type
       FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`,
    [database],
  );
  const fkRows = await query(
    `SELECT k.TABLE_NAME AS tbl, k.CONSTRAINT_NAME AS name, k.COLUMN_NAME AS col, k.REFERENCED_TABLE_NAME AS ref, k.REFERENCED_COLUMN_NAME AS refcol,
            r.DELETE_RULE AS del, r.UPDATE_RULE AS upd
       FROM information_schema.KEY_COLUMN_USAGE k
       JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME
      WHERE k.TABLE_SCHEMA = ? AND k.REFERENCED_TABLE_NAME IS NOT NULL ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION`,
    [database],
  );
  const checkRows = await query(
    'SELECT TABLE_NAME AS tbl, CONSTRAINT_NAME AS name, CHECK_CLAUSE AS clause, LEVEL AS level FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?',
    [database],
  );
  const names: string[] = [];
  const tables: CatalogTable[] = tableRows.map((row) => {
    const name = String(row.name);
    const columns = columnRows
      .filter((c) => c.tbl === name)
      .map((c) => {
        const rawType = String(c.type);
        const type = rawType.startsWith('enum(') ? `enum:${JSON.stringify(parseMysqlEnum(rawType))}` : rawType;
        const def = String(c.extra).includes('auto_increment') ? 'auto_increment' : normalizeMysqlDefault((c.def as string | null) ?? null, NUMERIC.test(rawType));
        return { name: String(c.name), type, nullable: c.nullable === 'YES', default: def, comment: c.comment === '' ? null : String(c.comment) };
      });
    const table: CatalogTable = { name, comment: row.comment === '' ? null : String(row.comment), columns, primaryKey: [], uniques: [], indexes: [], foreignKeys: [], checkCount: 0 };
    const byIndex = new Map<string, Record<string, unknown>[]>();
    for (const s of statRows.filter((s) => s.tbl === name)) {
      const list = byIndex.get(String(s.name)) ?? [];
      list.push(s);
      byIndex.set(String(s.name), list);
    }
    for (const [indexName, parts] of byIndex) {
      const columnsOf = parts.map((p) => String(p.col) + (p.coll === 'D' ? ' DESC' : ''));
      if (indexName === 'PRIMARY') table.primaryKey = parts.map((p) => String(p.col));
      else {
        names.push(indexName);
        table.indexes.push(indexEntry(Number(parts[0].nonunique) === 0, String(parts[0].type).toLowerCase(), columnsOf, false));
      }
    }
    const fks = new Map<string, Record<string, unknown>[]>();
    for (const f of fkRows.filter((f) => f.tbl === name)) {
      const list = fks.get(String(f.name)) ?? [];
      list.push(f);
      fks.set(String(f.name), list);
    }
    for (const [fkName, parts] of fks) {
      names.push(fkName);
      table.foreignKeys.push(foreignKeyEntry(parts.map((p) => String(p.col)), String(parts[0].ref), parts.map((p) => String(p.refcol)), String(parts[0].del), String(parts[0].upd)));
    }
    for (const check of checkRows.filter((c) => c.tbl === name)) {
      // MariaDB guards each JSON column with its own json_valid() CHECK, named after the column.
      if (check.level === 'Column' && /^json_valid\(/i.test(String(check.clause))) continue;
      names.push(String(check.name));
      table.checkCount++;
    }
    return table;
  });
  return sortSnapshot({ tables, enums: {}, names });
}
