import { foreignKeyEntry, indexEntry, normalizePgDefault, sortSnapshot, type CatalogSnapshot, type CatalogTable } from './catalog-snapshot';

/** Runs one query and returns its rows: fits both `pg` clients and PGlite. */
export type PgQuery = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

const ACTIONS: Record<string, string> = { a: 'no action', r: 'restrict', c: 'cascade', n: 'set null', d: 'set default' };
const NUMERIC = /^(smallint|integer|bigint|numeric|real|double precision)/;

/** Reads tables, columns, keys, indexes, checks and enums of the given schemas from pg_catalog. */
export async function readPgCatalog(query: PgQuery, schemas: string[]): Promise<CatalogSnapshot> {
  const tableRows = await query(
    `SELECT c.oid::int AS oid, c.relname AS name, n.nspname AS schema, obj_description(c.oid, 'pg_class') AS comment
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = 'r' AND n.nspname = ANY($1::text[])`,
    [schemas],
  );
  const multiSchema = schemas.length > 1;
  const tables: CatalogTable[] = [];
  const names: string[] = [];
  for (const row of tableRows) {
    const oid = Number(row.oid);
    const columns = await query(
      `SELECT a.attname AS name, a.attnum AS num, format_type(a.atttypid, a.atttypmod) AS type, t.typtype AS typtype,
              et.typtype AS elemtype, et.typname AS elemname, t.typname AS typname, a.attnotnull AS notnull,
              pg_get_expr(d.adbin, d.adrelid) AS def, a.attidentity AS identity, col_description(a.attrelid, a.attnum) AS comment
         FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
         LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
         LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
      [oid],
    );
    const nameByNum = new Map<number, string>();
    for (const c of columns) nameByNum.set(Number(c.num), String(c.name));
    const constraints = await query(
      `SELECT conname AS name, contype AS type, conkey AS key, confkey AS fkey, confrelid::int AS ref, confdeltype AS del, confupdtype AS upd, conindid::int AS indid
         FROM pg_constraint WHERE conrelid = $1`,
      [oid],
    );
    const constraintIndexes = new Set<number>();
    const table: CatalogTable = {
      name: multiSchema ? `${row.schema}.${row.name}` : String(row.name),
      comment: (row.comment as string | null) ?? null,
      columns: columns.map((c) => {
        let type: string;
        if (c.typtype === 'e') type = `enum:${c.typname}`;
        else if (c.elemtype === 'e') type = `enum:${c.elemname}[]`;
        else type = String(c.type);
        const def = c.identity === 'a' ? 'identity always' : c.identity === 'd' ? 'identity by default' : /^nextval\(/.test(String(c.def ?? '')) ? 'serial' : normalizePgDefault((c.def as string | null) ?? null, NUMERIC.test(type));
        return { name: String(c.name), type, nullable: !c.notnull, default: def, comment: (c.comment as string | null) ?? null };
      }),
      primaryKey: [],
      uniques: [],
      indexes: [],
      foreignKeys: [],
      checkCount: 0,
    };
    const columnNames = (nums: unknown) => (nums as number[]).map((n) => nameByNum.get(Number(n)) ?? `#${n}`);
    for (const c of constraints) {
      names.push(String(c.name));
      if (c.type === 'p') {
        table.primaryKey = columnNames(c.key);
        constraintIndexes.add(Number(c.indid));
      } else if (c.type === 'u') {
        table.uniques.push(JSON.stringify(columnNames(c.key)));
        constraintIndexes.add(Number(c.indid));
      } else if (c.type === 'c') table.checkCount++;
      else if (c.type === 'f') {
        const ref = tableRows.find((t) => Number(t.oid) === Number(c.ref));
        const refColumns = await query(`SELECT attnum AS num, attname AS name FROM pg_attribute WHERE attrelid = $1 AND attnum > 0`, [Number(c.ref)]);
        const refName = new Map(refColumns.map((r) => [Number(r.num), String(r.name)]));
        const refTable = ref ? (multiSchema ? `${ref.schema}.${ref.name}` : String(ref.name)) : `oid ${c.ref}`;
        table.foreignKeys.push(
          foreignKeyEntry(columnNames(c.key), refTable, (c.fkey as number[]).map((n) => refName.get(Number(n)) ?? `#${n}`), ACTIONS[String(c.del)], ACTIONS[String(c.upd)]),
        );
      }
    }
    const indexes = await query(
      `SELECT i.indexrelid::int AS oid, ic.relname AS name, i.indisunique AS uniq, am.amname AS method, i.indkey::int2[] AS key, i.indoption::int2[] AS opt, i.indpred IS NOT NULL AS partial
         FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam
        WHERE i.indrelid = $1`,
      [oid],
    );
    for (const index of indexes) {
      names.push(String(index.name));
      if (constraintIndexes.has(Number(index.oid))) continue;
      const keys = index.key as number[];
      const options = index.opt as number[];
      const parts = keys.map((n, i) => (Number(n) === 0 ? 'expr' : (nameByNum.get(Number(n)) ?? `#${n}`)) + ((Number(options[i]) & 1) === 1 ? ' DESC' : ''));
      table.indexes.push(indexEntry(Boolean(index.uniq), String(index.method), parts, Boolean(index.partial)));
    }
    tables.push(table);
  }
  const enumRows = await query(
    `SELECT t.typname AS name, e.enumlabel AS label FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = ANY($1::text[]) ORDER BY t.typname, e.enumsortorder`,
    [schemas],
  );
  const emptyEnums = await query(
    `SELECT t.typname AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype = 'e' AND n.nspname = ANY($1::text[])`,
    [schemas],
  );
  const enums: Record<string, string[]> = {};
  for (const e of emptyEnums) enums[String(e.name)] = [];
  for (const e of enumRows) enums[String(e.name)].push(String(e.label));
  return sortSnapshot({ tables, enums, names });
}
