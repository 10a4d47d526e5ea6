import fc from 'fast-check';
import type { Column, ColumnDefault, ColumnType, DdlOptions, Diagram, EnumType, ForeignKey, Index, ReferentialAction, Table } from '../../../src/core/index';

/**
 * Random diagrams that are valid for a dialect: the generator must write them without a
 * warning, the server must run the script, and the catalog must match the model. Names are
 * hostile on purpose (quotes, backquotes, spaces, reserved words, unicode, the longest names
 * both servers allow); they are unique the way MySQL compares names (case and accents folded).
 */

type Dialect = 'postgres' | 'mysql';
type Gen = fc.GeneratorValue;

const RESERVED = ['select', 'order', 'user', 'table', 'group', 'key', 'index', 'default', 'check', 'from', 'where', 'limit', 'primary', 'references', 'desc', 'all', 'column', 'constraint'];
const ODD = [
  "it's",
  'say "hi"',
  'back`tick',
  'with space',
  'semi;colon',
  'dash-name',
  'per%cent',
  'q?mark',
  'back\\slash',
  'dollar$sign',
  'star*',
  'paren(s)',
  'CamelCase',
  'UPPER',
  '1starts_with_digit',
  '--not a comment',
  '/*nor this*/',
  "x'); DROP TABLE y; --",
];
const UNICODE = ['café', 'naïve', 'Ünïcødé', '日本語', 'Ωmega', 'Ελληνικά', 'Привет', 'smörgåsbord', 'ﬁligature'];
// The longest names both servers take: 63 UTF-8 bytes (PostgreSQL) and at most 64 characters (MySQL).
const LONGEST = ['a'.repeat(63), 'Ü'.repeat(31), '日'.repeat(21), `${"x'".repeat(31)}x`, `${'"`'.repeat(31)}q`];

const STRINGS = ["it's", 'back\\slash', 'ends with backslash\\', 'quote "double"', 'semi; DROP TABLE x; --', 'new\nline', 'tab\there', 'ünïcødé', '日本語', '🎉 party', '', '%_?', "'; --", "\\'", '/* no */'];
const ENUM_VALUES = ['pending', 'paid', "it's", 'back\\slash', 'Ünï', '日本', 'with space', 'semi;colon', '"quoted"', '🎉'];

/** Comment texts: MySQL keeps comments in utf8mb3, so no emoji there (the generator warns about them). */
function commentStrings(dialect: Dialect): string[] {
  return STRINGS.filter((s) => s !== '' && (dialect === 'postgres' || [...s].length === s.length));
}

/** How MySQL compares names (case- and accent-insensitive), for uniqueness. */
export function foldName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function utf8(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** What a MySQL table name takes as a file name (other characters are written as @xxxx). */
function fileNameBytes(name: string): number {
  return [...name].reduce((n, ch) => n + (/[A-Za-z0-9_]/.test(ch) ? 1 : 5), 0);
}

class NamePool {
  private readonly used = new Set<string>();
  /** `tables`: names MySQL must also store as file names (at most 250 bytes encoded). */
  constructor(
    private readonly g: Gen,
    private readonly tables = false,
  ) {}

  /** A fresh hostile name, unique in this pool. */
  next(): string {
    for (let attempt = 0; ; attempt++) {
      const kind = this.g(fc.integer, { min: 0, max: 9 });
      let name: string;
      if (kind <= 2) name = this.g(fc.stringMatching, /^[a-z_][a-z0-9_]{0,12}$/);
      else if (kind === 3) name = this.g(fc.constantFrom, ...RESERVED);
      else if (kind <= 5) name = this.g(fc.constantFrom, ...ODD);
      else if (kind <= 7) name = this.g(fc.constantFrom, ...UNICODE);
      else if (kind === 8) name = this.g(fc.constantFrom, ...LONGEST);
      else name = `${this.g(fc.constantFrom, ...ODD, ...UNICODE)} ${this.g(fc.stringMatching, /^[a-z0-9]{1,6}$/)}`;
      if (attempt > 5) name = `${name.slice(0, 20)}_${attempt}`;
      if (utf8(name) > 63 || (this.tables && fileNameBytes(name) > 250)) continue;
      const key = foldName(name);
      if (this.used.has(key)) continue;
      this.used.add(key);
      return name;
    }
  }

  /** A plain name with a counter, for constraint names that must be unique per database. */
  reserve(name: string): string {
    this.used.add(foldName(name));
    return name;
  }
}

interface TypeChoice {
  type: ColumnType;
  keyable: boolean;
  textSearch: boolean;
}

function pickType(g: Gen, dialect: Dialect, enums: EnumType[]): { type: ColumnType; enumId?: string } & Omit<TypeChoice, 'type'> {
  const choices: (() => TypeChoice & { enumId?: string })[] = [
    () => ({ type: { name: g(fc.constantFrom, 'smallint', 'integer', 'bigint') }, keyable: true, textSearch: false }),
    () => {
      const precision = g(fc.integer, { min: 1, max: 30 });
      return { type: { name: 'decimal', precision, scale: g(fc.integer, { min: 0, max: Math.min(precision, 10) }) }, keyable: true, textSearch: false };
    },
    () => ({ type: { name: g(fc.constantFrom, 'real', 'double') }, keyable: false, textSearch: false }),
    () => ({ type: { name: 'boolean' }, keyable: true, textSearch: false }),
    () => ({ type: { name: 'char', length: g(fc.integer, { min: 1, max: 40 }) }, keyable: true, textSearch: false }),
    () => ({ type: { name: 'varchar', length: g(fc.integer, { min: 1, max: 190 }) }, keyable: true, textSearch: true }),
    () => ({ type: { name: 'text' }, keyable: false, textSearch: true }),
    () => ({ type: { name: 'date' }, keyable: true, textSearch: false }),
    () => {
      const name = g(fc.constantFrom, 'time', 'timestamp', 'timestamptz');
      const precision = g(fc.option, fc.integer({ min: 0, max: 6 }), { nil: undefined });
      return { type: precision === undefined ? { name } : { name, precision }, keyable: true, textSearch: false };
    },
    () => ({ type: { name: 'uuid' }, keyable: true, textSearch: false }),
    () => ({ type: { name: g(fc.constantFrom, 'json', 'jsonb') }, keyable: false, textSearch: false }),
    () => {
      const length = g(fc.option, fc.integer({ min: 1, max: 64 }), { nil: undefined });
      return { type: length === undefined ? { name: 'binary' } : { name: 'binary', length }, keyable: false, textSearch: false };
    },
  ];
  if (enums.length > 0) choices.push(() => ({ type: { name: 'enum' }, enumId: g(fc.constantFrom, ...enums.map((e) => e.id)), keyable: true, textSearch: false }));
  if (dialect === 'postgres') {
    choices.push(() => ({ type: { name: g(fc.constantFrom, 'text', 'integer', 'uuid'), arrayDimensions: 1 }, keyable: false, textSearch: false }));
    choices.push(() => ({ type: { name: 'interval' }, keyable: true, textSearch: false }));
  }
  return choices[g(fc.integer, { min: 0, max: choices.length - 1 })]();
}

function literalFor(g: Gen, column: Column, enums: EnumType[]): ColumnDefault | undefined {
  const t = column.type;
  if ((t.arrayDimensions ?? 0) > 0) return undefined;
  const fits = (s: string) => [...s].length <= (t.length ?? 1);
  switch (t.name) {
    case 'smallint':
      return { kind: 'literal', value: g(fc.integer, { min: -32768, max: 32767 }) };
    case 'integer':
    case 'bigint':
      return { kind: 'literal', value: g(fc.integer, { min: -2_000_000_000, max: 2_000_000_000 }) };
    case 'decimal': {
      const max = 10 ** Math.min((t.precision ?? 10) - (t.scale ?? 0), 9) - 1;
      return { kind: 'literal', value: g(fc.integer, { min: -max, max }) };
    }
    case 'real':
    case 'double':
      return { kind: 'literal', value: g(fc.integer, { min: -1000, max: 1000 }) / 2 };
    case 'boolean':
      return { kind: 'literal', value: g(fc.boolean) };
    case 'char': {
      // CHAR pads with spaces (and MySQL strips them on the way out): no trailing spaces.
      const options = STRINGS.filter((s) => fits(s) && !s.endsWith(' '));
      return options.length === 0 ? undefined : { kind: 'literal', value: g(fc.constantFrom, ...options) };
    }
    case 'varchar': {
      const options = STRINGS.filter(fits);
      return options.length === 0 ? undefined : { kind: 'literal', value: g(fc.constantFrom, ...options) };
    }
    case 'text':
      return { kind: 'literal', value: g(fc.constantFrom, ...STRINGS) };
    case 'json':
    case 'jsonb':
      return { kind: 'literal', value: g(fc.constantFrom, '{}', '[]', '{"a": 1}', '[1, 2]', '"s"') };
    case 'date':
      return { kind: 'literal', value: '2024-02-29' };
    case 'time':
      return t.precision === undefined ? { kind: 'literal', value: '13:45:00' } : undefined;
    case 'timestamp':
      if (g(fc.boolean)) return { kind: 'expression', sql: 'CURRENT_TIMESTAMP' };
      return t.precision === undefined ? { kind: 'literal', value: '2024-02-29 13:45:00' } : undefined;
    case 'timestamptz':
      return { kind: 'expression', sql: 'CURRENT_TIMESTAMP' };
    case 'uuid':
      return g(fc.boolean) ? { kind: 'expression', sql: 'gen_random_uuid()' } : { kind: 'literal', value: '123e4567-e89b-12d3-a456-426614174000' };
    case 'enum': {
      const values = enums.find((e) => e.id === column.enumId)?.values ?? [];
      return values.length === 0 ? undefined : { kind: 'literal', value: g(fc.constantFrom, ...values) };
    }
    default:
      return undefined;
  }
}

function quoteFor(dialect: Dialect, name: string): string {
  return dialect === 'postgres' ? `"${name.replaceAll('"', '""')}"` : `\`${name.replaceAll('`', '``')}\``;
}

interface TableDraft {
  table: Table;
  keyable: Set<string>;
  textSearch: Set<string>;
}

function buildDiagram(g: Gen, dialect: Dialect): Diagram {
  let ids = 0;
  const id = (prefix: string) => `${prefix}_${++ids}`;
  const tableNames = new NamePool(g, true);
  const constraintNames = new NamePool(g);
  let constraintCounter = 0;
  const constraintName = (): string | undefined => {
    if (!g(fc.boolean)) return undefined;
    const base = constraintNames.next();
    // A counter keeps it unique per database without folding collisions; shortened to fit.
    const suffix = `_c${++constraintCounter}`;
    let stem = base;
    while (utf8(stem) + suffix.length > 63 || [...stem].length + suffix.length > 64) stem = [...stem].slice(0, -1).join('');
    return constraintNames.reserve(`${stem}${suffix}`);
  };

  const enums: EnumType[] = [];
  const enumCount = g(fc.integer, { min: 0, max: 2 });
  for (let e = 0; e < enumCount; e++) {
    const values: string[] = g(() => fc.uniqueArray(fc.constantFrom(...ENUM_VALUES), { minLength: 1, maxLength: 4, selector: foldName }));
    // Enum types share PostgreSQL's namespace with tables (and must not shadow built-in type names).
    let name = `e_${tableNames.next()}`;
    while (utf8(name) > 63 || name.endsWith(' ')) name = [...name].slice(0, -1).join('');
    enums.push({ id: id('enum'), name: tableNames.reserve(name), values });
  }

  const drafts: TableDraft[] = [];
  const tableCount = g(fc.integer, { min: 1, max: 5 });
  for (let t = 0; t < tableCount; t++) {
    const columnNames = new NamePool(g);
    const table: Table = { id: id('tbl'), name: tableNames.next(), position: { x: 0, y: 0 }, columns: [], uniques: [], checks: [], indexes: [], foreignKeys: [] };
    const keyable = new Set<string>();
    const textSearch = new Set<string>();
    const columnCount = g(fc.integer, { min: 1, max: 6 });
    for (let c = 0; c < columnCount; c++) {
      const choice = pickType(g, dialect, enums);
      const column: Column = { id: id('col'), name: columnNames.next(), type: choice.type, nullable: g(fc.boolean) };
      if (choice.enumId) column.enumId = choice.enumId;
      if (choice.keyable) keyable.add(column.id);
      if (choice.textSearch) textSearch.add(column.id);
      if (g(fc.integer, { min: 0, max: 4 }) === 0) column.comment = g(fc.constantFrom, ...commentStrings(dialect));
      table.columns.push(column);
    }
    if (g(fc.integer, { min: 0, max: 3 }) === 0) table.comment = g(fc.constantFrom, ...commentStrings(dialect));
    const keyColumns = table.columns.filter((c) => keyable.has(c.id));
    if (keyColumns.length > 0 && g(fc.integer, { min: 0, max: 4 }) > 1) {
      const pk = g(fc.shuffledSubarray, keyColumns, { minLength: 1, maxLength: Math.min(2, keyColumns.length) });
      table.primaryKey = { columns: pk.map((c) => c.id) };
      const pkName = constraintName();
      if (pkName) table.primaryKey.name = pkName;
      const first = pk[0];
      if (pk.length === 1 && ['smallint', 'integer', 'bigint'].includes(first.type.name) && !first.type.arrayDimensions && g(fc.boolean)) {
        first.identity = g(fc.constantFrom, 'serial', 'always', 'by-default');
      }
    }
    for (const column of table.columns) {
      const inKey = table.primaryKey?.columns.includes(column.id) ?? false;
      if (!column.identity && !inKey && g(fc.integer, { min: 0, max: 4 }) <= 1) {
        const value = literalFor(g, column, enums);
        if (value) column.default = value;
        else if (column.nullable && g(fc.boolean)) column.default = { kind: 'literal', value: null };
      }
      if (keyable.has(column.id) && !inKey && g(fc.integer, { min: 0, max: 5 }) === 0) column.unique = true;
    }
    if (keyColumns.length >= 2 && g(fc.integer, { min: 0, max: 3 }) === 0) {
      const columns = g(fc.shuffledSubarray, keyColumns, { minLength: 2, maxLength: Math.min(3, keyColumns.length) });
      const name = constraintName();
      table.uniques.push({ id: id('unq'), ...(name ? { name } : {}), columns: columns.map((c) => c.id) });
    }
    const indexCount = g(fc.integer, { min: 0, max: 2 });
    for (let i = 0; i < indexCount; i++) {
      const index = pickIndex(g, dialect, table, keyColumns, textSearch, id('idx'));
      if (!index) continue;
      const name = constraintName();
      if (name) index.name = name;
      table.indexes.push(index);
    }
    // MySQL 8 rejects a CHECK on an AUTO_INCREMENT column.
    const plain = table.columns.filter((c) => (keyable.has(c.id) || c.type.name === 'text') && !c.identity);
    if (plain.length > 0 && g(fc.integer, { min: 0, max: 3 }) === 0) {
      const column = g(fc.constantFrom, ...plain);
      const name = constraintName();
      table.checks.push({ id: id('chk'), ...(name ? { name } : {}), expression: `${quoteFor(dialect, column.name)} IS NOT NULL OR ${quoteFor(dialect, column.name)} IS NULL` });
    }
    drafts.push({ table, keyable, textSearch });
  }

  // Foreign keys last, so they can point at any table (cycles and self-references included).
  const actions: ReferentialAction[] = dialect === 'postgres' ? ['no-action', 'restrict', 'cascade', 'set-null', 'set-default'] : ['no-action', 'restrict', 'cascade', 'set-null'];
  for (const draft of drafts) {
    const targets = drafts.filter((d) => d.table.primaryKey);
    if (targets.length === 0 || g(fc.integer, { min: 0, max: 4 }) <= 1) continue;
    const target: Table = g(fc.constantFrom, ...targets).table;
    const names = new NamePool(g);
    for (const c of draft.table.columns) names.reserve(c.name);
    const onDelete = g(fc.constantFrom, ...actions);
    const onUpdate = g(fc.constantFrom, ...actions);
    const setNull = onDelete === 'set-null' || onUpdate === 'set-null';
    const refColumns: Column[] = (target.primaryKey?.columns ?? []).map((cid: string) => target.columns.find((c) => c.id === cid) as Column);
    const columns: Column[] = refColumns.map((ref) => {
      const column: Column = { id: id('col'), name: names.next(), type: { ...ref.type }, nullable: setNull || g(fc.boolean) };
      if (ref.enumId) column.enumId = ref.enumId;
      return column;
    });
    draft.table.columns.push(...columns);
    const name = constraintName();
    const foreignKey: ForeignKey = { id: id('fk'), ...(name ? { name } : {}), columns: columns.map((c) => c.id), refTableId: target.id, refColumns: refColumns.map((c) => c.id), onDelete, onUpdate };
    draft.table.foreignKeys.push(foreignKey);
  }
  return { id: 'dgm_random', name: 'Random', tables: drafts.map((d) => d.table), enums, notes: [], groups: [] };
}

function pickIndex(g: Gen, dialect: Dialect, table: Table, keyColumns: Column[], textSearch: Set<string>, indexId: string): Index | undefined {
  const kind = g(fc.integer, { min: 0, max: 9 });
  const searchable = table.columns.filter((c) => textSearch.has(c.id));
  if (kind === 0 && searchable.length > 0) {
    return { id: indexId, columns: [{ columnId: g(fc.constantFrom, ...searchable).id, order: 'asc' }], unique: false, method: 'fulltext' };
  }
  if (keyColumns.length === 0) return undefined;
  if (kind === 1) return { id: indexId, columns: [{ columnId: g(fc.constantFrom, ...keyColumns).id, order: 'asc' }], unique: false, method: 'hash' };
  const columns = g(fc.shuffledSubarray, keyColumns, { minLength: 1, maxLength: Math.min(3, keyColumns.length) });
  const index: Index = {
    id: indexId,
    columns: columns.map((c) => ({ columnId: c.id, order: g(fc.boolean) ? 'asc' : 'desc' })),
    unique: g(fc.integer, { min: 0, max: 4 }) === 0,
    method: 'btree',
  };
  if (dialect === 'postgres' && kind === 2) index.where = `${quoteFor(dialect, columns[0].name)} IS NOT NULL`;
  return index;
}

/** A random valid diagram for the dialect. */
export function diagramArbitrary(dialect: Dialect): fc.Arbitrary<Diagram> {
  return fc.gen().map((g) => buildDiagram(g, dialect));
}

/** Random generator options; `times` is how often the script runs (re-runnable scripts run twice). */
export function optionsArbitrary(dialect: Dialect): fc.Arbitrary<{ options: DdlOptions; times: number }> {
  return fc.record({ quote: fc.boolean(), ifNotExists: fc.boolean(), dropFirst: fc.boolean() }).map(({ quote, ifNotExists, dropFirst }) => ({
    options: { quoteIdentifiers: quote ? 'always' : 'needed', ifNotExists, dropFirst },
    // MySQL cannot re-add a cycle's foreign key conditionally, so IF NOT EXISTS alone runs once there.
    times: dropFirst || (ifNotExists && dialect === 'postgres') ? 2 : 1,
  }));
}
