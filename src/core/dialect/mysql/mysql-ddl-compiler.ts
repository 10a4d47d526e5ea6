import type { CheckConstraint, Column, ColumnType, Diagram, EnumType, ForeignKey, Index, IndexMethod, ReferentialAction, SortOrder, Table, UniqueConstraint } from '../../model/types';
import { DdlCompiler, type KeyKind, type Place, type ResolvedIdentity, type ResolvedIndex } from '../base/ddl-compiler';
import { codePointLength, truncateCodePoints } from '../base/identifier-names';
import { containsOutsideQuotes, isWrapped } from '../base/sql-text';
import type { MappedType } from '../base/type-family';
import type { DdlOptions } from '../dialect';
import { MYSQL_CAPABILITIES } from './mysql-capabilities';
import { MYSQL_KEYWORDS } from './mysql-keywords';
import { MYSQL_FOREIGN_TYPES, mysqlBuiltinType } from './mysql-types';

/** InnoDB's longest index key (DYNAMIC row format), in bytes. */
const MAX_KEY_BYTES = 3072;
/** Prefix length for TEXT/BLOB key parts: 191 utf8mb4 characters (764 bytes) fit InnoDB's 767-byte limit of older row formats too. */
const PREFIX_LENGTH = 191;
const MAX_COLUMN_COMMENT = 1024;
const MAX_TABLE_COMMENT = 2048;
/** Longest encoded table file name (255 bytes less the extension). */
const MAX_FILE_NAME_BYTES = 250;
const TABLE_OPTIONS = ' ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';

/** PostgreSQL spellings of default expressions and what MySQL calls them. */
const DEFAULT_TRANSLATIONS: [RegExp, string][] = [
  [/^(gen_random_uuid|uuid_generate_v4)\(\s*\)$/i, 'UUID()'],
  [/^(now\(\s*\)|localtimestamp|transaction_timestamp\(\s*\)|statement_timestamp\(\s*\)|clock_timestamp\(\s*\))$/i, 'CURRENT_TIMESTAMP'],
];

/** Defaults MySQL takes without parentheses: CURRENT_TIMESTAMP and its synonyms (on date-time columns). */
const BARE_TIMESTAMP = /^(current_timestamp|now|localtime|localtimestamp)(\s*\(\s*\d*\s*\))?$/i;

/** Families MySQL 8 will not give a literal default: they take an expression default `DEFAULT ('...')`. */
const EXPRESSION_DEFAULT_FAMILIES = new Set(['text', 'blob', 'json']);

/** MySQL DDL (tested on MariaDB 10.11): backquoted identifiers, inline ENUM, KEY and COMMENT, InnoDB table options. */
export class MysqlDdlCompiler extends DdlCompiler {
  protected readonly foreignTypes = MYSQL_FOREIGN_TYPES;
  protected readonly fallbackType: MappedType = { sql: 'TEXT', family: 'text' };
  private readonly identityColumns = new Map<Table, Column | undefined>();
  private warnedRerun = false;
  /** Lower-case index names of the table being written, as MySQL will have named them. */
  private readonly indexNames = new Set<string>();
  /** Constraint names given so far (lower case): foreign-key and CHECK names are unique per database. */
  private inventedNames?: Set<string>;

  constructor(diagram: Diagram, options: DdlOptions = {}) {
    super('mysql', 'MySQL', MYSQL_CAPABILITIES, diagram, options);
  }

  protected quoteIdentifier(name: string): string {
    return `\`${name.replaceAll('`', '``')}\``;
  }

  protected identifierNeedsQuotes(name: string): boolean {
    return !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || MYSQL_KEYWORDS.has(name.toLowerCase());
  }

  protected identifierProblem(name: string): string | undefined {
    if (name.endsWith(' ')) return 'MySQL names cannot end with a space';
    // MySQL stores identifiers in utf8mb3: no characters outside the Basic Multilingual Plane.
    if (codePointLength(name) !== name.length) return 'MySQL names cannot hold characters outside the Basic Multilingual Plane (such as emoji)';
    return undefined;
  }

  protected stringLiteral(value: string): string {
    // Backslash is an escape character in MySQL strings (unless NO_BACKSLASH_ESCAPES), so it is doubled too.
    return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "''").replaceAll('\0', '\\0')}'`;
  }

  protected booleanLiteral(value: boolean, type: MappedType): string {
    if (type.family === 'boolean') return value ? '1' : '0';
    return value ? 'TRUE' : 'FALSE';
  }

  protected override literal(value: string | number | boolean | null, type: MappedType, place: Place): string | undefined {
    const sql = super.literal(value, type, place);
    // MySQL 8 gives TEXT, BLOB and JSON columns only expression defaults; MariaDB takes both forms.
    if (sql !== undefined && value !== null && EXPRESSION_DEFAULT_FAMILIES.has(type.family)) return `(${sql})`;
    return sql;
  }

  protected builtinType(type: ColumnType) {
    return mysqlBuiltinType(type);
  }

  protected enumColumnType(table: Table, column: Column, enumType: EnumType): MappedType {
    const place = this.place(table, column);
    const values: string[] = [];
    const seen = new Set<string>();
    for (const value of enumType.values) {
      // ENUM values compare by the column's case-insensitive collation and lose trailing spaces.
      const stored = value.replace(/ +$/, '');
      if (stored !== value) this.warn('enum-invalid', 'info', place, `enum ${enumType.name}: MySQL drops the trailing spaces of '${value}'`);
      if (codePointLength(stored) > 255) this.warn('enum-invalid', 'warning', place, `enum ${enumType.name}: the value '${value}' is longer than MySQL's 255 characters`);
      const key = stored.toLowerCase();
      if (seen.has(key)) {
        this.warn('enum-invalid', 'warning', place, `enum ${enumType.name}: '${value}' repeats another value (MySQL compares them case-insensitively); written once`);
        continue;
      }
      seen.add(key);
      values.push(stored);
    }
    if (values.length === 0) {
      this.warn('enum-invalid', 'warning', place, `enum ${enumType.name} has no values, which MySQL does not allow; written as VARCHAR(255)`);
      return { sql: 'VARCHAR(255)', family: 'string', keyBytes: 1020 };
    }
    return { sql: `ENUM(${values.map((v) => this.stringLiteral(v)).join(', ')})`, family: 'enum', keyBytes: 2 };
  }

  protected arrayType(table: Table, column: Column, element: MappedType): MappedType {
    this.warn('array-unsupported', 'warning', this.place(table, column), `MySQL has no array columns; ${element.sql}[] is written as JSON`);
    return { sql: 'JSON', family: 'json' };
  }

  protected typeWithIdentity(type: MappedType, identity: ResolvedIdentity): { type: string; clause: string } {
    return { type: type.sql, clause: identity ? ' AUTO_INCREMENT' : '' };
  }

  /** MySQL allows one AUTO_INCREMENT column a table; 'always' cannot be enforced. */
  protected override validateIdentity(table: Table, column: Column, identity: NonNullable<ResolvedIdentity>): ResolvedIdentity {
    const first = this.firstIdentityColumn(table);
    if (first !== column) {
      this.warn('identity-invalid', 'warning', this.place(table, column), `identity is left out: MySQL allows one AUTO_INCREMENT column a table and ${first?.name ?? 'another column'} has it`);
      return undefined;
    }
    if (identity === 'always') this.warn('identity-translated', 'info', this.place(table, column), 'GENERATED ALWAYS is written as AUTO_INCREMENT, which also accepts explicit values');
    return identity;
  }

  private firstIdentityColumn(table: Table): Column | undefined {
    if (!this.identityColumns.has(table)) {
      const first = table.columns.find((c) => c.identity !== undefined && this.columnType(table, c).family === 'integer');
      this.identityColumns.set(table, first);
    }
    return this.identityColumns.get(table);
  }

  protected override explicitNull(type: MappedType, nullable: boolean): string {
    // Without explicit_defaults_for_timestamp, a TIMESTAMP column is silently NOT NULL; NULL keeps it nullable.
    return nullable && type.sql.startsWith('TIMESTAMP') ? ' NULL' : '';
  }

  protected defaultExpression(sql: string, type: MappedType, place: Place): string | undefined {
    let expression = sql;
    for (const [pattern, replacement] of DEFAULT_TRANSLATIONS) {
      if (!pattern.test(expression)) continue;
      expression = replacement;
      this.warn('default-translated', 'info', place, `the default ${sql} is written as ${expression} for MySQL`);
      break;
    }
    if (containsOutsideQuotes(expression, '::')) {
      this.warn('default-dropped', 'warning', place, `the default ${sql} is left out: MySQL has no :: casts`);
      return undefined;
    }
    if (BARE_TIMESTAMP.test(expression) && type.family === 'datetime') {
      // The default's fractional seconds must match the column's: DATETIME(3) DEFAULT CURRENT_TIMESTAMP(3).
      const digits = type.fractionalDigits ?? 0;
      return digits > 0 ? `CURRENT_TIMESTAMP(${digits})` : 'CURRENT_TIMESTAMP';
    }
    if (/^-?\d+(\.\d+)?$/.test(expression) || /^(true|false|null)$/i.test(expression)) return expression;
    // Any other expression default needs parentheses (MySQL 8.0.13+, MariaDB 10.2+).
    return isWrapped(expression) ? expression : `(${expression})`;
  }

  protected typeStatements(): string[] {
    return [];
  }

  protected dropStatements(tables: readonly Table[]): string[] {
    // MySQL has no DROP ... CASCADE; switching foreign-key checks off lets tables in a cycle go in any order.
    return ['SET FOREIGN_KEY_CHECKS = 0;', ...[...tables].reverse().map((t) => `DROP TABLE IF EXISTS ${this.tableName(t)};`), 'SET FOREIGN_KEY_CHECKS = 1;'];
  }

  protected override keyPart(table: Table, column: Column, order: SortOrder, kind: KeyKind): string {
    const name = this.ident(column.name);
    const type = this.columnType(table, column);
    let sql = name;
    if (kind !== 'fulltext' && (type.family === 'text' || type.family === 'blob')) {
      if (kind === 'unique') {
        this.warn('index-prefix', 'info', this.place(table, column), `UNIQUE on a ${type.sql} column: MariaDB enforces it with a hash; MySQL 8 rejects it without a prefix length`);
      } else {
        sql = `${name}(${PREFIX_LENGTH})`;
        this.warn('index-prefix', 'warning', this.place(table, column), `${kind === 'primary' ? 'a primary key' : 'an index'} on a ${type.sql} column needs a prefix length in MySQL; it covers the first ${PREFIX_LENGTH} characters`);
      }
    }
    return order === 'desc' ? `${sql} DESC` : sql;
  }

  /** MySQL keeps comments in utf8mb3: characters outside the Basic Multilingual Plane (emoji) become '?'. */
  private checkCommentCharacters(comment: string, place: Place): void {
    if (codePointLength(comment) !== comment.length) this.warn('text-changed', 'warning', place, "the comment holds characters outside the Basic Multilingual Plane (such as emoji), which MySQL stores as '?'");
  }

  protected override inlineUnique(table: Table, column: Column): string {
    const sql = super.inlineUnique(table, column);
    if (sql !== '') {
      this.keyPart(table, column, 'asc', 'unique');
      this.unnamedIndexName(column);
    }
    return sql;
  }

  protected override tableStatements(table: Table, deferred: ReadonlySet<ForeignKey>): string[] {
    this.indexNames.clear();
    this.indexNames.add('primary');
    for (const u of table.uniques) if (u.name) this.indexNames.add(u.name.toLowerCase());
    for (const i of table.indexes) if (i.name) this.indexNames.add(i.name.toLowerCase());
    return super.tableStatements(table, deferred);
  }

  protected override uniqueLine(table: Table, unique: UniqueConstraint): string | undefined {
    const line = super.uniqueLine(table, unique);
    if (!line || unique.name) return line;
    const first = table.columns.find((c) => c.id === unique.columns[0]);
    const name = first ? this.unnamedIndexName(first) : undefined;
    return name ? `CONSTRAINT ${this.ident(name)} ${line}` : line;
  }

  /**
   * MySQL names an unnamed index after its first column (then column_2, column_3...) and fails
   * when that passes 64 characters. Tracks the names so, and returns a shortened name to write
   * where MySQL's own would be too long (undefined: MySQL's name is fine).
   */
  private unnamedIndexName(column: Column): string | undefined {
    let candidate = column.name;
    for (let n = 2; this.indexNames.has(candidate.toLowerCase()); n++) candidate = `${column.name}_${n}`;
    if (codePointLength(candidate) <= 64) {
      this.indexNames.add(candidate.toLowerCase());
      return undefined;
    }
    for (let n = 2; ; n++) {
      const suffix = `_${n}`;
      const name = truncateCodePoints(column.name, 64 - suffix.length).replace(/ +$/, '') + suffix;
      if (!this.indexNames.has(name.toLowerCase())) {
        this.indexNames.add(name.toLowerCase());
        return name;
      }
    }
  }

  protected inlineIndexLines(table: Table, indexes: readonly ResolvedIndex[]): string[] {
    const lines: string[] = [];
    for (const index of indexes) {
      const fulltext = index.method === 'fulltext';
      const kind = fulltext ? 'fulltext' : index.unique ? 'unique' : 'index';
      const parts = index.parts.map((p) => this.keyPart(table, p.column, p.order, kind));
      const prefix = fulltext ? 'FULLTEXT ' : index.unique ? 'UNIQUE ' : '';
      const name = index.name ?? this.unnamedIndexName(index.parts[0].column);
      lines.push(`${prefix}KEY ${name ? `${this.ident(name)} ` : ''}(${parts.join(', ')})`);
      if (!fulltext) this.checkKeyLength(table, index);
    }
    const identity = this.firstIdentityColumn(table);
    if (identity && this.identityOf(table, identity) && !this.startsAKey(table, identity, indexes)) {
      // InnoDB needs the AUTO_INCREMENT column to lead some index.
      this.warn('identity-invalid', 'info', this.place(table, identity), 'MySQL needs an AUTO_INCREMENT column to lead an index; a KEY on it is added');
      const name = this.unnamedIndexName(identity);
      lines.push(`KEY ${name ? `${this.ident(name)} ` : ''}(${this.ident(identity.name)})`);
    }
    return lines;
  }

  private startsAKey(table: Table, column: Column, indexes: readonly ResolvedIndex[]): boolean {
    if (table.primaryKey?.columns[0] === column.id || column.unique) return true;
    if (table.uniques.some((u) => u.columns[0] === column.id)) return true;
    return indexes.some((i) => i.method !== 'fulltext' && i.parts[0]?.column === column);
  }

  private checkKeyLength(table: Table, index: ResolvedIndex): void {
    let bytes = 0;
    for (const part of index.parts) {
      const type = this.columnType(table, part.column);
      bytes += type.family === 'text' || type.family === 'blob' ? PREFIX_LENGTH * 4 : (type.keyBytes ?? 0);
    }
    if (bytes > MAX_KEY_BYTES && !index.unique) {
      this.warn('key-too-long', 'warning', this.place(table, index.parts[0].column), `${this.indexLabel(table, index.index)} takes up to ${bytes} bytes in utf8mb4; InnoDB allows ${MAX_KEY_BYTES}`);
    }
  }

  protected afterTableStatements(): string[] {
    return [];
  }

  protected tableOptions(table: Table): string {
    if (table.columns.length === 0) this.warn('table-empty', 'warning', this.place(table), 'MySQL tables need at least one column; CREATE TABLE will fail');
    if (!table.comment) return TABLE_OPTIONS;
    if (codePointLength(table.comment) > MAX_TABLE_COMMENT) this.warn('text-too-long', 'warning', this.place(table), `the table comment is longer than MySQL's ${MAX_TABLE_COMMENT} characters`);
    this.checkCommentCharacters(table.comment, this.place(table));
    return `${TABLE_OPTIONS} COMMENT=${this.stringLiteral(table.comment)}`;
  }

  protected inlineColumnComment(table: Table, column: Column): string {
    if (!column.comment) return '';
    if (codePointLength(column.comment) > MAX_COLUMN_COMMENT) this.warn('text-too-long', 'warning', this.place(table, column), `the column comment is longer than MySQL's ${MAX_COLUMN_COMMENT} characters`);
    this.checkCommentCharacters(column.comment, this.place(table, column));
    return ` COMMENT ${this.stringLiteral(column.comment)}`;
  }

  protected addForeignKeyStatement(table: Table, _fk: ForeignKey, clause: string): string {
    if (this.options.ifNotExists && !this.warnedRerun) {
      this.warnedRerun = true;
      this.warn('rerun-unsafe', 'info', this.place(table), 'MySQL has no ADD CONSTRAINT IF NOT EXISTS: running the script again adds the foreign keys of a reference cycle again');
    }
    return `ALTER TABLE ${this.tableName(table)} ADD ${clause};`;
  }

  protected adaptIndexMethod(table: Table, index: Index): IndexMethod {
    const label = this.indexLabel(table, index);
    if (index.method === 'hash') this.warn('index-method-unsupported', 'info', this.place(table), `${label}: InnoDB builds HASH indexes as B-trees; written as a B-tree index`);
    else this.warn('index-method-unsupported', 'warning', this.place(table), `${label}: MySQL has no ${index.method.toUpperCase()} indexes; written as a B-tree index`);
    return 'btree';
  }

  /** NO ACTION is written out: MariaDB records an omitted action as RESTRICT, MySQL 8 as NO ACTION. */
  protected override referentialAction(event: 'DELETE' | 'UPDATE', action: ReferentialAction, table: Table, columns: readonly Column[], label: string): string {
    if (action === 'no-action') return ` ON ${event} NO ACTION`;
    return super.referentialAction(event, action, table, columns, label);
  }

  protected override setNullOnNotNull(event: 'DELETE' | 'UPDATE', table: Table, notNull: readonly Column[], label: string): string {
    this.warn('fk-action-unsupported', 'warning', this.place(table, notNull[0]), `${label}: MySQL rejects ON ${event} SET NULL on NOT NULL column ${notNull.map((c) => c.name).join(', ')}; written without it (NO ACTION)`);
    return '';
  }

  protected checkNamespaces(): void {
    // Index names are per table; foreign-key and CHECK names are per database (MySQL 8). All compare case-insensitively.
    const schemaWide = new Map<string, string>();
    for (const table of this.diagram.tables) {
      const place = this.place(table);
      if (fileNameBytes(table.name) > MAX_FILE_NAME_BYTES) {
        this.warn('identifier-too-long', 'warning', place, `MySQL stores the table in files named after it, and "${table.name}" encodes to about ${fileNameBytes(table.name)} bytes there (at most ${MAX_FILE_NAME_BYTES}); CREATE TABLE will fail`);
      }
      if (table.primaryKey?.name) this.warn('primary-key-name-ignored', 'info', place, `MySQL always names the primary key PRIMARY; ${table.primaryKey.name} is not kept`);
      // Loops rather than spread arrays: this runs for every table of big diagrams.
      if (table.uniques.length + table.indexes.length > 0) {
        const indexNames = new Set<string>();
        const claimIndex = (name: string | undefined) => {
          if (!name) return;
          const key = name.toLowerCase();
          if (indexNames.has(key)) this.warn('duplicate-name', 'warning', place, `two indexes or unique constraints of the table are named ${name}`);
          indexNames.add(key);
        };
        for (const u of table.uniques) claimIndex(u.name);
        for (const i of table.indexes) claimIndex(i.name);
      }
      const claimConstraint = (name: string | undefined) => {
        if (!name) return;
        const key = `${this.options.schemaQualified ? (table.schema ?? '') : ''}\u0000${name.toLowerCase()}`;
        const first = schemaWide.get(key);
        if (first !== undefined) this.warn('duplicate-name', 'warning', place, `the constraint name ${name} is also used in ${first}; MySQL needs foreign-key and CHECK names unique in the database`);
        else schemaWide.set(key, table.name);
      };
      for (const c of table.checks) claimConstraint(c.name);
      for (const f of table.foreignKeys) claimConstraint(f.name);
    }
  }

  /**
   * MySQL names an unnamed foreign key `table_ibfk_N` (and MySQL 8 a CHECK `table_chk_N`) and
   * fails when that passes 64 characters; such constraints get a shortened name of that form.
   */
  protected override foreignKeyName(table: Table, fk: ForeignKey): string | undefined {
    return fk.name ?? this.inventName(table, '_ibfk_', table.foreignKeys.indexOf(fk) + 1);
  }

  protected override checkName(table: Table, check: CheckConstraint): string | undefined {
    return check.name ?? this.inventName(table, '_chk_', table.checks.indexOf(check) + 1);
  }

  private inventName(table: Table, infix: string, n: number): string | undefined {
    const suffix = `${infix}${n}`;
    if (codePointLength(table.name) + suffix.length <= 64) return undefined;
    if (!this.inventedNames) {
      this.inventedNames = new Set();
      for (const t of this.diagram.tables) for (const name of [...t.foreignKeys.map((f) => f.name), ...t.checks.map((c) => c.name)]) if (name) this.inventedNames.add(name.toLowerCase());
    }
    for (let extra = 0; ; extra++) {
      const tail = extra === 0 ? suffix : `${suffix}_${extra}`;
      const name = truncateCodePoints(table.name, 64 - tail.length).replace(/ +$/, '') + tail;
      if (!this.inventedNames.has(name.toLowerCase())) {
        this.inventedNames.add(name.toLowerCase());
        return name;
      }
    }
  }

  /**
   * MySQL rejects a CHECK on a column that a foreign key changes (CASCADE, SET NULL): such a
   * CHECK is left out with a warning so the script still runs. Columns are found by name.
   */
  protected override checkLine(table: Table, check: CheckConstraint): string | undefined {
    const acting = new Set<Column>();
    for (const fk of table.foreignKeys) {
      if ((fk.onDelete === 'no-action' || fk.onDelete === 'restrict') && (fk.onUpdate === 'no-action' || fk.onUpdate === 'restrict')) continue;
      for (const id of fk.columns) {
        const column = table.columns.find((c) => c.id === id);
        if (column) acting.add(column);
      }
    }
    const lower = acting.size > 0 ? check.expression.toLowerCase() : '';
    for (const column of acting) {
      // The substring test is a cheap filter before the quote-aware scan.
      if (lower.includes(column.name.toLowerCase()) && mentions(check.expression, column.name)) {
        this.warn('check-conflict', 'warning', this.place(table, column), `the CHECK${check.name ? ` ${check.name}` : ''} (${check.expression}) is left out: MySQL does not allow a CHECK on a column a foreign key changes with CASCADE or SET NULL`);
        return undefined;
      }
    }
    return super.checkLine(table, check);
  }

  protected override comparableType(table: Table, column: Column): string {
    return this.columnType(table, column).sql;
  }
}

/** Whether a SQL expression names a column: in backquotes or double quotes, or bare as a whole word. */
function mentions(expression: string, name: string): boolean {
  const wanted = name.toLowerCase();
  let bare = '';
  for (let i = 0; i < expression.length; i++) {
    const ch = expression[i];
    if (ch !== '`' && ch !== '"' && ch !== "'") {
      bare += ch;
      continue;
    }
    // A quoted identifier or string: read to its closing quote (doubled quotes stay inside).
    let text = '';
    let j = i + 1;
    for (; j < expression.length; j++) {
      if (expression[j] === '\\' && ch === "'") text += expression[++j] ?? '';
      else if (expression[j] !== ch) text += expression[j];
      else if (expression[j + 1] === ch) text += expression[++j];
      else break;
    }
    if (ch !== "'" && text.toLowerCase() === wanted) return true;
    bare += ' ';
    i = j;
  }
  const escaped = wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}_$])${escaped}($|[^\\p{L}\\p{N}_$])`, 'u').test(bare.toLowerCase());
}

/**
 * Bytes a table name takes as a file name: MySQL keeps letters, digits and _ and writes every
 * other character as @ and hex digits (up to 5 bytes; counted as 5 to stay on the safe side).
 */
function fileNameBytes(name: string): number {
  if (/^[A-Za-z0-9_]*$/.test(name)) return name.length;
  let bytes = 0;
  for (const ch of name) bytes += /[A-Za-z0-9_]/.test(ch) ? 1 : 5;
  return bytes;
}
