import type { Column, ColumnType, Diagram, EnumType, ForeignKey, Index, IndexMethod, Table, UniqueConstraint } from '../../model/types';
import { DdlCompiler, type Place, type ResolvedIdentity, type ResolvedIndex } from '../base/ddl-compiler';
import { unsignedBase } from '../base/foreign-types';
import { generatedIndexName, truncateUtf8, utf8Length } from '../base/identifier-names';
import { isSingleCall, isWrapped } from '../base/sql-text';
import type { MappedType } from '../base/type-family';
import type { DdlOptions } from '../dialect';
import { POSTGRES_CAPABILITIES } from './postgres-capabilities';
import { POSTGRES_KEYWORDS } from './postgres-keywords';
import { POSTGRES_FOREIGN_TYPES, postgresBuiltinType } from './postgres-types';

const SERIAL: Record<string, string> = { SMALLINT: 'SMALLSERIAL', INTEGER: 'SERIAL', BIGINT: 'BIGSERIAL' };

/** MySQL spellings of default expressions and what PostgreSQL calls them. */
const DEFAULT_TRANSLATIONS: [RegExp, string][] = [
  [/^uuid\(\s*\)$/i, 'gen_random_uuid()'],
  [/^(current_timestamp|localtimestamp|current_date)\(\s*\)$/i, '$1'],
  [/^curdate\(\s*\)$/i, 'CURRENT_DATE'],
];

/** PostgreSQL DDL: double-quoted identifiers, CREATE TYPE enums, CREATE INDEX and COMMENT ON statements. */
export class PostgresDdlCompiler extends DdlCompiler {
  protected readonly foreignTypes = POSTGRES_FOREIGN_TYPES;
  protected readonly fallbackType: MappedType = { sql: 'TEXT', family: 'text' };
  /** Relation names taken per schema (tables, indexes, key constraints): PostgreSQL keeps them in one namespace. */
  private relationNames?: Map<string, Set<string>>;
  /** Indexes and unique constraints whose name another relation of the schema already has, with the name written instead. */
  private readonly renamed = new Map<Index | UniqueConstraint, string>();

  constructor(diagram: Diagram, options: DdlOptions = {}) {
    super('postgres', 'PostgreSQL', POSTGRES_CAPABILITIES, diagram, options);
  }

  protected quoteIdentifier(name: string): string {
    return `"${name.replaceAll('"', '""')}"`;
  }

  protected identifierNeedsQuotes(name: string): boolean {
    // Bare identifiers fold to lower case, so anything else (Users, "e-mail") needs quotes.
    return !/^[a-z_][a-z0-9_]*$/.test(name) || POSTGRES_KEYWORDS.has(name);
  }

  protected identifierProblem(): string | undefined {
    return undefined;
  }

  /** MySQL's zero dates ('0000-00-00', '0000-00-00 00:00:00') are no PostgreSQL date: such a default is left out. */
  protected override literal(value: string | number | boolean | null, type: MappedType, place: Place): string | undefined {
    if (typeof value === 'string' && (type.family === 'date' || type.family === 'datetime') && /^0000-00-00\b/.test(value.trim())) {
      this.warn('default-dropped', 'warning', place, `the default '${value}' is left out: it is MySQL's zero date, which PostgreSQL has no value for`);
      return undefined;
    }
    return super.literal(value, type, place);
  }

  protected stringLiteral(value: string, place: Place): string {
    let text = value;
    if (text.includes('\0')) {
      this.warn('default-dropped', 'warning', place, 'PostgreSQL text cannot hold NUL characters; they are left out of the literal');
      text = text.replaceAll('\0', '');
    }
    // standard_conforming_strings is on (the default since 9.1): only the quote needs doubling.
    return `'${text.replaceAll("'", "''")}'`;
  }

  protected booleanLiteral(value: boolean): string {
    return value ? 'TRUE' : 'FALSE';
  }

  protected builtinType(type: ColumnType) {
    return postgresBuiltinType(type);
  }

  /**
   * An identity bigint unsigned stays BIGINT (NUMERIC cannot generate values; a sequence stops at
   * 2^63 - 1), and so do the foreign-key columns that reference one (the key types must match).
   */
  protected override mapType(table: Table, column: Column): MappedType {
    if (!column.type.arrayDimensions && unsignedBase(column.type.name) === 'bigint') {
      const referenced = column.identity === undefined ? this.referencedUnsignedIdentity(table, column) : undefined;
      if (column.identity !== undefined || referenced !== undefined) {
        const why = referenced !== undefined ? `to match the identity column ${referenced} it references` : 'so that it can generate values';
        this.warn('type-translated', 'warning', this.place(table, column), `PostgreSQL has no unsigned types; bigint unsigned is written as BIGINT (values up to 9223372036854775807) ${why}`);
        return { sql: 'BIGINT', family: 'integer' };
      }
    }
    return super.mapType(table, column);
  }

  /** The identity bigint unsigned column `column` references through a foreign key, as `table.column`, if any. */
  private referencedUnsignedIdentity(table: Table, column: Column): string | undefined {
    for (const fk of table.foreignKeys) {
      const i = fk.columns.indexOf(column.id);
      if (i < 0) continue;
      const target = this.tablesById.get(fk.refTableId);
      const referenced = target?.columns.find((c) => c.id === fk.refColumns[i]);
      if (target && referenced?.identity !== undefined && unsignedBase(referenced.type.name) === 'bigint') return `${target.name}.${referenced.name}`;
    }
    return undefined;
  }

  protected enumColumnType(_table: Table, _column: Column, enumType: EnumType): MappedType {
    return { sql: this.tableName(enumType), family: 'enum' };
  }

  protected arrayType(_table: Table, _column: Column, element: MappedType, dimensions: number): MappedType {
    return { sql: element.sql + '[]'.repeat(dimensions), family: 'array' };
  }

  protected typeWithIdentity(type: MappedType, identity: ResolvedIdentity): { type: string; clause: string } {
    if (identity === 'serial') return { type: SERIAL[type.sql] ?? type.sql, clause: '' };
    if (identity === 'always') return { type: type.sql, clause: ' GENERATED ALWAYS AS IDENTITY' };
    if (identity === 'by-default') return { type: type.sql, clause: ' GENERATED BY DEFAULT AS IDENTITY' };
    return { type: type.sql, clause: '' };
  }

  protected defaultExpression(sql: string, _type: MappedType, place: Place): string {
    for (const [pattern, replacement] of DEFAULT_TRANSLATIONS) {
      if (!pattern.test(sql)) continue;
      const translated = sql.replace(pattern, replacement);
      this.warn('default-translated', 'info', place, `the default ${sql} is written as ${translated} for PostgreSQL`);
      return translated;
    }
    // A bare name or one function call reads best as written; anything else is parenthesized so
    // operators cannot bind to the surrounding column definition.
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sql) || isSingleCall(sql) || isWrapped(sql) || /^-?\d+(\.\d+)?$/.test(sql) ? sql : `(${sql})`;
  }

  protected override jsonKeyable(type: MappedType): boolean {
    // jsonb has B-tree operators; json has no equality at all.
    return type.sql === 'JSONB';
  }

  protected typeStatements(): string[] {
    const statements: string[] = [];
    for (const e of this.diagram.enums) {
      const values = this.enumValues(e);
      const create = `CREATE TYPE ${this.tableName(e)} AS ENUM (${values.map((v) => this.stringLiteral(v, {})).join(', ')});`;
      // PostgreSQL has no CREATE TYPE IF NOT EXISTS; an exception block makes a re-run skip it.
      statements.push(this.options.ifNotExists ? doBlock(`${create}\nEXCEPTION WHEN duplicate_object THEN NULL;`) : create);
    }
    return statements;
  }

  private enumValues(e: EnumType): string[] {
    const seen = new Set<string>();
    const values: string[] = [];
    for (const value of e.values) {
      if (seen.has(value)) {
        this.warn('enum-invalid', 'warning', {}, `enum ${e.name}: the value '${value}' is listed twice; written once`);
        continue;
      }
      if (utf8Length(value) > 63) this.warn('enum-invalid', 'warning', {}, `enum ${e.name}: the value '${value}' is longer than PostgreSQL's 63 bytes; CREATE TYPE will fail`);
      seen.add(value);
      values.push(value);
    }
    return values;
  }

  protected dropStatements(tables: readonly Table[]): string[] {
    const drops = [...tables].reverse().map((t) => `DROP TABLE IF EXISTS ${this.tableName(t)} CASCADE;`);
    for (const e of this.diagram.enums) drops.push(`DROP TYPE IF EXISTS ${this.tableName(e)} CASCADE;`);
    return drops;
  }

  protected inlineIndexLines(): string[] {
    return [];
  }

  protected afterTableStatements(table: Table, indexes: readonly ResolvedIndex[]): string[] {
    const statements = indexes.map((index) => this.createIndex(table, index));
    if (table.comment) statements.push(`COMMENT ON TABLE ${this.tableName(table)} IS ${this.stringLiteral(table.comment, this.place(table))};`);
    for (const column of table.columns) {
      if (column.comment) statements.push(`COMMENT ON COLUMN ${this.tableName(table)}.${this.ident(column.name)} IS ${this.stringLiteral(column.comment, this.place(table, column))};`);
    }
    return statements;
  }

  private createIndex(table: Table, index: ResolvedIndex): string {
    const name = this.renamed.get(index.index) ?? index.name ?? this.unnamedIndexName(table, index);
    const fulltext = index.index.method === 'fulltext' && index.method === 'gin';
    const using = index.method === 'btree' ? '' : ` USING ${index.method}`;
    const parts = fulltext ? [this.tsvectorExpression(table, index)] : index.parts.map((p) => this.keyPart(table, p.column, p.order, 'index'));
    const include = index.include === undefined ? '' : ` INCLUDE (${index.include.map((c) => this.ident(c.name)).join(', ')})`;
    const where = index.where === undefined ? '' : ` WHERE ${isWrapped(index.where) ? index.where : `(${index.where})`}`;
    const ifNotExists = this.options.ifNotExists ? 'IF NOT EXISTS ' : '';
    return `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX ${ifNotExists}${this.ident(name)} ON ${this.tableName(table)}${using} (${parts.join(', ')})${include}${where};`;
  }

  /**
   * A FULLTEXT index becomes a GIN index over to_tsvector('simple', ...): the two-argument form
   * is immutable, which an index expression must be; tsvector columns are indexed directly.
   */
  private tsvectorExpression(table: Table, index: ResolvedIndex): string {
    if (index.parts.length === 1 && this.columnType(table, index.parts[0].column).family === 'other') return this.ident(index.parts[0].column.name);
    const text =
      index.parts.length === 1
        ? this.ident(index.parts[0].column.name)
        : index.parts.map((p) => `coalesce(${this.ident(p.column.name)}, '')`).join(" || ' ' || ");
    return `to_tsvector('simple', ${text})`;
  }

  protected adaptIndexMethod(table: Table, index: Index): IndexMethod {
    if (index.method === 'fulltext') {
      this.warn('index-method-unsupported', 'info', this.place(table), `${this.indexLabel(table, index).replace('the index', 'the FULLTEXT index')} is written as a GIN index over to_tsvector('simple', ...)`);
      return 'gin';
    }
    return 'btree';
  }

  protected tableOptions(): string {
    return '';
  }

  protected inlineColumnComment(): string {
    return '';
  }

  protected addForeignKeyStatement(table: Table, fk: ForeignKey, clause: string): string {
    if (!this.options.ifNotExists) return `ALTER TABLE ${this.tableName(table)} ADD ${clause};`;
    // A re-run must not add the key twice: name it (as PostgreSQL would) and skip it when it exists.
    const named = fk.name ? clause : `CONSTRAINT ${this.ident(this.conventionalForeignKeyName(table, fk))} ${clause}`;
    return doBlock(`ALTER TABLE ${this.tableName(table)} ADD ${named};\nEXCEPTION WHEN duplicate_object THEN NULL;`);
  }

  private conventionalForeignKeyName(table: Table, fk: ForeignKey): string {
    const columns = fk.columns.map((id) => table.columns.find((c) => c.id === id)?.name ?? id);
    return truncateUtf8(`${table.name}_${columns.join('_')}`, 63 - '_fkey'.length) + '_fkey';
  }

  /** The name PostgreSQL itself would pick (`table_col_idx`), made unique within the schema. */
  private unnamedIndexName(table: Table, index: ResolvedIndex): string {
    const taken = this.takenRelationNames(table.schema);
    const name = generatedIndexName(table.name, index.parts.map((p) => p.column.name), taken, 63);
    taken.add(name);
    return name;
  }

  private takenRelationNames(schema: string | undefined): Set<string> {
    if (!this.relationNames) {
      this.relationNames = new Map();
      for (const t of this.diagram.tables) {
        const names = this.relationNamesOf(t.schema);
        names.add(t.name);
        if (t.primaryKey) names.add(t.primaryKey.name ?? truncateUtf8(t.name, 63 - 5) + '_pkey');
        for (const u of t.uniques) if (u.name) names.add(u.name);
        for (const i of t.indexes) if (i.name) names.add(i.name);
      }
    }
    return this.relationNamesOf(schema);
  }

  private relationNamesOf(schema: string | undefined): Set<string> {
    const key = this.options.schemaQualified ? (schema ?? '') : '';
    let names = this.relationNames?.get(key);
    if (!names) {
      names = new Set();
      this.relationNames?.set(key, names);
    }
    return names;
  }

  protected override uniqueName(_table: Table, unique: UniqueConstraint): string | undefined {
    return this.renamed.get(unique) ?? unique.name;
  }

  protected checkNamespaces(): void {
    // Tables, indexes, key constraints and types share one namespace per schema; other constraints are per table.
    const relations = new Map<string, string>();
    const claim = (table: Table, name: string, what: string, place: Place, owner?: Index | UniqueConstraint) => {
      const key = `${this.options.schemaQualified ? (table.schema ?? '') : ''}\u0000${name}`;
      const first = relations.get(key);
      if (first === undefined) {
        relations.set(key, `${what} ${name}`);
        return;
      }
      if (!owner) {
        this.warn('duplicate-name', 'warning', place, `${what} ${name} has the same name as ${first}; PostgreSQL keeps them in one namespace per schema`);
        return;
      }
      // MySQL names indexes per table: prefix the table's name, as PostgreSQL's own names do.
      const taken = this.takenRelationNames(table.schema);
      const written = uniqueRelationName(`${table.name}_${name}`, taken);
      taken.add(written);
      this.renamed.set(owner, written);
      this.warn('duplicate-name', 'warning', place, `${what} ${name} has the same name as ${first}; PostgreSQL keeps them in one namespace per schema, so it is written as ${written}`);
    };
    for (const table of this.diagram.tables) {
      const place = this.place(table);
      if (table.primaryKey?.name) claim(table, table.primaryKey.name, 'primary key', place);
      for (const u of table.uniques) if (u.name) claim(table, u.name, 'unique constraint', place, u);
      for (const i of table.indexes) if (i.name) claim(table, i.name, 'index', place, i);
      // Loops rather than spread arrays: this runs for every table of big diagrams.
      const constraints = new Set<string>();
      const claimConstraint = (name: string | undefined) => {
        if (!name) return;
        if (constraints.has(name)) this.warn('duplicate-name', 'warning', place, `two constraints of the table are named ${name}`);
        constraints.add(name);
      };
      claimConstraint(table.primaryKey?.name);
      for (const u of table.uniques) claimConstraint(u.name);
      for (const c of table.checks) claimConstraint(c.name);
      for (const f of table.foreignKeys) claimConstraint(f.name);
    }
    // Every table also defines a row type of its name, so an enum may not share it.
    const types = new Map<string, string>();
    for (const table of this.diagram.tables) types.set(`${this.options.schemaQualified ? (table.schema ?? '') : ''}\u0000${table.name}`, `table ${table.name}`);
    for (const e of this.diagram.enums) {
      const key = `${this.options.schemaQualified ? (e.schema ?? '') : ''}\u0000${e.name}`;
      const first = types.get(key);
      if (first !== undefined) this.warn('duplicate-name', 'warning', {}, `enum ${e.name} has the same name as ${first}; PostgreSQL types and tables share names`);
      else types.set(key, `enum ${e.name}`);
    }
  }

  protected override comparableType(table: Table, column: Column): string {
    return this.columnType(table, column).sql;
  }
}

/** A DO block with a dollar-quote tag that does not occur in its body. */
function doBlock(body: string): string {
  let tag = '$erd$';
  for (let n = 1; body.includes(tag); n++) tag = `$erd${n}$`;
  return `DO ${tag}\nBEGIN\n${body}\nEND ${tag};`;
}

/** `base`, shortened to PostgreSQL's 63 bytes and numbered until no relation of the schema has it. */
function uniqueRelationName(base: string, taken: ReadonlySet<string>): string {
  for (let n = 0; ; n++) {
    const suffix = n === 0 ? '' : `_${n}`;
    const name = truncateUtf8(base, 63 - suffix.length) + suffix;
    if (!taken.has(name)) return name;
  }
}
