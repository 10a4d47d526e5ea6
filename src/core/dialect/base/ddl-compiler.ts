import { isUniqueColumnSet, qualifiedName } from '../../model/queries';
import type {
  CheckConstraint,
  Column,
  ColumnDefault,
  ColumnType,
  Diagram,
  EnumType,
  ForeignKey,
  Id,
  Index,
  IndexMethod,
  ReferentialAction,
  SortOrder,
  Table,
  UniqueConstraint,
} from '../../model/types';
import type { DialectCapabilities } from '../capabilities';
import type { DdlOptions, DdlResult, DdlWarning, DdlWarningCode, DdlWarningSeverity, DialectName } from '../dialect';
import { resolveForeignType, type ForeignTypeRules } from './foreign-types';
import { codePointLength, utf8Length } from './identifier-names';
import { checkSqlFragment } from './sql-fragment-check';
import { SCALAR_FAMILIES, type MappedType } from './type-family';
import { orderTables } from './table-order';
import type { TypeNote } from './type-note';

/** Where a warning points: the table and, when it is about one, the column (named only if a warning is made). */
export interface Place {
  table?: Table;
  column?: Column;
}

export type ResolvedOptions = Required<DdlOptions>;

/** An index after the dialect's limits were applied; what changed was warned about. */
export interface ResolvedIndex {
  index: Index;
  name?: string;
  unique: boolean;
  method: IndexMethod;
  parts: { column: Column; order: SortOrder }[];
  where?: string;
  /** Non-key INCLUDE columns, when the dialect and method can write them. */
  include?: Column[];
}

/** What a key part belongs to (MySQL writes prefix lengths differently for each). */
export type KeyKind = 'primary' | 'unique' | 'index' | 'fulltext';

/** Identity after validation: the kind the dialect will write, or none. */
export type ResolvedIdentity = Column['identity'];

/** Families a full-text index can cover ('other' includes tsvector). */
const TEXT_FAMILIES: ReadonlySet<string> = new Set(['string', 'text', 'other']);

const ACTION_SQL: Record<ReferentialAction, string> = {
  'no-action': 'NO ACTION',
  restrict: 'RESTRICT',
  cascade: 'CASCADE',
  'set-null': 'SET NULL',
  'set-default': 'SET DEFAULT',
};

/**
 * The shared DDL compiler: it walks the dialect-neutral model in dependency order and writes
 * statements, asking the dialect subclass only for what differs (quoting, literals, type names,
 * identity, index and comment syntax). One instance compiles one diagram once; the warnings it
 * collects are part of the result, never thrown.
 */
export abstract class DdlCompiler {
  protected readonly warnings: DdlWarning[] = [];
  protected readonly options: ResolvedOptions;
  protected readonly tablesById = new Map<Id, Table>();
  protected readonly enumsById = new Map<Id, EnumType>();
  /** Mapped column types by table, in column order: keyed by table so 20,000 columns do not each need an identity hash. */
  private readonly typeCache = new Map<Table, (MappedType | undefined)[]>();
  private readonly identityCache = new Map<Column, ResolvedIdentity>();
  private readonly identCache = new Map<string, string>();
  /** Column lists (ids, in order) of the current table's primary key and UNIQUEs written so far. */
  private readonly keySignatures = new Set<string>();

  protected constructor(
    protected readonly dialect: DialectName,
    protected readonly dialectLabel: string,
    protected readonly capabilities: DialectCapabilities,
    protected readonly diagram: Diagram,
    options: DdlOptions,
  ) {
    this.options = {
      quoteIdentifiers: options.quoteIdentifiers ?? 'needed',
      ifNotExists: options.ifNotExists ?? false,
      dropFirst: options.dropFirst ?? false,
      schemaQualified: options.schemaQualified ?? false,
      header: options.header ?? true,
    };
    for (const table of diagram.tables) this.tablesById.set(table.id, table);
    for (const e of diagram.enums) this.enumsById.set(e.id, e);
  }

  // ---- What each dialect provides ------------------------------------------------------------

  /** Wraps an identifier in the dialect's quotes, doubling any quote inside it. */
  protected abstract quoteIdentifier(name: string): string;
  /** True when the bare identifier would be read differently (reserved word, case, odd characters). */
  protected abstract identifierNeedsQuotes(name: string): boolean;
  /** Why the dialect cannot hold this identifier at all (beyond length), if it cannot. */
  protected abstract identifierProblem(name: string): string | undefined;
  /** A string literal that cannot end early, whatever the value holds. */
  protected abstract stringLiteral(value: string, place: Place): string;
  protected abstract booleanLiteral(value: boolean, type: MappedType): string;
  /** The dialect's spelling of a model type name it knows (not enum, not arrays). */
  protected abstract builtinType(type: ColumnType): { type: MappedType; note?: TypeNote } | undefined;
  /** Type names outside the model: the dialect's own, extension types, other dialects' types. */
  protected abstract readonly foreignTypes: ForeignTypeRules;
  /** What an enum column is written as (the enum type's name, or an inline ENUM(...)). */
  protected abstract enumColumnType(table: Table, column: Column, enumType: EnumType): MappedType;
  /** An array of `element` with `dimensions` dimensions, or what stands in for one. */
  protected abstract arrayType(table: Table, column: Column, element: MappedType, dimensions: number): MappedType;
  /** The type written when a column's type cannot be (unsafe name, missing enum). */
  protected abstract readonly fallbackType: MappedType;
  /** The type plus identity clause (SERIAL, GENERATED ... AS IDENTITY, AUTO_INCREMENT). */
  protected abstract typeWithIdentity(type: MappedType, identity: ResolvedIdentity, column: Column): { type: string; clause: string };
  /** A default expression as this dialect needs it written (translated, parenthesized). */
  protected abstract defaultExpression(sql: string, type: MappedType, place: Place): string | undefined;
  /** Statements after the drops and before the tables (PostgreSQL: CREATE TYPE for enums). */
  protected abstract typeStatements(): string[];
  protected abstract dropStatements(tables: readonly Table[]): string[];
  /** Lines inside CREATE TABLE after the constraints (MySQL: KEY ...). */
  protected abstract inlineIndexLines(table: Table, indexes: readonly ResolvedIndex[]): string[];
  /** Statements after CREATE TABLE (PostgreSQL: CREATE INDEX, COMMENT ON). */
  protected abstract afterTableStatements(table: Table, indexes: readonly ResolvedIndex[]): string[];
  /** Text after the closing parenthesis of CREATE TABLE (MySQL: ENGINE=InnoDB ...). */
  protected abstract tableOptions(table: Table): string;
  /** An inline column comment clause (MySQL), or ''. */
  protected abstract inlineColumnComment(table: Table, column: Column): string;
  /** The statement adding a foreign key that could not be written inside CREATE TABLE (a cycle). */
  protected abstract addForeignKeyStatement(table: Table, fk: ForeignKey, clause: string): string;
  /** An index method the dialect builds differently, as it will build it (warning about the change). */
  protected abstract adaptIndexMethod(table: Table, index: Index, parts: ResolvedIndex['parts']): IndexMethod;
  /** A key part inside PRIMARY KEY / UNIQUE / KEY (MySQL adds prefix lengths for TEXT). */
  protected keyPart(_table: Table, column: Column, order: SortOrder, _kind: KeyKind): string {
    return order === 'desc' ? `${this.ident(column.name)} DESC` : this.ident(column.name);
  }

  // ---- The shared walk ------------------------------------------------------------------------

  compile(): DdlResult {
    const order = orderTables(this.diagram);
    this.checkNames();
    const statements: string[] = [];
    let body = '';
    // Statements of one block (a table with its indexes and comments) are separated by a line
    // break, blocks by a blank line. Built in one pass: 2,000 tables must take milliseconds.
    const addBlock = (block: readonly string[]) => {
      for (let i = 0; i < block.length; i++) {
        if (statements.length > 0) body += i === 0 ? '\n\n' : '\n';
        body += block[i];
        statements.push(block[i]);
      }
    };
    if (this.options.dropFirst && (order.tables.length > 0 || this.diagram.enums.length > 0)) addBlock(this.dropStatements(order.tables));
    if (this.options.schemaQualified) addBlock(this.schemaStatements(order.tables));
    addBlock(this.typeStatements());
    const tableStatements: Record<string, number> = {};
    for (const table of order.tables) {
      tableStatements[qualifiedName(table)] = statements.length;
      addBlock(this.tableStatements(table, order.deferred));
    }
    const deferred: string[] = [];
    for (const table of order.tables) {
      for (const fk of table.foreignKeys) {
        if (!order.deferred.has(fk)) continue;
        const clause = this.foreignKeyClause(table, fk);
        if (clause) deferred.push(this.addForeignKeyStatement(table, fk, clause));
      }
    }
    addBlock(deferred);
    const header = this.options.header ? `-- ${this.dialectLabel} DDL for "${oneLine(this.diagram.name)}", generated by erd-modeler.\n\n` : '';
    return { dialect: this.dialect, sql: `${header}${body}${body === '' ? '' : '\n'}`, statements, warnings: this.warnings, tableStatements };
  }

  protected tableStatements(table: Table, deferred: ReadonlySet<ForeignKey>): string[] {
    const lines: string[] = [];
    const pk = this.primaryKeyColumns(table);
    const inlinePk = pk.length === 1 && !table.primaryKey?.name ? pk[0] : undefined;
    this.keySignatures.clear();
    if (pk.length > 0) this.keySignatures.add(pk.map((c) => c.id).join('\u0000'));
    for (const column of table.columns) lines.push(this.columnDefinition(table, column, column === inlinePk));
    if (pk.length > 0 && !inlinePk) {
      const parts = pk.map((c) => this.keyPart(table, c, 'asc', 'primary'));
      lines.push(`${this.constraintName(table.primaryKey?.name)}PRIMARY KEY (${parts.join(', ')})`);
    }
    for (const unique of table.uniques) {
      const line = this.uniqueLine(table, unique);
      if (line) lines.push(line);
    }
    const indexes = table.indexes.map((i) => this.resolveIndex(table, i)).filter((i): i is ResolvedIndex => i !== undefined);
    lines.push(...this.inlineIndexLines(table, indexes));
    for (const check of table.checks) {
      const line = this.checkLine(table, check);
      if (line) lines.push(line);
    }
    for (const fk of table.foreignKeys) {
      if (deferred.has(fk)) continue;
      const clause = this.foreignKeyClause(table, fk);
      if (clause) lines.push(clause);
    }
    const ifNotExists = this.options.ifNotExists ? 'IF NOT EXISTS ' : '';
    const body = lines.length === 0 ? '()' : `(\n  ${lines.join(',\n  ')}\n)`;
    return [`CREATE TABLE ${ifNotExists}${this.tableName(table)} ${body}${this.tableOptions(table)};`, ...this.afterTableStatements(table, indexes)];
  }

  protected columnDefinition(table: Table, column: Column, inlinePrimaryKey: boolean): string {
    const type = this.columnType(table, column);
    const identity = this.identityOf(table, column);
    // Most columns have no identity: skip the pair object for them (20,000 columns add up).
    let typeSql = type.sql;
    let identityClause = '';
    if (identity) ({ type: typeSql, clause: identityClause } = this.typeWithIdentity(type, identity, column));
    let sql = `${this.ident(column.name)} ${typeSql}`;
    const nullable = this.isNullable(table, column);
    // A primary key implies NOT NULL; writing it again next to PRIMARY KEY adds nothing.
    if (!nullable && !inlinePrimaryKey) sql += ' NOT NULL';
    else sql += this.explicitNull(type, nullable);
    if (column.default) {
      const place = this.place(table, column);
      if (identity) {
        this.warn('default-dropped', 'warning', place, `the default is left out: an identity column (${identity}) generates its own values`);
      } else if (this.defaultFits(column, nullable, place)) {
        const value = this.defaultValue(column.default, type, place);
        if (value !== undefined) sql += ` DEFAULT ${value}`;
      }
    }
    sql += identityClause;
    if (inlinePrimaryKey) sql += ' PRIMARY KEY';
    if (column.unique) sql += this.inlineUnique(table, column);
    return sql + this.inlineColumnComment(table, column);
  }

  /** False (warned) for a literal default the column can never hold: NULL on NOT NULL, a value outside its enum. */
  protected defaultFits(column: Column, nullable: boolean, place: Place): boolean {
    const d = column.default;
    if (d?.kind !== 'literal') return true;
    if (d.value === null && !nullable) {
      this.warn('default-dropped', 'warning', place, 'the default NULL is left out: the column is NOT NULL');
      return false;
    }
    if (column.type.name === 'enum' && typeof d.value === 'string' && column.enumId !== undefined) {
      const values = this.enumsById.get(column.enumId)?.values;
      if (values && !values.includes(d.value)) {
        this.warn('default-dropped', 'warning', place, `the default '${d.value}' is left out: it is not a value of the enum`);
        return false;
      }
    }
    return true;
  }

  /** ' UNIQUE', or a warning and '' when the column cannot be a unique key in this dialect. */
  protected inlineUnique(table: Table, column: Column): string {
    if (this.repeatsKey(table, [column], 'the UNIQUE on the column')) return '';
    if (!this.keyable(table, column, 'a UNIQUE constraint')) return '';
    return ' UNIQUE';
  }

  /**
   * True (with a note) when the columns, in this order, are already the primary key or another
   * UNIQUE of the table: PostgreSQL silently drops such a repeat, so neither dialect writes it.
   */
  protected repeatsKey(table: Table, columns: readonly Column[], what: string): boolean {
    const signature = columns.map((c) => c.id).join('\u0000');
    if (this.keySignatures.has(signature)) {
      this.warn('redundant-constraint', 'info', this.place(table, columns.length === 1 ? columns[0] : undefined), `${what} (${columns.map((c) => c.name).join(', ')}) repeats the primary key or another UNIQUE; left out`);
      return true;
    }
    this.keySignatures.add(signature);
    return false;
  }

  /** ' NULL' where a dialect would otherwise make a nullable column NOT NULL (MySQL TIMESTAMP). */
  protected explicitNull(_type: MappedType, _nullable: boolean): string {
    return '';
  }

  protected uniqueLine(table: Table, unique: UniqueConstraint): string | undefined {
    const columns = this.resolveColumns(table, unique.columns, `the unique constraint${unique.name ? ` ${unique.name}` : ''}`);
    if (!columns) return undefined;
    if (this.repeatsKey(table, columns, `the unique constraint${unique.name ? ` ${unique.name}` : ''}`)) return undefined;
    for (const column of columns) if (!this.keyable(table, column, 'a UNIQUE constraint')) return undefined;
    const parts = columns.map((c) => this.keyPart(table, c, 'asc', 'unique'));
    return `${this.constraintName(this.uniqueName(table, unique))}UNIQUE (${parts.join(', ')})`;
  }

  protected checkLine(table: Table, check: CheckConstraint): string | undefined {
    const expression = this.safeFragment(check.expression, this.place(table), `the CHECK${check.name ? ` ${check.name}` : ''} (${check.expression})`);
    if (expression === undefined) return undefined;
    return `${this.constraintName(this.checkName(table, check))}CHECK (${expression})`;
  }

  /** `[CONSTRAINT name] FOREIGN KEY (...) REFERENCES ...`, or undefined (warned) when it cannot be written. */
  protected foreignKeyClause(table: Table, fk: ForeignKey): string | undefined {
    const label = `the foreign key${fk.name ? ` ${fk.name}` : ''}`;
    const place = this.place(table);
    const target = this.tablesById.get(fk.refTableId);
    if (!target) {
      this.warn('fk-invalid', 'warning', place, `${label} is left out: it references a table that is not in the diagram`);
      return undefined;
    }
    const columns = this.resolveColumns(table, fk.columns, label);
    const refColumns = this.resolveColumns(target, fk.refColumns, () => `${label} (referenced columns)`, place);
    if (!columns || !refColumns) return undefined;
    if (columns.length !== refColumns.length) {
      this.warn('fk-invalid', 'warning', place, `${label} is left out: it has ${columns.length} columns but references ${refColumns.length}`);
      return undefined;
    }
    if (!isUniqueColumnSet(target, fk.refColumns)) {
      this.warn('fk-invalid', 'warning', place, `${label} is left out: the referenced columns (${refColumns.map((c) => c.name).join(', ')}) of ${qualifiedName(target)} are not its primary key or a unique key`);
      return undefined;
    }
    columns.forEach((column, i) => {
      const mine = this.comparableType(table, column);
      const theirs = this.comparableType(target, refColumns[i]);
      if (mine !== theirs) {
        this.warn('fk-type-mismatch', 'warning', this.place(table, column), `${label}: column type ${mine} does not match ${theirs} of ${qualifiedName(target)}.${refColumns[i].name}; the database may reject it`);
      }
    });
    let sql = `${this.constraintName(this.foreignKeyName(table, fk))}FOREIGN KEY (${columns.map((c) => this.ident(c.name)).join(', ')}) REFERENCES ${this.tableName(target)} (${refColumns.map((c) => this.ident(c.name)).join(', ')})`;
    sql += this.referentialAction('DELETE', fk.onDelete, table, columns, label);
    sql += this.referentialAction('UPDATE', fk.onUpdate, table, columns, label);
    return sql;
  }

  /** The name a foreign key is written with: the model's, or one the dialect must invent. */
  protected foreignKeyName(_table: Table, fk: ForeignKey): string | undefined {
    return fk.name;
  }

  /** The name a unique constraint is written with (PostgreSQL renames one that clashes in the schema). */
  protected uniqueName(_table: Table, unique: UniqueConstraint): string | undefined {
    return unique.name;
  }

  protected checkName(_table: Table, check: CheckConstraint): string | undefined {
    return check.name;
  }

  protected referentialAction(event: 'DELETE' | 'UPDATE', action: ReferentialAction, table: Table, columns: readonly Column[], label: string): string {
    if (action === 'no-action') return '';
    if (!this.capabilities.referentialActions.includes(action)) {
      this.warn('fk-action-unsupported', 'warning', this.place(table), `${label}: ON ${event} ${ACTION_SQL[action]} is not supported by ${this.dialectLabel}; written without it (NO ACTION)`);
      return '';
    }
    if (action === 'set-null') {
      const notNull = columns.filter((c) => !this.isNullable(table, c));
      if (notNull.length > 0) return this.setNullOnNotNull(event, table, notNull, label);
    }
    return ` ON ${event} ${ACTION_SQL[action]}`;
  }

  /** ON ... SET NULL on a NOT NULL column: PostgreSQL accepts it (and fails at run time); MySQL rejects it. */
  protected setNullOnNotNull(event: 'DELETE' | 'UPDATE', table: Table, notNull: readonly Column[], label: string): string {
    this.warn('fk-action-unsupported', 'warning', this.place(table, notNull[0]), `${label}: ON ${event} SET NULL on NOT NULL column ${notNull.map((c) => c.name).join(', ')} will fail when it fires`);
    return ` ON ${event} SET NULL`;
  }

  // ---- Indexes --------------------------------------------------------------------------------

  protected resolveIndex(table: Table, index: Index): ResolvedIndex | undefined {
    // Built only when a warning needs it: most indexes produce none.
    const label = () => this.indexLabel(table, index);
    const place = this.place(table);
    const columns = this.resolveColumns(table, index.columns.map((c) => c.columnId), label);
    if (!columns) return undefined;
    let parts = columns.map((column, i) => ({ column, order: index.columns[i].order }));
    let method: IndexMethod = index.method;
    if (method === 'fulltext') {
      const notText = parts.find((p) => !TEXT_FAMILIES.has(this.columnType(table, p.column).family));
      if (notText) {
        this.warn('index-method-unsupported', 'warning', this.place(table, notText.column), `${label()}: a FULLTEXT index needs text columns, not ${this.columnType(table, notText.column).sql}; written as a B-tree index`);
        method = 'btree';
      }
    }
    if (!this.capabilities.indexMethods.includes(method)) method = this.adaptIndexMethod(table, index, parts);
    let unique = index.unique;
    if (method === 'gin' || method === 'gist') {
      const scalar = parts.find((p) => SCALAR_FAMILIES.has(this.columnType(table, p.column).family));
      if (scalar && !(index.method === 'fulltext' && method === 'gin')) {
        this.warn('index-method-unsupported', 'warning', this.place(table, scalar.column), `${label()}: ${method.toUpperCase()} on a ${this.columnType(table, scalar.column).sql} column needs the btree_${method} extension; written as a B-tree index`);
        method = 'btree';
      }
    }
    if (unique && method !== 'btree') {
      this.warn('index-method-unsupported', 'warning', place, `${label()}: a ${method.toUpperCase()} index cannot be unique in ${this.dialectLabel}; written as a unique B-tree index`);
      method = 'btree';
    }
    if (parts.some((p) => p.order === 'desc') && (method !== 'btree' || !this.capabilities.descendingIndexes)) {
      this.warn('index-order-unsupported', 'warning', place, `${label()}: a ${method.toUpperCase()} index has no DESC key parts; written in ascending order`);
      parts = parts.map((p) => ({ ...p, order: 'asc' as const }));
    }
    if (method === 'btree' || method === 'hash') {
      for (const part of parts) if (!this.keyable(table, part.column, label)) return undefined;
    }
    let where: string | undefined;
    if (index.where !== undefined && index.where.trim() !== '') {
      const safe = this.safeFragment(index.where, place, `${label()} (WHERE ${index.where})`);
      if (safe === undefined) {
        this.warn('index-invalid', 'warning', place, `${label()} is left out: its WHERE predicate cannot be written safely`);
        return undefined;
      }
      if (this.capabilities.partialIndexes) where = safe;
      else {
        this.warn(
          'partial-index-unsupported',
          'warning',
          this.place(table, columns[0]),
          `${label()} on ${columns.map((c) => c.name).join(', ')}: ${this.dialectLabel} has no partial indexes; WHERE ${safe} is left out, so the index covers every row${unique ? ' and uniqueness applies to every row' : ''}`,
        );
      }
    }
    const include = this.resolveInclude(table, index, method, parts, label);
    return { index, name: index.name, unique, method, parts, where, include };
  }

  /** INCLUDE columns: dropped with a warning where the dialect or the method has none. */
  private resolveInclude(table: Table, index: Index, method: IndexMethod, parts: ResolvedIndex['parts'], label: () => string): Column[] | undefined {
    if (!index.include || index.include.length === 0) return undefined;
    const keys = new Set(parts.map((p) => p.column.id));
    const columns: Column[] = [];
    for (const id of index.include) {
      const column = table.columns.find((c) => c.id === id);
      if (!column) {
        this.warn('index-invalid', 'warning', this.place(table), `${label()}: an INCLUDE column is not in ${qualifiedName(table)}; left out of INCLUDE`);
      } else if (!keys.has(column.id) && !columns.includes(column)) columns.push(column);
    }
    if (columns.length === 0) return undefined;
    const names = columns.map((c) => c.name).join(', ');
    if (!this.capabilities.includeColumns) {
      this.warn('include-unsupported', 'warning', this.place(table, columns[0]), `${label()} on ${qualifiedName(table)}: ${this.dialectLabel} has no INCLUDE columns; INCLUDE (${names}) is left out, so the index does not cover them`);
      return undefined;
    }
    if (method !== 'btree' && method !== 'gist') {
      this.warn('include-unsupported', 'warning', this.place(table, columns[0]), `${label()} on ${qualifiedName(table)}: a ${method.toUpperCase()} index cannot have INCLUDE columns; INCLUDE (${names}) is left out`);
      return undefined;
    }
    return columns;
  }

  /** How warnings name an index: by its name, or by its columns when it has none. */
  protected indexLabel(table: Table, index: Index): string {
    if (index.name) return `the index ${index.name}`;
    const names = index.columns.map((p) => table.columns.find((c) => c.id === p.columnId)?.name ?? '?');
    return `the index on (${names.join(', ')})`;
  }

  /**
   * Whether the column can be part of a B-tree key in this dialect; warns (naming `what`) when
   * not. PostgreSQL's json has no equality operator; MySQL cannot index JSON at all.
   */
  protected keyable(table: Table, column: Column, what: string | (() => string)): boolean {
    const type = this.columnType(table, column);
    if (type.family === 'json' && !this.jsonKeyable(type)) {
      this.warn('index-invalid', 'warning', this.place(table, column), `${typeof what === 'string' ? what : what()} is left out: a ${type.sql} column cannot be part of a key in ${this.dialectLabel}`);
      return false;
    }
    return true;
  }

  protected jsonKeyable(_type: MappedType): boolean {
    return false;
  }

  // ---- Columns --------------------------------------------------------------------------------

  protected columnType(table: Table, column: Column): MappedType {
    let types = this.typeCache.get(table);
    if (!types) {
      types = new Array<MappedType | undefined>(table.columns.length);
      this.typeCache.set(table, types);
    }
    const position = table.columns.indexOf(column);
    if (position < 0) return this.mapType(table, column);
    return (types[position] ??= this.mapType(table, column));
  }

  /** The column's type in this dialect, warning about what had to change. */
  protected mapType(table: Table, column: Column): MappedType {
    const dimensions = column.type.arrayDimensions ?? 0;
    const element = this.scalarType(table, column);
    return dimensions > 0 ? this.arrayType(table, column, element, dimensions) : element;
  }

  private scalarType(table: Table, column: Column): MappedType {
    const place = this.place(table, column);
    const type = column.type;
    if (type.name === 'enum') {
      const enumType = column.enumId === undefined ? undefined : this.enumsById.get(column.enumId);
      if (enumType) return this.enumColumnType(table, column, enumType);
      this.warn('enum-invalid', 'warning', place, `the column's enum type is missing from the diagram; written as ${this.fallbackType.sql}`);
      return this.fallbackType;
    }
    const builtin = this.builtinType(type);
    if (builtin) {
      if (builtin.note) this.warn(builtin.note.code, builtin.note.severity, place, builtin.note.message);
      return builtin.type;
    }
    const foreign = resolveForeignType(type, this.foreignTypes);
    switch (foreign.kind) {
      case 'native':
        return foreign.type;
      case 'extension':
        this.warn('type-needs-extension', 'info', place, `${foreign.type.sql} needs the ${foreign.extension} extension in ${this.dialectLabel}`);
        return foreign.type;
      case 'translated':
        this.warn('type-translated', 'info', place, `${foreign.from} is not a ${this.dialectLabel} type; written as ${foreign.type.sql}`);
        return foreign.type;
      case 'unknown':
        this.warn('type-unknown', 'warning', place, `${foreign.type.sql} is not a ${this.dialectLabel} type the generator knows; written as is`);
        return foreign.type;
      case 'unsafe':
        this.warn('type-unsafe', 'warning', place, `the type "${foreign.written}" cannot be written safely (only names, spaces and a (list) of words and numbers); written as ${this.fallbackType.sql}`);
        return this.fallbackType;
    }
  }

  /** Identity as it will be written: only on integer columns (warned otherwise). */
  protected identityOf(table: Table, column: Column): ResolvedIdentity {
    if (column.identity === undefined) return undefined;
    if (this.identityCache.has(column)) return this.identityCache.get(column);
    let identity: ResolvedIdentity;
    const type = this.columnType(table, column);
    if (type.family !== 'integer') {
      this.warn('identity-invalid', 'warning', this.place(table, column), `identity (${column.identity}) is left out: only smallint, integer and bigint columns can generate values, not ${type.sql}`);
    } else identity = this.validateIdentity(table, column, column.identity);
    this.identityCache.set(column, identity);
    return identity;
  }

  /** Dialect limits on identity columns (MySQL: one per table). */
  protected validateIdentity(_table: Table, _column: Column, identity: NonNullable<ResolvedIdentity>): ResolvedIdentity {
    return identity;
  }

  /** A comparable spelling of the column's type for foreign-key checks (identity columns compare as their base type). */
  protected comparableType(table: Table, column: Column): string {
    return this.columnType(table, column).sql;
  }

  /** Nullability as the database will have it: key and identity columns are NOT NULL whatever the model says. */
  protected isNullable(table: Table, column: Column): boolean {
    if (!column.nullable) return false;
    if (table.primaryKey?.columns.includes(column.id)) return false;
    if (this.identityOf(table, column)) return false;
    return true;
  }

  private primaryKeyColumns(table: Table): Column[] {
    if (!table.primaryKey || table.primaryKey.columns.length === 0) return [];
    const columns = this.resolveColumns(table, table.primaryKey.columns, 'the primary key');
    if (!columns) return [];
    for (const column of columns) {
      if (column.nullable) this.warn('nullable-key-column', 'info', this.place(table, column), 'the column is in the primary key, so it is NOT NULL although the model allows NULL');
      if (!this.keyable(table, column, 'the primary key')) return [];
    }
    return columns;
  }

  protected defaultValue(value: ColumnDefault, type: MappedType, place: Place): string | undefined {
    if (value.kind === 'expression') {
      const safe = this.safeFragment(value.sql, place, `the default (${value.sql})`);
      return safe === undefined ? undefined : this.defaultExpression(safe, type, place);
    }
    return this.literal(value.value, type, place);
  }

  protected literal(value: string | number | boolean | null, type: MappedType, place: Place): string | undefined {
    if (value === null) return 'NULL';
    if (typeof value === 'boolean') return this.booleanLiteral(value, type);
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) {
        this.warn('default-dropped', 'warning', place, `the default ${value} is left out: SQL has no such number`);
        return undefined;
      }
      return String(value);
    }
    if (type.family === 'boolean' && /^(true|false)$/i.test(value)) return this.booleanLiteral(value.toLowerCase() === 'true', type);
    if (type.maxLength !== undefined && codePointLength(value) > type.maxLength) {
      this.warn('default-dropped', 'warning', place, `the default '${value}' is left out: it is longer than ${type.sql} holds`);
      return undefined;
    }
    return this.stringLiteral(value, place);
  }

  // ---- Names ----------------------------------------------------------------------------------

  /** An identifier, quoted when needed or always (by option). */
  protected ident(name: string): string {
    let quoted = this.identCache.get(name);
    if (quoted === undefined) {
      // A NUL cannot be part of any identifier; checkNames() warned about it.
      const clean = name.includes('\0') ? name.replaceAll('\0', '') : name;
      quoted = this.options.quoteIdentifiers === 'always' || this.identifierNeedsQuotes(clean) ? this.quoteIdentifier(clean) : clean;
      this.identCache.set(name, quoted);
    }
    return quoted;
  }

  protected tableName(table: Pick<Table, 'name' | 'schema'>): string {
    return this.options.schemaQualified && table.schema ? `${this.ident(table.schema)}.${this.ident(table.name)}` : this.ident(table.name);
  }

  protected constraintName(name: string | undefined): string {
    return name ? `CONSTRAINT ${this.ident(name)} ` : '';
  }

  protected schemaStatements(tables: readonly Table[]): string[] {
    const schemas = new Set<string>();
    for (const table of tables) if (table.schema) schemas.add(table.schema);
    if (this.capabilities.enumTypes) for (const e of this.diagram.enums) if (e.schema) schemas.add(e.schema);
    return [...schemas].map((s) => `CREATE SCHEMA IF NOT EXISTS ${this.ident(s)};`);
  }

  /**
   * Warns about names the database would reject, shorten or confuse: too long, characters it
   * cannot hold, and duplicates (case-insensitively where the dialect compares names so).
   */
  protected checkNames(): void {
    const fold = (name: string) => (this.capabilities.caseInsensitiveNames ? name.toLowerCase() : name);
    const tableKeys = new Map<string, string>();
    for (const table of this.diagram.tables) {
      this.checkIdentifier(table.name, 'table name', table);
      if (table.schema && this.options.schemaQualified) this.checkIdentifier(table.schema, 'schema name', table);
      const key = this.options.schemaQualified && table.schema ? `${table.schema}\u0000${table.name}` : table.name;
      const other = tableKeys.get(key);
      if (other !== undefined) this.warn('duplicate-name', 'warning', this.place(table), `two tables are named ${table.name}${this.options.schemaQualified ? '' : ' (schemas are not written; turn on schema-qualified names)'}; the second CREATE TABLE will fail`);
      tableKeys.set(key, table.name);
      const columnKeys = new Set<string>();
      for (const column of table.columns) {
        this.checkIdentifier(column.name, 'column name', table, column);
        const columnKey = fold(column.name);
        if (columnKeys.has(columnKey)) this.warn('duplicate-name', 'warning', this.place(table, column), `another column of the table is also named ${column.name}${this.capabilities.caseInsensitiveNames ? ' (names compare case-insensitively)' : ''}`);
        columnKeys.add(columnKey);
      }
      const what = 'constraint or index name';
      if (table.primaryKey?.name) this.checkIdentifier(table.primaryKey.name, what, table);
      for (const u of table.uniques) if (u.name) this.checkIdentifier(u.name, what, table);
      for (const c of table.checks) if (c.name) this.checkIdentifier(c.name, what, table);
      for (const i of table.indexes) if (i.name) this.checkIdentifier(i.name, what, table);
      for (const f of table.foreignKeys) if (f.name) this.checkIdentifier(f.name, what, table);
    }
    for (const e of this.diagram.enums) {
      if (!this.capabilities.enumTypes) continue;
      this.checkIdentifier(e.name, 'enum type name');
    }
    this.checkNamespaces();
  }

  /** Dialect-specific name clashes (index and constraint namespaces differ per dialect). */
  protected abstract checkNamespaces(): void;

  protected checkIdentifier(name: string, what: string, table?: Table, column?: Column): void {
    const place = (): Place => (table ? this.place(table, column) : {});
    const problem = name === '' ? 'it is empty' : name.includes('\0') ? 'it contains a NUL character (left out)' : this.identifierProblem(name);
    if (problem) this.warn('identifier-invalid', 'warning', place(), `${what} "${name}": ${problem}`);
    const { maxIdentifierLength: max, identifierLengthUnit: unit } = this.capabilities;
    const length = unit === 'bytes' ? utf8Length(name) : codePointLength(name);
    if (length > max) {
      this.warn('identifier-too-long', 'warning', place(), `${what} "${name}" is ${length} ${unit} long; ${this.dialectLabel} allows ${max}${unit === 'bytes' ? ' and shortens longer names' : ''}`);
    }
  }

  // ---- Helpers --------------------------------------------------------------------------------

  protected place(table: Table, column?: Column): Place {
    return { table, column };
  }

  protected warn(code: DdlWarningCode, severity: DdlWarningSeverity, place: Place, message: string): void {
    const warning: DdlWarning = { code, severity, message };
    if (place.table !== undefined) warning.table = qualifiedName(place.table);
    if (place.column !== undefined) warning.column = place.column.name;
    this.warnings.push(warning);
  }

  /** The fragment, or undefined (warned) when it could break out of its statement. */
  protected safeFragment(sql: string, place: Place, what: string): string | undefined {
    const problem = checkSqlFragment(sql, this.capabilities);
    if (problem) {
      this.warn('expression-unsafe', 'warning', place, `${what} is left out: ${problem}`);
      return undefined;
    }
    return sql.trim();
  }

  /** The columns with these ids, or undefined (warned) when one is missing or the list is empty. */
  protected resolveColumns(table: Table, ids: readonly Id[], label: string | (() => string), place?: Place): Column[] | undefined {
    const what = () => (typeof label === 'string' ? label : label());
    if (ids.length === 0) {
      this.warn('index-invalid', 'warning', place ?? this.place(table), `${what()} is left out: it has no columns`);
      return undefined;
    }
    const columns: Column[] = [];
    for (const id of ids) {
      const column = table.columns.find((c) => c.id === id);
      if (!column) {
        this.warn(what().startsWith('the foreign key') ? 'fk-invalid' : 'index-invalid', 'warning', place ?? this.place(table), `${what()} is left out: it names a column that is not in ${qualifiedName(table)}`);
        return undefined;
      }
      columns.push(column);
    }
    return columns;
  }
}

/** Text safe inside a `--` comment: no line breaks or other control characters. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
}
