/**
 * The dialect-neutral diagram model.
 *
 * Identity is always a stable id, never a name: a rename changes `name` only, so undo, diffs and
 * migrations see a rename as a rename. Every object in a diagram (table, column, constraint,
 * index, foreign key, enum, note, group) carries an id that is unique across the whole diagram.
 *
 * Model data is immutable: edits return new objects, so React and selectors compare by reference.
 */

export type Id = string;

export interface Point {
  x: number;
  y: number;
}

/**
 * Type names the model understands in every dialect. Anything else (inet, tsvector, geometry...)
 * is kept as written and passed through by the generators, which warn when the target dialect
 * does not know it.
 */
export const KNOWN_TYPE_NAMES = [
  'smallint',
  'integer',
  'bigint',
  'decimal',
  'real',
  'double',
  'boolean',
  'char',
  'varchar',
  'text',
  'date',
  'time',
  'timestamp',
  'timestamptz',
  'interval',
  'uuid',
  'json',
  'jsonb',
  'binary',
  'enum',
] as const;

export type KnownTypeName = (typeof KNOWN_TYPE_NAMES)[number];

export interface ColumnType {
  /** A KnownTypeName, or a dialect-specific type name kept verbatim (lower case for known ones). */
  name: string;
  /** varchar(n), char(n). */
  length?: number;
  /** decimal(p, s), time/timestamp fractional-second precision. */
  precision?: number;
  scale?: number;
  /** PostgreSQL array dimensions (text[] is 1). Absent or 0 means a scalar. */
  arrayDimensions?: number;
}

/** A default is either a literal value (escaped by the generators) or a SQL expression kept as written. */
export type ColumnDefault =
  | { kind: 'literal'; value: string | number | boolean | null }
  | { kind: 'expression'; sql: string };

/**
 * How a column's value is generated.
 * - 'always' / 'by-default': SQL-standard identity columns (GENERATED ... AS IDENTITY).
 * - 'serial': a sequence-backed default (PostgreSQL SERIAL, MySQL AUTO_INCREMENT).
 */
export type IdentityKind = 'always' | 'by-default' | 'serial';

export interface Column {
  id: Id;
  name: string;
  type: ColumnType;
  nullable: boolean;
  default?: ColumnDefault;
  identity?: IdentityKind;
  /** A single-column UNIQUE written on the column itself. Composite ones live in Table.uniques. */
  unique?: boolean;
  comment?: string;
  /** Set when type.name is 'enum': the EnumType this column draws its values from. */
  enumId?: Id;
}

export interface PrimaryKey {
  name?: string;
  /** Column ids in key order; one for a simple key, several for a composite key. */
  columns: Id[];
}

export interface UniqueConstraint {
  id: Id;
  name?: string;
  columns: Id[];
}

export interface CheckConstraint {
  id: Id;
  name?: string;
  /** The boolean SQL expression, as written (e.g. `price >= 0`). */
  expression: string;
}

export const INDEX_METHODS = ['btree', 'hash', 'gin', 'gist', 'fulltext'] as const;
export type IndexMethod = (typeof INDEX_METHODS)[number];

export type SortOrder = 'asc' | 'desc';

export interface IndexColumn {
  columnId: Id;
  order: SortOrder;
}

export interface Index {
  id: Id;
  name?: string;
  columns: IndexColumn[];
  unique: boolean;
  method: IndexMethod;
  /** A partial index's predicate, as written (without the WHERE keyword). */
  where?: string;
  /**
   * Non-key columns stored in the index leaf (PostgreSQL INCLUDE), so a query can be answered
   * from the index alone; they do not take part in ordering or uniqueness. MySQL has none.
   */
  include?: Id[];
}

export const REFERENTIAL_ACTIONS = ['no-action', 'restrict', 'cascade', 'set-null', 'set-default'] as const;
export type ReferentialAction = (typeof REFERENTIAL_ACTIONS)[number];

/** One end of a relationship as drawn in crow's-foot notation. */
export const RELATIONSHIP_ENDS = ['zero-or-one', 'exactly-one', 'zero-or-many', 'one-or-many'] as const;
export type RelationshipEnd = (typeof RELATIONSHIP_ENDS)[number];

/**
 * The cardinality a designer states for a relationship. When absent, it is derived from the
 * model (see relationship-ends.ts): the child side is many unless the foreign-key columns are
 * unique, and the parent side is optional when the foreign-key columns are nullable.
 */
export interface Cardinality {
  /** How many parent rows one child row refers to: 'exactly-one' or 'zero-or-one'. */
  parent: RelationshipEnd;
  /** How many child rows refer to one parent row. */
  child: RelationshipEnd;
}

export interface ForeignKey {
  id: Id;
  name?: string;
  /** Referencing column ids in this (child) table, in the order of refColumns. */
  columns: Id[];
  /** The referenced (parent) table. */
  refTableId: Id;
  /** Referenced column ids in the parent table. */
  refColumns: Id[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
  cardinality?: Cardinality;
}

export interface Table {
  id: Id;
  name: string;
  schema?: string;
  comment?: string;
  /** A CSS colour for the table's header on the canvas. */
  color?: string;
  position: Point;
  columns: Column[];
  primaryKey?: PrimaryKey;
  uniques: UniqueConstraint[];
  checks: CheckConstraint[];
  indexes: Index[];
  foreignKeys: ForeignKey[];
  /** Shown on the canvas with its key columns only (primary, foreign and unique keys). */
  collapsed?: boolean;
  /** What the designer declared for normalization analysis; absent when nothing is declared. */
  normalization?: TableNormalization;
}

/**
 * A dependency the designer declares between a table's columns (by column id):
 * - 'fd', a functional dependency X -> Y: rows that agree on X agree on Y;
 * - 'mvd', a multivalued dependency X ->> Y: for one X, the set of Y values is independent of
 *   the rest of the row.
 */
export interface DeclaredDependency {
  id: Id;
  kind: 'fd' | 'mvd';
  determinant: Id[];
  dependent: Id[];
}

/** A join dependency *(R1, ..., Rn): the table is the natural join of its projections on the components. */
export interface DeclaredJoinDependency {
  id: Id;
  components: Id[][];
}

/** Columns that together form a repeating group, such as phone1, phone2, phone3. */
export interface DeclaredRepeatingGroup {
  id: Id;
  columns: Id[];
}

/**
 * Normalization facts that the model's keys cannot express. Keys (primary key, unique
 * constraints) already imply dependencies and are never repeated here.
 */
export interface TableNormalization {
  dependencies: DeclaredDependency[];
  joinDependencies?: DeclaredJoinDependency[];
  /** Columns whose values are lists (a comma-separated `tags` text, for example): they break 1NF. */
  multivaluedColumns?: Id[];
  repeatingGroups?: DeclaredRepeatingGroup[];
  /** Keys of suggestions the designer dismissed, so they are not offered again. */
  dismissedSuggestions?: string[];
}

export interface EnumType {
  id: Id;
  name: string;
  schema?: string;
  values: string[];
}

export interface Note {
  id: Id;
  text: string;
  position: Point;
  width: number;
  height: number;
  color?: string;
}

export interface Group {
  id: Id;
  name: string;
  color?: string;
  /** The tables inside the group's area; moving the group moves them. */
  tableIds: Id[];
}

export interface Diagram {
  id: Id;
  name: string;
  tables: Table[];
  enums: EnumType[];
  notes: Note[];
  groups: Group[];
  /** What the application runs against the schema, for the index advisor; absent until the user writes some. */
  workload?: Workload;
}

/** The SQL an application runs, and how many rows each table holds (by table id), for index advice. */
export interface Workload {
  queries: string;
  rowEstimates: Record<Id, number>;
}
