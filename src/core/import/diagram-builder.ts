import { createId } from '../model/ids';
import type {
  CheckConstraint,
  Column,
  ColumnDefault,
  ColumnType,
  Diagram,
  EnumType,
  ForeignKey,
  Id,
  IdentityKind,
  Index,
  IndexMethod,
  ReferentialAction,
  SortOrder,
  Table,
} from '../model/types';
import type { ImportNotice } from './import-types';

/**
 * Collects what the statements of a script declare, by name, and turns it into a diagram with
 * ids at the end. Names are resolved late because scripts refer forward: pg_dump adds foreign
 * keys, sequence ownership and comments after all tables, and MySQL dumps may create a child
 * table before its parent (FOREIGN_KEY_CHECKS=0).
 *
 * Every method takes the position of the statement that asked for it, so whatever cannot be
 * resolved is reported where it was written.
 */
export interface TableRef {
  schema?: string;
  name: string;
}

export interface SourceAt {
  line: number;
  column: number;
}

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  nullable: boolean;
  default?: ColumnDefault;
  identity?: IdentityKind;
  unique?: boolean;
  comment?: string;
  /** The type as written when it may name an enum declared elsewhere in the script. */
  typeRef?: TableRef;
  /** A nextval('seq') default: becomes identity 'serial' when the sequence is owned by this column. */
  sequence?: TableRef;
}

export interface IndexSpec {
  name?: string;
  columns: { name: string; order: SortOrder }[];
  unique: boolean;
  method: IndexMethod;
  where?: string;
}

export interface ForeignKeySpec {
  name?: string;
  columns: string[];
  refTable: TableRef;
  /** Empty means the parent's primary key, as SQL allows. */
  refColumns: string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
}

interface TableDraft {
  table: Table;
  columnsByName: Map<string, Column>;
  specs: Map<Column, ColumnSpec>;
}

interface Pending<T> {
  table: TableDraft;
  spec: T;
  at: SourceAt;
}

export class DiagramBuilder {
  readonly notices: ImportNotice[] = [];
  private readonly tables: TableDraft[] = [];
  private readonly tablesByKey = new Map<string, TableDraft>();
  private readonly enums: EnumType[] = [];
  private readonly enumsByKey = new Map<string, EnumType>();
  private readonly foreignKeys: Pending<ForeignKeySpec>[] = [];
  private readonly indexes: Pending<IndexSpec>[] = [];
  private readonly ownedSequences = new Map<string, { table: TableRef; column: string }>();
  private readonly declaredSequences = new Map<string, SourceAt>();
  private readonly partitions: { parent: TableRef; child: TableRef; at: SourceAt }[] = [];

  /**
   * @param defaultSchema the schema unqualified names live in ('public' for PostgreSQL); it is not
   * stored on tables, so `public.actor` and `actor` are one table and the diagram stays portable.
   * @param caseInsensitive MySQL compares table names without case on most installs.
   */
  constructor(
    private readonly defaultSchema: string | undefined,
    private readonly caseInsensitive: boolean,
  ) {}

  notice(at: SourceAt, message: string): void {
    this.notices.push({ line: at.line, column: at.column, message });
  }

  private key(ref: TableRef): string {
    const schema = ref.schema ?? this.defaultSchema ?? '';
    const k = `${schema}\u0000${ref.name}`;
    return this.caseInsensitive ? k.toLowerCase() : k;
  }

  private schemaOf(ref: TableRef): string | undefined {
    return ref.schema === undefined || ref.schema === this.defaultSchema ? undefined : ref.schema;
  }

  /** The id a table got (after build, for groups and other references by name). */
  tableId(ref: TableRef): Id | undefined {
    return this.tablesByKey.get(this.key(ref))?.table.id;
  }

  hasTable(ref: TableRef): boolean {
    return this.tablesByKey.has(this.key(ref));
  }

  /** Returns false (and reports) when the table already exists: the first definition wins. */
  addTable(ref: TableRef, at: SourceAt, comment?: string): boolean {
    const key = this.key(ref);
    if (this.tablesByKey.has(key)) {
      this.notice(at, `table ${formatRef(ref)} is defined twice; the second definition is skipped`);
      return false;
    }
    const schema = this.schemaOf(ref);
    const table: Table = {
      id: createId('tbl'),
      name: ref.name,
      ...(schema !== undefined ? { schema } : {}),
      ...(comment !== undefined ? { comment } : {}),
      position: { x: 0, y: 0 },
      columns: [],
      uniques: [],
      checks: [],
      indexes: [],
      foreignKeys: [],
    };
    const draft: TableDraft = { table, columnsByName: new Map(), specs: new Map() };
    this.tables.push(draft);
    this.tablesByKey.set(key, draft);
    return true;
  }

  /** Drops a table declared earlier (DROP TABLE after CREATE TABLE in the same script). */
  dropTable(ref: TableRef): boolean {
    const key = this.key(ref);
    const draft = this.tablesByKey.get(key);
    if (!draft) return false;
    this.tablesByKey.delete(key);
    this.tables.splice(this.tables.indexOf(draft), 1);
    return true;
  }

  private table(ref: TableRef, at: SourceAt, what: string): TableDraft | undefined {
    const draft = this.tablesByKey.get(this.key(ref));
    if (!draft) this.notice(at, `${what}: table ${formatRef(ref)} is not defined in the script; skipped`);
    return draft;
  }

  addColumn(ref: TableRef, spec: ColumnSpec, at: SourceAt): void {
    const draft = this.table(ref, at, `column ${spec.name}`);
    if (!draft) return;
    if (this.findColumn(draft, spec.name)) {
      this.notice(at, `column ${spec.name} is defined twice in table ${formatRef(ref)}; the second is skipped`);
      return;
    }
    const column: Column = {
      id: createId('col'),
      name: spec.name,
      type: spec.type,
      nullable: spec.nullable,
      ...(spec.default !== undefined ? { default: spec.default } : {}),
      ...(spec.identity !== undefined ? { identity: spec.identity } : {}),
      ...(spec.unique ? { unique: true } : {}),
      ...(spec.comment !== undefined ? { comment: spec.comment } : {}),
    };
    draft.table.columns.push(column);
    draft.columnsByName.set(this.caseInsensitive ? spec.name.toLowerCase() : spec.name, column);
    draft.specs.set(column, spec);
  }

  private findColumn(draft: TableDraft, name: string): Column | undefined {
    return draft.columnsByName.get(this.caseInsensitive ? name.toLowerCase() : name);
  }

  private columnIds(draft: TableDraft, names: readonly string[], at: SourceAt, what: string): Id[] | undefined {
    const ids: Id[] = [];
    for (const name of names) {
      const column = this.findColumn(draft, name);
      if (!column) {
        this.notice(at, `${what} names column ${name}, which table ${draft.table.name} does not have; skipped`);
        return undefined;
      }
      if (!ids.includes(column.id)) ids.push(column.id);
    }
    return ids;
  }

  /** Changes one column in place (ALTER TABLE ... ALTER COLUMN, SET NOT NULL, comments). */
  updateColumn(ref: TableRef, name: string, at: SourceAt, change: (column: Column, spec: ColumnSpec) => void): void {
    const draft = this.table(ref, at, `column ${name}`);
    if (!draft) return;
    const column = this.findColumn(draft, name);
    if (!column) {
      this.notice(at, `table ${formatRef(ref)} has no column ${name}; skipped`);
      return;
    }
    change(column, draft.specs.get(column) ?? { name, type: column.type, nullable: column.nullable });
  }

  setTableComment(ref: TableRef, comment: string, at: SourceAt): void {
    const draft = this.table(ref, at, 'comment');
    if (draft) draft.table.comment = comment;
  }

  setPrimaryKey(ref: TableRef, columns: readonly string[], name: string | undefined, at: SourceAt): void {
    const draft = this.table(ref, at, `primary key ${name ?? ''}`.trim());
    if (!draft) return;
    if (draft.table.primaryKey) {
      this.notice(at, `table ${formatRef(ref)} already has a primary key; the second is skipped`);
      return;
    }
    const ids = this.columnIds(draft, columns, at, 'the primary key');
    if (!ids) return;
    draft.table.primaryKey = { ...(name !== undefined ? { name } : {}), columns: ids };
    // A primary key implies NOT NULL on its columns, whatever the column definitions said.
    for (const column of draft.table.columns) if (ids.includes(column.id)) column.nullable = false;
  }

  addUnique(ref: TableRef, columns: readonly string[], name: string | undefined, at: SourceAt): void {
    const draft = this.table(ref, at, `unique constraint ${name ?? ''}`.trim());
    if (!draft) return;
    const ids = this.columnIds(draft, columns, at, `unique constraint ${name ?? ''}`.trim());
    if (!ids) return;
    draft.table.uniques.push({ id: createId('unq'), ...(name !== undefined ? { name } : {}), columns: ids });
  }

  addCheck(ref: TableRef, expression: string, name: string | undefined, at: SourceAt): void {
    const draft = this.table(ref, at, `check ${name ?? ''}`.trim());
    if (!draft) return;
    const check: CheckConstraint = { id: createId('chk'), ...(name !== undefined ? { name } : {}), expression };
    draft.table.checks.push(check);
  }

  /** Indexes resolve at the end: CREATE INDEX may name columns added by a later ALTER TABLE. */
  addIndex(ref: TableRef, spec: IndexSpec, at: SourceAt): void {
    const draft = this.table(ref, at, `index ${spec.name ?? ''}`.trim());
    if (draft) this.indexes.push({ table: draft, spec, at });
  }

  addForeignKey(ref: TableRef, spec: ForeignKeySpec, at: SourceAt): void {
    const draft = this.table(ref, at, `foreign key ${spec.name ?? ''}`.trim());
    if (draft) this.foreignKeys.push({ table: draft, spec, at });
  }

  addEnum(ref: TableRef, values: string[], at: SourceAt): EnumType | undefined {
    const key = this.key(ref);
    if (this.enumsByKey.has(key)) {
      this.notice(at, `type ${formatRef(ref)} is defined twice; the second definition is skipped`);
      return undefined;
    }
    const schema = this.schemaOf(ref);
    const enumType: EnumType = { id: createId('enm'), name: ref.name, ...(schema !== undefined ? { schema } : {}), values };
    this.enums.push(enumType);
    this.enumsByKey.set(key, enumType);
    return enumType;
  }

  /** An inline enum (MySQL ENUM('a','b')) gets a type of its own, named after table and column. */
  addInlineEnum(tableName: string, columnName: string, values: string[]): EnumType {
    let name = `${tableName}_${columnName}`;
    for (let n = 2; this.enumsByKey.has(this.key({ name })); n++) name = `${tableName}_${columnName}_${n}`;
    const enumType: EnumType = { id: createId('enm'), name, values };
    this.enums.push(enumType);
    this.enumsByKey.set(this.key({ name }), enumType);
    return enumType;
  }

  findEnum(ref: TableRef): EnumType | undefined {
    return this.enumsByKey.get(this.key(ref));
  }

  // ---- Schema changes, as migration scripts write them (rename, drop). Pending indexes and
  // foreign keys hold names, so each change is applied to them as well.

  renameTable(ref: TableRef, newName: string, at: SourceAt): void {
    const draft = this.table(ref, at, `rename of ${formatRef(ref)}`);
    if (!draft) return;
    const oldKey = this.key(ref);
    const renamed: TableRef = { ...(ref.schema !== undefined ? { schema: ref.schema } : {}), name: newName };
    if (this.tablesByKey.has(this.key(renamed))) {
      this.notice(at, `cannot rename ${formatRef(ref)} to ${newName}: that table exists; skipped`);
      return;
    }
    this.tablesByKey.delete(oldKey);
    this.tablesByKey.set(this.key(renamed), draft);
    draft.table.name = newName;
    for (const fk of this.foreignKeys) if (this.key(fk.spec.refTable) === oldKey) fk.spec.refTable = renamed;
    for (const p of this.partitions) {
      if (this.key(p.parent) === oldKey) p.parent = renamed;
      if (this.key(p.child) === oldKey) p.child = renamed;
    }
    for (const [seq, owner] of this.ownedSequences) if (this.key(owner.table) === oldKey) this.ownedSequences.set(seq, { ...owner, table: renamed });
  }

  renameColumn(ref: TableRef, oldName: string, newName: string, at: SourceAt): void {
    const draft = this.table(ref, at, `rename of column ${oldName}`);
    if (!draft) return;
    const column = this.findColumn(draft, oldName);
    if (!column) {
      this.notice(at, `table ${formatRef(ref)} has no column ${oldName} to rename; skipped`);
      return;
    }
    const same = (name: string) => (this.caseInsensitive ? name.toLowerCase() === oldName.toLowerCase() : name === oldName);
    const rename = (name: string) => (same(name) ? newName : name);
    this.columnsByNameDelete(draft, oldName);
    column.name = newName;
    draft.columnsByName.set(this.caseInsensitive ? newName.toLowerCase() : newName, column);
    const spec = draft.specs.get(column);
    if (spec) spec.name = newName;
    for (const x of this.indexes) if (x.table === draft) x.spec.columns = x.spec.columns.map((c) => ({ ...c, name: rename(c.name) }));
    for (const fk of this.foreignKeys) {
      if (fk.table === draft) fk.spec.columns = fk.spec.columns.map(rename);
      if (this.tablesByKey.get(this.key(fk.spec.refTable)) === draft) fk.spec.refColumns = fk.spec.refColumns.map(rename);
    }
    for (const [seq, owner] of this.ownedSequences) {
      if (this.tablesByKey.get(this.key(owner.table)) === draft && same(owner.column)) this.ownedSequences.set(seq, { ...owner, column: newName });
    }
  }

  private columnsByNameDelete(draft: TableDraft, name: string): void {
    draft.columnsByName.delete(this.caseInsensitive ? name.toLowerCase() : name);
  }

  /** DROP COLUMN: the keys, indexes and foreign keys that use the column go with it, as in the database. */
  dropColumn(ref: TableRef, name: string, at: SourceAt): void {
    const draft = this.table(ref, at, `drop of column ${name}`);
    if (!draft) return;
    const column = this.findColumn(draft, name);
    if (!column) {
      this.notice(at, `table ${formatRef(ref)} has no column ${name} to drop; skipped`);
      return;
    }
    const same = (n: string) => (this.caseInsensitive ? n.toLowerCase() === name.toLowerCase() : n === name);
    const t = draft.table;
    t.columns = t.columns.filter((c) => c !== column);
    this.columnsByNameDelete(draft, name);
    draft.specs.delete(column);
    if (t.primaryKey?.columns.includes(column.id)) delete t.primaryKey;
    t.uniques = t.uniques.filter((u) => !u.columns.includes(column.id));
    removeWhere(this.indexes, (x) => x.table === draft && x.spec.columns.some((c) => same(c.name)));
    removeWhere(this.foreignKeys, (fk) => (fk.table === draft && fk.spec.columns.some(same)) || (this.tablesByKey.get(this.key(fk.spec.refTable)) === draft && fk.spec.refColumns.some(same)));
  }

  /** DROP CONSTRAINT / DROP FOREIGN KEY / DROP PRIMARY KEY / DROP INDEX (MySQL), by name. */
  dropConstraint(ref: TableRef, name: string | undefined, kind: 'any' | 'primary' | 'foreign' | 'index' | 'check', at: SourceAt): void {
    const draft = this.table(ref, at, `drop of constraint ${name ?? ''}`.trim());
    if (!draft) return;
    const t = draft.table;
    const matches = (n: string | undefined) => n !== undefined && name !== undefined && (this.caseInsensitive ? n.toLowerCase() === name.toLowerCase() : n === name);
    let dropped = 0;
    if ((kind === 'primary' || kind === 'any') && t.primaryKey && (kind === 'primary' || matches(t.primaryKey.name))) {
      delete t.primaryKey;
      dropped++;
    }
    if (kind === 'any' || kind === 'index') {
      const before = t.uniques.length;
      t.uniques = t.uniques.filter((u) => !matches(u.name));
      dropped += before - t.uniques.length;
      dropped += removeWhere(this.indexes, (x) => x.table === draft && matches(x.spec.name));
    }
    if (kind === 'any' || kind === 'foreign') dropped += removeWhere(this.foreignKeys, (fk) => fk.table === draft && matches(fk.spec.name));
    if (kind === 'any' || kind === 'check') {
      const before = t.checks.length;
      t.checks = t.checks.filter((c) => !matches(c.name));
      dropped += before - t.checks.length;
    }
    if (dropped === 0) this.notice(at, `table ${formatRef(ref)} has no ${kind === 'any' ? 'constraint' : kind === 'primary' ? 'primary key' : kind} ${name ?? ''} to drop; skipped`.replace(/\s+;/, ';'));
  }

  /** PostgreSQL DROP INDEX: index names are unique per schema, so search every table of it. */
  dropIndex(schema: string | undefined, name: string, at: SourceAt): void {
    const inSchema = (draft: TableDraft) => (draft.table.schema ?? this.defaultSchema) === (schema ?? this.defaultSchema);
    const removed = removeWhere(this.indexes, (x) => inSchema(x.table) && x.spec.name === name);
    if (removed === 0) this.notice(at, `no index ${name} to drop; skipped`);
  }

  renameConstraint(ref: TableRef, oldName: string, newName: string, at: SourceAt): void {
    const draft = this.table(ref, at, `rename of constraint ${oldName}`);
    if (!draft) return;
    const t = draft.table;
    let renamed = 0;
    if (t.primaryKey?.name === oldName) {
      t.primaryKey.name = newName;
      renamed++;
    }
    for (const named of [...t.uniques, ...t.checks, ...this.foreignKeys.filter((fk) => fk.table === draft).map((fk) => fk.spec)]) {
      if (named.name !== oldName) continue;
      named.name = newName;
      renamed++;
    }
    if (renamed === 0) this.notice(at, `table ${formatRef(ref)} has no constraint ${oldName} to rename; skipped`);
  }

  renameIndex(schema: string | undefined, oldName: string, newName: string, at: SourceAt): void {
    const inSchema = (draft: TableDraft) => (draft.table.schema ?? this.defaultSchema) === (schema ?? this.defaultSchema);
    const index = this.indexes.find((x) => inSchema(x.table) && x.spec.name === oldName);
    if (index) index.spec.name = newName;
    else this.notice(at, `no index ${oldName} to rename; skipped`);
  }

  /** ATTACH PARTITION: the partition stays a table of its own and gets the parent's keys at build. */
  attachPartition(parent: TableRef, child: TableRef, at: SourceAt): void {
    this.partitions.push({ parent, child, at });
  }

  /** CREATE SEQUENCE in the script: its nextval() defaults can become serial columns. */
  declareSequence(sequence: TableRef, at: SourceAt): void {
    this.declaredSequences.set(this.key(sequence), at);
  }

  ownSequence(sequence: TableRef, table: TableRef, column: string): void {
    this.ownedSequences.set(this.key(sequence), { table, column });
  }

  /** Resolves everything that was named and returns the diagram; unresolvable parts become notices. */
  build(name: string): Diagram {
    this.resolveSequences();
    this.resolveEnumColumns();
    for (const { table, spec, at } of this.indexes) this.resolveIndex(table, spec, at);
    for (const { table, spec, at } of this.foreignKeys) this.resolveForeignKey(table, spec, at);
    this.copyKeysToPartitions();
    return {
      id: createId('dgm'),
      name,
      tables: this.tables.map((d) => d.table),
      enums: this.enums,
      notes: [],
      groups: [],
    };
  }

  /** A column whose type names an enum declared in the script draws its values from it. */
  private resolveEnumColumns(): void {
    for (const draft of this.tables) {
      for (const [column, spec] of draft.specs) {
        if (!spec.typeRef) continue;
        const enumType = this.findEnum(spec.typeRef);
        if (!enumType) continue;
        const dims = column.type.arrayDimensions;
        column.type = dims ? { name: 'enum', arrayDimensions: dims } : { name: 'enum' };
        column.enumId = enumType.id;
      }
    }
  }

  /**
   * nextval('seq') on the column that owns `seq` is what SERIAL expands to: store it as serial.
   * A sequence created in the script but owned by nothing (older dumps, hand-written scripts)
   * counts too when exactly one column draws from it: the diagram holds no sequences, and a
   * default naming a sequence that the generated DDL never creates would not load.
   */
  private resolveSequences(): void {
    const users = new Map<string, Column[]>();
    for (const draft of this.tables) {
      for (const [column, spec] of draft.specs) {
        if (!spec.sequence || column.identity !== undefined) continue;
        const key = this.key(spec.sequence);
        users.set(key, [...(users.get(key) ?? []), column]);
        const owner = this.ownedSequences.get(key);
        const ownerTable = owner && this.tablesByKey.get(this.key(owner.table));
        if (ownerTable === draft && owner && this.findColumn(draft, owner.column) === column) {
          column.identity = 'serial';
          delete column.default;
        }
      }
    }
    for (const [key, columns] of users) {
      const at = this.declaredSequences.get(key);
      if (at === undefined || this.ownedSequences.has(key)) continue;
      if (columns.length > 1) {
        this.notice(at, `sequence ${key.split('\u0000').pop() ?? ''} is shared by ${columns.length} columns; their nextval() defaults are kept as written and need the sequence, which the diagram does not hold`);
        continue;
      }
      if (columns[0].identity !== undefined) continue;
      const column = columns[0];
      column.identity = 'serial';
      delete column.default;
      this.notice(at, `sequence ${key.split('\u0000').pop() ?? ''} is owned by no column; column ${column.name}, its only user, is imported as serial`);
    }
  }

  /**
   * PostgreSQL gives every partition the primary key, unique constraints and indexes of its
   * partitioned parent (pg_dump does not repeat them per partition). The diagram holds partitions
   * as plain tables, so they get copies, unless the partition already has the same key or index.
   */
  private copyKeysToPartitions(): void {
    for (const { parent, child } of this.partitions) {
      const from = this.tablesByKey.get(this.key(parent));
      const to = this.tablesByKey.get(this.key(child));
      if (!from || !to || from === to) continue;
      const mapIds = (ids: readonly Id[]): Id[] | undefined => {
        const out: Id[] = [];
        for (const id of ids) {
          const name = from.table.columns.find((c) => c.id === id)?.name;
          const column = name === undefined ? undefined : this.findColumn(to, name);
          if (!column) return undefined;
          out.push(column.id);
        }
        return out;
      };
      const pk = from.table.primaryKey && mapIds(from.table.primaryKey.columns);
      if (pk && !to.table.primaryKey) to.table.primaryKey = { columns: pk };
      for (const u of from.table.uniques) {
        const columns = mapIds(u.columns);
        if (columns && !to.table.uniques.some((x) => sameList(x.columns, columns))) to.table.uniques.push({ id: createId('unq'), columns });
      }
      for (const index of from.table.indexes) {
        const ids = mapIds(index.columns.map((c) => c.columnId));
        if (!ids) continue;
        const columns = index.columns.map((c, i) => ({ columnId: ids[i], order: c.order }));
        const same = to.table.indexes.some((x) => x.unique === index.unique && x.method === index.method && x.where === index.where && sameList(x.columns.map((c) => `${c.columnId} ${c.order}`), columns.map((c) => `${c.columnId} ${c.order}`)));
        if (!same) to.table.indexes.push({ id: createId('idx'), columns, unique: index.unique, method: index.method, ...(index.where !== undefined ? { where: index.where } : {}) });
      }
    }
  }

  private resolveIndex(draft: TableDraft, spec: IndexSpec, at: SourceAt): void {
    const what = `index ${spec.name ?? ''}`.trim();
    const columns: Index['columns'] = [];
    for (const part of spec.columns) {
      const column = this.findColumn(draft, part.name);
      if (!column) {
        this.notice(at, `${what} names column ${part.name}, which table ${draft.table.name} does not have; skipped`);
        return;
      }
      if (!columns.some((c) => c.columnId === column.id)) columns.push({ columnId: column.id, order: part.order });
    }
    const index: Index = {
      id: createId('idx'),
      ...(spec.name !== undefined ? { name: spec.name } : {}),
      columns,
      unique: spec.unique,
      method: spec.method,
      ...(spec.where !== undefined ? { where: spec.where } : {}),
    };
    draft.table.indexes.push(index);
  }

  private resolveForeignKey(draft: TableDraft, spec: ForeignKeySpec, at: SourceAt): void {
    const what = `foreign key ${spec.name ?? ''}`.trim();
    const parent = this.tablesByKey.get(this.key(spec.refTable));
    if (!parent) {
      this.notice(at, `${what} refers to table ${formatRef(spec.refTable)}, which is not defined in the script; skipped`);
      return;
    }
    const columns = this.columnIds(draft, spec.columns, at, what);
    if (!columns) return;
    let refColumns: Id[] | undefined;
    if (spec.refColumns.length === 0) {
      refColumns = parent.table.primaryKey?.columns;
      if (!refColumns) {
        this.notice(at, `${what} refers to the primary key of ${parent.table.name}, which has none; skipped`);
        return;
      }
    } else refColumns = this.columnIds(parent, spec.refColumns, at, what);
    if (!refColumns) return;
    if (refColumns.length !== columns.length) {
      this.notice(at, `${what} has ${columns.length} column(s) but refers to ${refColumns.length}; skipped`);
      return;
    }
    const fk: ForeignKey = {
      id: createId('fk'),
      ...(spec.name !== undefined ? { name: spec.name } : {}),
      columns,
      refTableId: parent.table.id,
      refColumns,
      onDelete: spec.onDelete,
      onUpdate: spec.onUpdate,
    };
    draft.table.foreignKeys.push(fk);
  }
}

/** Removes the items that match, in place; returns how many. */
function removeWhere<T>(items: T[], test: (item: T) => boolean): number {
  let removed = 0;
  for (let i = items.length - 1; i >= 0; i--) {
    if (test(items[i])) {
      items.splice(i, 1);
      removed++;
    }
  }
  return removed;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function formatRef(ref: TableRef): string {
  return ref.schema !== undefined ? `${ref.schema}.${ref.name}` : ref.name;
}
