import type { AlterEnumStmt, AlterTableCmd, ColumnDef, Constraint, CreateStmt, IndexStmt, Node, RawStmt, TypeName } from 'libpg-query';
import type { ColumnType, IndexMethod } from '../../model/types';
import { DiagramBuilder, formatRef, type ColumnSpec, type SourceAt, type TableRef } from '../diagram-builder';
import type { ImportError } from '../import-types';
import { loadPgQuery, pgQuerySync } from '../lazy-parsers';
import type { SourceText } from '../source-text';
import type { SqlStatement } from '../split-statements';
import { columnTypeOf, defaultOf, fkAction, listStrings, nextvalSequence, refOf, refOfNames, stringOf, stringsOf } from './pg-nodes';
import { PgText } from './pg-text';

/**
 * PostgreSQL statements -> the diagram builder, through libpg-query: PostgreSQL's own parser
 * compiled to WebAssembly, so anything the server accepts parses (on the corpus: 1,360 of 1,360
 * statements; pgsql-ast-parser failed 122 and node-sql-parser 113, on domains, ALTER TABLE ONLY,
 * COMMENT ON EXTENSION, timestamp(6), functions).
 */

/** Loads the WebAssembly parser once; importSql awaits it before parsing. */
export async function loadPostgresParser(): Promise<void> {
  await loadPgQuery();
}

interface Domain {
  type: ColumnType;
  notNull: boolean;
  checks: string[];
  reported: boolean;
}

interface Ctx {
  builder: DiagramBuilder;
  text: PgText;
  at: SourceAt;
  domains: Map<string, Domain>;
}

/** Words that end a column DEFAULT expression (PostgreSQL's b_expr cannot contain them unparenthesized). */
const DEFAULT_STOP = new Set(['NOT', 'NULL', 'CONSTRAINT', 'CHECK', 'UNIQUE', 'PRIMARY', 'REFERENCES', 'GENERATED', 'COLLATE', 'DEFAULT', 'DEFERRABLE', 'INITIALLY']);

const INDEX_METHODS: Record<string, IndexMethod> = { btree: 'btree', hash: 'hash', gin: 'gin', gist: 'gist' };

/** Session noise in every pg_dump: not worth a notice each. */
const SILENT = new Set(['VariableSetStmt', 'TransactionStmt', 'AlterOwnerStmt', 'CreateSchemaStmt', 'AlterDefaultPrivilegesStmt', 'AlterSeqStmt', 'CreateSeqStmt']);

const SKIPPED_LABELS: Record<string, string> = {
  ViewStmt: 'view',
  CreateTableAsStmt: 'materialized view or CREATE TABLE AS',
  CreateFunctionStmt: 'function',
  CreateTrigStmt: 'trigger',
  CreatePolicyStmt: 'policy',
  GrantStmt: 'grant',
  GrantRoleStmt: 'grant',
  RuleStmt: 'rule',
  CreateExtensionStmt: 'extension',
  CommentStmt: 'comment',
  CreatedbStmt: 'CREATE DATABASE',
  DropdbStmt: 'DROP DATABASE',
  InsertStmt: 'INSERT (data)',
  CopyStmt: 'COPY (data)',
  CreateEventTrigStmt: 'event trigger',
  CreateAggregateStmt: 'aggregate',
  DefineStmt: 'type or aggregate definition',
  CompositeTypeStmt: 'composite type',
  CreateRangeStmt: 'range type',
  CreateCastStmt: 'cast',
  CreateOpClassStmt: 'operator class',
  CreatePublicationStmt: 'publication',
  CreateStatsStmt: 'statistics object',
  CreateForeignTableStmt: 'foreign table',
  DoStmt: 'DO block',
};

export function importPostgresStatements(statements: readonly SqlStatement[], source: SourceText, builder: DiagramBuilder, errors: ImportError[]): void {
  const domains = new Map<string, Domain>();
  for (const statement of statements) {
    const at = source.positionAt(statement.start);
    if (statement.kind === 'client') {
      builder.notice(at, `psql command ${statement.text.split(/\s/)[0]} skipped`);
      continue;
    }
    let raws: RawStmt[];
    try {
      raws = pgQuerySync().parseSync(statement.text).stmts ?? [];
    } catch (error) {
      errors.push(parseError(error, statement, source));
      continue;
    }
    const text = new PgText(statement.text);
    for (const raw of raws) {
      if (!raw.stmt) continue;
      const offset = statement.start + text.charAt(raw.stmt_location ?? 0);
      const ctx: Ctx = { builder, text, at: source.positionAt(offset), domains };
      try {
        importStatement(raw.stmt, ctx);
      } catch (error) {
        // A mapping bug must not lose the rest of the script: report it on this statement.
        errors.push({ ...ctx.at, message: `could not import this statement: ${error instanceof Error ? error.message : String(error)}` });
      }
    }
  }
}

function parseError(error: unknown, statement: SqlStatement, source: SourceText): ImportError {
  const details = typeof error === 'object' && error !== null && 'sqlDetails' in error ? (error as { sqlDetails?: { cursorPosition?: number } }).sqlDetails : undefined;
  const cursor = details?.cursorPosition ?? 0;
  const startOffset = statement.start + Math.min(Math.max(cursor, 0), statement.text.length);
  const word = /^(?:"(?:[^"]|"")*"|'(?:[^']|'')*'|\w+|\S)/.exec(statement.text.slice(cursor));
  const endOffset = startOffset + Math.max(word?.[0].length ?? 1, 1);
  const start = source.positionAt(startOffset);
  const end = source.positionAt(endOffset);
  const message = error instanceof Error ? error.message : String(error);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, message };
}

function importStatement(node: Node, ctx: Ctx): void {
  const kind = Object.keys(node)[0] ?? 'unknown';
  if ('CreateStmt' in node) return createTable(node.CreateStmt, ctx);
  if ('AlterTableStmt' in node) {
    const stmt = node.AlterTableStmt;
    if (stmt.objtype !== 'OBJECT_TABLE' && stmt.objtype !== undefined) {
      if (!(stmt.cmds ?? []).every(isOwnerChange)) ctx.builder.notice(ctx.at, `ALTER ${String(stmt.objtype).replace('OBJECT_', '')} skipped: the diagram holds tables only`);
      return;
    }
    const ref = refOf(stmt.relation);
    for (const cmd of stmt.cmds ?? []) if ('AlterTableCmd' in cmd) alterTable(ref, cmd.AlterTableCmd, ctx);
    return;
  }
  if ('IndexStmt' in node) return createIndex(node.IndexStmt, ctx);
  if ('CreateEnumStmt' in node) {
    ctx.builder.addEnum(refOfNames(stringsOf(node.CreateEnumStmt.typeName)), stringsOf(node.CreateEnumStmt.vals), ctx.at);
    return;
  }
  if ('AlterEnumStmt' in node) return alterEnum(node.AlterEnumStmt, ctx);
  if ('CreateDomainStmt' in node) return createDomain(node.CreateDomainStmt.domainname, node.CreateDomainStmt.typeName, node.CreateDomainStmt.constraints, ctx);
  if ('CommentStmt' in node) return comment(node.CommentStmt.objtype, node.CommentStmt.object, node.CommentStmt.comment, ctx);
  if ('AlterSeqStmt' in node || 'CreateSeqStmt' in node) {
    const seq = 'AlterSeqStmt' in node ? node.AlterSeqStmt : node.CreateSeqStmt;
    if ('CreateSeqStmt' in node) ctx.builder.declareSequence(refOf(seq.sequence), ctx.at);
    for (const option of seq.options ?? []) {
      if (!('DefElem' in option) || option.DefElem.defname !== 'owned_by') continue;
      const target = listStrings(option.DefElem.arg);
      if (target.length >= 2 && target[target.length - 1] !== 'none') {
        ctx.builder.ownSequence(refOf(seq.sequence), refOfNames(target.slice(0, -1)), target[target.length - 1]);
      }
    }
    return;
  }
  if ('DropStmt' in node) {
    const objects = (node.DropStmt.objects ?? []).map((o) => refOfNames(listStrings(o)));
    if (node.DropStmt.removeType === 'OBJECT_TABLE') for (const ref of objects) ctx.builder.dropTable(ref);
    else if (node.DropStmt.removeType === 'OBJECT_INDEX') for (const ref of objects) ctx.builder.dropIndex(ref.schema, ref.name, ctx.at);
    return;
  }
  if ('RenameStmt' in node) return rename(node.RenameStmt.renameType, refOf(node.RenameStmt.relation), node.RenameStmt.subname, node.RenameStmt.newname, ctx);
  if ('SelectStmt' in node && isSetConfig(node)) return;
  if (SILENT.has(kind)) return;
  const label = SKIPPED_LABELS[kind] ?? kind.replace(/Stmt$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  ctx.builder.notice(ctx.at, `${label} skipped: the diagram does not hold it`);
}

function isOwnerChange(cmd: Node): boolean {
  return 'AlterTableCmd' in cmd && cmd.AlterTableCmd.subtype === 'AT_ChangeOwner';
}

/** pg_dump's `SELECT pg_catalog.set_config('search_path', '', false);` */
function isSetConfig(node: Node): boolean {
  if (!('SelectStmt' in node)) return false;
  const target = node.SelectStmt.targetList?.[0];
  const value = target && 'ResTarget' in target ? target.ResTarget.val : undefined;
  return value !== undefined && 'FuncCall' in value && stringsOf(value.FuncCall.funcname).pop() === 'set_config';
}

function createTable(stmt: CreateStmt, ctx: Ctx): void {
  const ref = refOf(stmt.relation);
  if (stmt.partbound) {
    ctx.builder.notice(ctx.at, `partition ${formatRef(ref)} (PARTITION OF) skipped: the diagram does not hold partitions`);
    return;
  }
  if (stmt.if_not_exists && ctx.builder.hasTable(ref)) return;
  if (!ctx.builder.addTable(ref, ctx.at)) return;
  if (stmt.partspec) ctx.builder.notice(ctx.at, `table ${formatRef(ref)}: PARTITION BY is not held by the diagram; imported as a plain table`);
  if (stmt.inhRelations?.length) ctx.builder.notice(ctx.at, `table ${formatRef(ref)}: INHERITS is not held by the diagram; only its own columns are imported`);
  for (const element of stmt.tableElts ?? []) {
    if ('ColumnDef' in element) addColumn(ref, element.ColumnDef, ctx);
    else if ('Constraint' in element) addConstraint(ref, element.Constraint, ctx);
    else if ('TableLikeClause' in element) ctx.builder.notice(ctx.at, `table ${formatRef(ref)}: LIKE is not expanded; copy the columns in`);
  }
}

function addColumn(ref: TableRef, def: ColumnDef, ctx: Ctx): void {
  const name = def.colname ?? '';
  if (!def.typeName) return;
  const pg = columnTypeOf(def.typeName);
  const spec: ColumnSpec = { name, type: pg.type, nullable: !def.is_not_null, typeRef: pg.ref };
  if (pg.serial) spec.identity = 'serial';
  const domain = ctx.domains.get(domainKey(pg.ref));
  const later: Constraint[] = [];
  if (domain) {
    spec.type = { ...domain.type, ...(pg.type.arrayDimensions ? { arrayDimensions: pg.type.arrayDimensions } : {}) };
    delete spec.typeRef;
    if (domain.notNull) spec.nullable = false;
    if (!domain.reported) {
      ctx.builder.notice(ctx.at, `domain ${formatRef(pg.ref)} is not held by the diagram: its columns use the base type${domain.checks.length ? ' and its CHECK becomes a table check' : ''}`);
      domain.reported = true;
    }
  }
  for (const node of def.constraints ?? []) {
    if (!('Constraint' in node)) continue;
    const c = node.Constraint;
    switch (c.contype) {
      case 'CONSTR_NOTNULL':
        spec.nullable = false;
        break;
      case 'CONSTR_NULL':
        spec.nullable = true;
        break;
      case 'CONSTR_DEFAULT': {
        const sequence = nextvalSequence(c.raw_expr);
        spec.default = defaultOf(c.raw_expr, ctx.text.expressionAfterKeyword(c.location ?? 0, 'DEFAULT', DEFAULT_STOP));
        if (sequence) spec.sequence = sequence;
        break;
      }
      case 'CONSTR_IDENTITY':
        spec.identity = c.generated_when === 'd' ? 'by-default' : 'always';
        break;
      case 'CONSTR_GENERATED':
        ctx.builder.notice(ctx.at, `column ${formatRef(ref)}.${name}: generated columns are not held by the diagram; imported as a plain column`);
        break;
      case 'CONSTR_UNIQUE':
        if (c.conname === undefined) spec.unique = true;
        else later.push(c);
        break;
      case 'CONSTR_PRIMARY':
      case 'CONSTR_CHECK':
      case 'CONSTR_FOREIGN':
        later.push(c);
        break;
      default:
        break;
    }
  }
  ctx.builder.addColumn(ref, spec, ctx.at);
  for (const check of domain?.checks ?? []) ctx.builder.addCheck(ref, check.replace(/\bVALUE\b/gi, quoteIdent(name)), undefined, ctx.at);
  for (const c of later) addConstraint(ref, c, ctx, name);
}

function addConstraint(ref: TableRef, c: Constraint, ctx: Ctx, columnName?: string): void {
  const keys = columnName !== undefined ? [columnName] : stringsOf(c.keys);
  switch (c.contype) {
    case 'CONSTR_PRIMARY':
      if (c.indexname) ctx.builder.notice(ctx.at, `primary key ${c.conname ?? ''} USING INDEX ${c.indexname}: index columns are not known here; skipped`);
      else ctx.builder.setPrimaryKey(ref, keys, c.conname, ctx.at);
      return;
    case 'CONSTR_UNIQUE':
      if (c.indexname) ctx.builder.notice(ctx.at, `unique constraint ${c.conname ?? ''} USING INDEX ${c.indexname} skipped`);
      else ctx.builder.addUnique(ref, keys, c.conname, ctx.at);
      return;
    case 'CONSTR_CHECK': {
      const expression = ctx.text.parenthesizedAfter(checkKeywordLocation(c));
      if (expression !== undefined) ctx.builder.addCheck(ref, expression, c.conname, ctx.at);
      return;
    }
    case 'CONSTR_FOREIGN':
      ctx.builder.addForeignKey(
        ref,
        {
          ...(c.conname !== undefined ? { name: c.conname } : {}),
          columns: columnName !== undefined ? [columnName] : stringsOf(c.fk_attrs),
          refTable: refOf(c.pktable),
          refColumns: stringsOf(c.pk_attrs),
          onDelete: fkAction(c.fk_del_action),
          onUpdate: fkAction(c.fk_upd_action),
        },
        ctx.at,
      );
      return;
    case 'CONSTR_EXCLUSION':
      ctx.builder.notice(ctx.at, `exclusion constraint ${c.conname ?? ''} on ${formatRef(ref)} skipped: the diagram does not hold it`);
      return;
    default:
      return;
  }
}

/** A named CHECK's location is at CONSTRAINT; the expression is the first parenthesis after it. */
function checkKeywordLocation(c: Constraint): number {
  return c.location ?? 0;
}

function alterTable(ref: TableRef, cmd: AlterTableCmd, ctx: Ctx): void {
  const def = cmd.def;
  switch (cmd.subtype) {
    case 'AT_AddConstraint':
      if (def && 'Constraint' in def) addConstraint(ref, def.Constraint, ctx);
      return;
    case 'AT_AddColumn':
      if (def && 'ColumnDef' in def) addColumn(ref, def.ColumnDef, ctx);
      return;
    case 'AT_ColumnDefault':
      ctx.builder.updateColumn(ref, cmd.name ?? '', ctx.at, (column, spec) => {
        if (!def) {
          delete column.default;
          return;
        }
        const written = ctx.text.expressionAfterKeyword(0, 'DEFAULT', new Set());
        const value = defaultOf(def, written);
        if (value) column.default = value;
        const sequence = nextvalSequence(def);
        if (sequence) spec.sequence = sequence;
      });
      return;
    case 'AT_SetNotNull':
    case 'AT_DropNotNull':
      ctx.builder.updateColumn(ref, cmd.name ?? '', ctx.at, (column) => {
        column.nullable = cmd.subtype === 'AT_DropNotNull';
      });
      return;
    case 'AT_AddIdentity':
      ctx.builder.updateColumn(ref, cmd.name ?? '', ctx.at, (column) => {
        const c = def && 'Constraint' in def ? def.Constraint : undefined;
        column.identity = c?.generated_when === 'd' ? 'by-default' : 'always';
      });
      return;
    case 'AT_AlterColumnType':
      if (def && 'ColumnDef' in def && def.ColumnDef.typeName) {
        const type = columnTypeOf(def.ColumnDef.typeName).type;
        ctx.builder.updateColumn(ref, cmd.name ?? '', ctx.at, (column) => {
          column.type = type;
        });
      }
      return;
    case 'AT_DropColumn':
      ctx.builder.dropColumn(ref, cmd.name ?? '', ctx.at);
      return;
    case 'AT_DropConstraint':
      ctx.builder.dropConstraint(ref, cmd.name, 'any', ctx.at);
      return;
    case 'AT_ChangeOwner':
    case 'AT_ClusterOn':
    case 'AT_ReplicaIdentity':
    case 'AT_SetStatistics':
    case 'AT_SetIdentity':
    case 'AT_SetOptions':
    case 'AT_SetRelOptions':
      return;
    case 'AT_AttachPartition': {
      const child = def && 'PartitionCmd' in def ? def.PartitionCmd.name : undefined;
      if (child) ctx.builder.attachPartition(ref, refOf(child), ctx.at);
      ctx.builder.notice(ctx.at, `ATTACH PARTITION ${child ? formatRef(refOf(child)) : ''} to ${formatRef(ref)}: the diagram does not hold partitions; the partition stays a table of its own, with the parent's keys`);
      return;
    }
    default:
      ctx.builder.notice(ctx.at, `ALTER TABLE ${formatRef(ref)} ${String(cmd.subtype ?? '').replace(/^AT_/, '')} skipped: the diagram does not hold it`);
  }
}

/** ALTER TYPE ... ADD VALUE [BEFORE | AFTER] / RENAME VALUE, as migrations write them. */
function alterEnum(stmt: AlterEnumStmt, ctx: Ctx): void {
  const ref = refOfNames(stringsOf(stmt.typeName));
  const enumType = ctx.builder.findEnum(ref);
  const value = stmt.newVal;
  if (!enumType || value === undefined) {
    ctx.builder.notice(ctx.at, `ALTER TYPE ${formatRef(ref)} skipped: no enum of that name in the script`);
    return;
  }
  const values = enumType.values;
  if (stmt.oldVal !== undefined) {
    const at = values.indexOf(stmt.oldVal);
    if (at >= 0) values[at] = value;
    return;
  }
  if (values.includes(value)) return;
  const neighbour = stmt.newValNeighbor === undefined ? -1 : values.indexOf(stmt.newValNeighbor);
  if (neighbour < 0) values.push(value);
  else values.splice(stmt.newValIsAfter ? neighbour + 1 : neighbour, 0, value);
}

/** ALTER TABLE / INDEX ... RENAME, as migrations write them. */
function rename(kind: string | undefined, ref: TableRef, subname: string | undefined, newname: string | undefined, ctx: Ctx): void {
  if (newname === undefined) return;
  if (kind === 'OBJECT_TABLE') ctx.builder.renameTable(ref, newname, ctx.at);
  else if (kind === 'OBJECT_COLUMN' && subname !== undefined) ctx.builder.renameColumn(ref, subname, newname, ctx.at);
  else if (kind === 'OBJECT_TABCONSTRAINT' && subname !== undefined) ctx.builder.renameConstraint(ref, subname, newname, ctx.at);
  else if (kind === 'OBJECT_INDEX') ctx.builder.renameIndex(ref.schema, ref.name, newname, ctx.at);
  else ctx.builder.notice(ctx.at, `rename of ${String(kind ?? '').replace('OBJECT_', '').toLowerCase()} ${formatRef(ref)} skipped: the diagram does not hold it`);
}

function createIndex(stmt: IndexStmt, ctx: Ctx): void {
  const ref = refOf(stmt.relation);
  const name = stmt.idxname;
  const label = `index ${name ?? ''} on ${formatRef(ref)}`;
  const columns: { name: string; order: 'asc' | 'desc' }[] = [];
  for (const param of stmt.indexParams ?? []) {
    if (!('IndexElem' in param)) continue;
    const elem = param.IndexElem;
    let column = elem.name;
    if (column === undefined && elem.expr && 'ColumnRef' in elem.expr) column = stringsOf(elem.expr.ColumnRef.fields).pop();
    if (column === undefined) {
      ctx.builder.notice(ctx.at, `${label} skipped: it indexes an expression, which the diagram does not hold`);
      return;
    }
    columns.push({ name: column, order: elem.ordering === 'SORTBY_DESC' ? 'desc' : 'asc' });
  }
  const accessMethod = stmt.accessMethod ?? 'btree';
  let method = INDEX_METHODS[accessMethod];
  if (method === undefined) {
    ctx.builder.notice(ctx.at, `${label}: access method ${accessMethod} is not held by the diagram; imported as btree`);
    method = 'btree';
  }
  if (stmt.indexIncludingParams?.length) ctx.builder.notice(ctx.at, `${label}: INCLUDE columns are not held by the diagram`);
  const where = stmt.whereClause ? ctx.text.trailingWhere() : undefined;
  ctx.builder.addIndex(ref, { ...(name !== undefined ? { name } : {}), columns, unique: stmt.unique ?? false, method, ...(where !== undefined ? { where } : {}) }, ctx.at);
}

function createDomain(nameNodes: Node[] | undefined, typeName: TypeName | undefined, constraints: Node[] | undefined, ctx: Ctx): void {
  if (!typeName) return;
  const ref = refOfNames(stringsOf(nameNodes));
  const domain: Domain = { type: columnTypeOf(typeName).type, notNull: false, checks: [], reported: false };
  for (const node of constraints ?? []) {
    if (!('Constraint' in node)) continue;
    if (node.Constraint.contype === 'CONSTR_NOTNULL') domain.notNull = true;
    if (node.Constraint.contype === 'CONSTR_CHECK') {
      const expression = ctx.text.parenthesizedAfter(node.Constraint.location ?? 0);
      if (expression !== undefined) domain.checks.push(expression);
    }
  }
  ctx.domains.set(domainKey(ref), domain);
}

function domainKey(ref: TableRef): string {
  return `${ref.schema ?? 'public'}.${ref.name}`;
}

function comment(objtype: string | undefined, object: Node | undefined, text: string | undefined, ctx: Ctx): void {
  const names = listStrings(object);
  if (objtype === 'OBJECT_TABLE') {
    if (text !== undefined) ctx.builder.setTableComment(refOfNames(names), text, ctx.at);
    return;
  }
  if (objtype === 'OBJECT_COLUMN' && names.length >= 2) {
    const column = names[names.length - 1];
    ctx.builder.updateColumn(refOfNames(names.slice(0, -1)), column, ctx.at, (c) => {
      if (text === undefined) delete c.comment;
      else c.comment = text;
    });
    return;
  }
  const what = String(objtype ?? '').replace('OBJECT_', '').toLowerCase();
  ctx.builder.notice(ctx.at, `comment on ${what} ${names.join('.') || stringOf(object) || ''} skipped: the diagram holds comments on tables and columns`);
}

function quoteIdent(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
