import type { Parser } from 'node-sql-parser';
import { parseColumnType } from '../../model/column-type-text';
import type { ColumnDefault, ColumnType, IndexMethod, ReferentialAction, SortOrder } from '../../model/types';
import { formatRef, type ColumnSpec, type DiagramBuilder, type SourceAt, type TableRef } from '../diagram-builder';
import type { ImportError } from '../import-types';
import type { SourceText } from '../source-text';
import type { SqlStatement } from '../split-statements';
import { arr, columnName, num, obj, str, tableOf, type AstObject } from './mysql-ast';
import { patchMysqlForParser } from './patch-mysql';

/**
 * MySQL / MariaDB statements -> the diagram builder, through node-sql-parser (the only
 * maintained MySQL grammar for JavaScript that runs in the browser). On the corpus it read 124 of
 * 141 statements as they are; the rest failed on NVARCHAR, the BINARY column attribute and
 * client/session statements, which patch-mysql.ts and the statement filter below take care of.
 */
const PARSE_OPTIONS = { database: 'mysql' } as const;

type Handler = 'table' | 'alter' | 'index' | 'drop' | 'drop-index' | 'rename' | 'silent' | 'skip';

/** Which statements are worth parsing: the rest are session settings or objects the diagram does not hold. */
function classify(text: string): { handler: Handler; label: string } {
  const head = text.slice(0, 120).replace(/\s+/g, ' ').trim().toUpperCase();
  if (/^CREATE (TEMPORARY )?TABLE\b/.test(head)) return { handler: 'table', label: 'table' };
  if (/^ALTER (IGNORE )?TABLE\b/.test(head)) return { handler: 'alter', label: 'alter table' };
  if (/^CREATE (UNIQUE |FULLTEXT |SPATIAL )?INDEX\b/.test(head)) return { handler: 'index', label: 'index' };
  if (/^DROP (TEMPORARY )?TABLE\b/.test(head)) return { handler: 'drop', label: 'drop table' };
  if (/^DROP INDEX\b/.test(head)) return { handler: 'drop-index', label: 'drop index' };
  if (/^RENAME TABLE\b/.test(head)) return { handler: 'rename', label: 'rename table' };
  if (/^(SET|USE|LOCK|UNLOCK|START TRANSACTION|BEGIN|COMMIT|ROLLBACK|FLUSH)\b/.test(head)) return { handler: 'silent', label: '' };
  const words = head.replace(/^CREATE (OR REPLACE )?(DEFINER\s*=\s*\S+ )?(ALGORITHM\s*=\s*\S+ )?(SQL SECURITY \S+ )?/, 'CREATE ').split(' ');
  return { handler: 'skip', label: words.slice(0, 2).join(' ') };
}

export function importMysqlStatements(parser: Parser, statements: readonly SqlStatement[], source: SourceText, builder: DiagramBuilder, errors: ImportError[]): void {
  for (const statement of statements) {
    const at = source.positionAt(statement.start);
    if (statement.kind === 'client') continue;
    const { handler, label } = classify(statement.text);
    if (handler === 'silent') continue;
    if (handler === 'skip') {
      builder.notice(at, `${label} skipped: the diagram does not hold it`);
      continue;
    }
    const patched = patchMysqlForParser(statement.text);
    let ast: unknown;
    try {
      ast = parser.astify(patched.text, PARSE_OPTIONS);
    } catch (error) {
      errors.push(parseError(error, statement, source));
      continue;
    }
    const ctx: Ctx = { builder, at, parser };
    for (const note of patched.notes) builder.notice(at, note);
    try {
      for (const node of Array.isArray(ast) ? ast : [ast]) {
        const o = obj(node);
        if (!o) continue;
        if (handler === 'table') createTable(o, ctx);
        else if (handler === 'alter') alterTable(o, ctx);
        else if (handler === 'index') createIndex(o, ctx);
        else if (handler === 'drop') for (const t of arr(o.name)) dropTable(t, ctx);
        else if (handler === 'drop-index') dropIndexStatement(o, ctx);
        else if (handler === 'rename') for (const pair of arr(o.table)) renameTable(pair, ctx);
      }
    } catch (error) {
      errors.push({ ...at, message: `could not import this statement: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
}

interface Ctx {
  builder: DiagramBuilder;
  at: SourceAt;
  parser: Parser;
}

function parseError(error: unknown, statement: SqlStatement, source: SourceText): ImportError {
  const location = obj(obj(error)?.location);
  const offset = num(obj(location?.start)?.offset) ?? 0;
  const endOffset = Math.max(num(obj(location?.end)?.offset) ?? offset + 1, offset + 1);
  const start = source.positionAt(statement.start + offset);
  const end = source.positionAt(statement.start + endOffset);
  const found = /but (.*) found\.?$/.exec(error instanceof Error ? error.message : '');
  const message = found ? `syntax error: unexpected ${found[1]}` : error instanceof Error ? error.message : String(error);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, message };
}

function dropTable(value: unknown, ctx: Ctx): void {
  const ref = tableOf(value);
  if (ref) ctx.builder.dropTable(ref);
}

function createTable(ast: AstObject, ctx: Ctx): void {
  const ref = tableOf(ast.table);
  if (!ref) return;
  if (ast.like || ast.as || ast.query_expr) {
    ctx.builder.notice(ctx.at, `table ${formatRef(ref)}: CREATE TABLE ... LIKE / AS SELECT skipped: its columns are not written out`);
    return;
  }
  if (ast.if_not_exists && ctx.builder.hasTable(ref)) return;
  const comment = tableComment(ast.table_options);
  if (!ctx.builder.addTable(ref, ctx.at, comment)) return;
  for (const definition of arr(ast.create_definitions)) addDefinition(ref, obj(definition), ctx);
}

function tableComment(options: unknown): string | undefined {
  for (const option of arr(options)) {
    const o = obj(option);
    if (str(o?.keyword)?.toLowerCase() !== 'comment') continue;
    const value = str(o?.value);
    if (value !== undefined) return unquote(value);
  }
  return undefined;
}

function addDefinition(ref: TableRef, def: AstObject | undefined, ctx: Ctx): void {
  if (!def) return;
  const resource = str(def.resource);
  if (resource === 'column') addColumn(ref, def, ctx);
  else if (resource === 'constraint') addConstraint(ref, def, ctx);
  else if (resource === 'index') addIndex(ref, def, ctx);
}

function addColumn(ref: TableRef, def: AstObject, ctx: Ctx): void {
  const name = columnName(def.column);
  const definition = obj(def.definition);
  if (name === undefined || !definition) return;
  const spec: ColumnSpec = { name, type: { name: 'text' }, nullable: str(obj(def.nullable)?.type) !== 'not null' };
  const dataType = (str(definition.dataType) ?? 'text').toUpperCase();
  if (dataType === 'ENUM') {
    const values = arr(obj(definition.expr)?.value).map((v) => String(obj(v)?.value ?? ''));
    const enumType = ctx.builder.addInlineEnum(ref.name, name, values);
    spec.type = { name: 'enum' };
    spec.typeRef = { name: enumType.name };
  } else {
    spec.type = columnType(dataType, definition, ctx, `${formatRef(ref)}.${name}`);
  }
  if (def.auto_increment) spec.identity = 'serial';
  if (def.unique || def.unique_or_primary === 'unique') spec.unique = true;
  const commentValue = obj(obj(def.comment)?.value)?.value;
  if (typeof commentValue === 'string') spec.comment = commentValue;
  const defaultNode = obj(def.default_val)?.value;
  if (defaultNode !== undefined) {
    spec.default = defaultForType(spec.type, defaultOf(defaultNode, ctx.parser));
    if (obj(obj(defaultNode)?.over)?.type === 'on update') {
      ctx.builder.notice(ctx.at, `column ${formatRef(ref)}.${name}: ON UPDATE ${String(obj(obj(defaultNode)?.over)?.keyword ?? '')} is not held by the diagram`);
    }
  }
  if (def.generated || def.generated_always) {
    ctx.builder.notice(ctx.at, `column ${formatRef(ref)}.${name}: generated columns are not held by the diagram; imported as a plain column`);
  }
  ctx.builder.addColumn(ref, spec, ctx.at);
  if (def.primary_key || def.unique_or_primary === 'primary key') ctx.builder.setPrimaryKey(ref, [name], undefined, ctx.at);
  const reference = obj(def.reference_definition);
  if (reference) addForeignKey(ref, undefined, [name], reference, ctx);
}

const INT_TYPES: Record<string, string> = { TINYINT: 'tinyint', SMALLINT: 'smallint', MEDIUMINT: 'mediumint', INT: 'integer', INTEGER: 'integer', BIGINT: 'bigint' };

/** MySQL's spelling -> the model's type; what has no model name stays as written (lower case). */
function columnType(dataType: string, definition: AstObject, ctx: Ctx, where: string): ColumnType {
  const length = num(definition.length);
  const scale = num(definition.scale);
  const suffix = arr(definition.suffix).map((s) => String(s).toUpperCase());
  const unsigned = suffix.includes('UNSIGNED');
  if (suffix.includes('ZEROFILL')) ctx.builder.notice(ctx.at, `column ${where}: ZEROFILL is not held by the diagram`);
  const intName = INT_TYPES[dataType];
  if (intName !== undefined) {
    // The display width (int(11)) changes nothing stored; tinyint(1) is MySQL's boolean.
    if (dataType === 'TINYINT' && length === 1 && !unsigned) return { name: 'boolean' };
    if (unsigned) return { name: `${intName === 'integer' ? 'int' : intName} unsigned` };
    return { name: intName };
  }
  switch (dataType) {
    case 'BOOL':
    case 'BOOLEAN':
      return { name: 'boolean' };
    case 'FLOAT':
      // MySQL FLOAT is the 4-byte type; parseColumnType's 'float' means PostgreSQL's double.
      // FLOAT(p) alone is a precision in bits (25..53 is DOUBLE); FLOAT(M,D) keeps its digits.
      if (length !== undefined && (scale === undefined || scale === null) && length > 24) return unsigned ? { name: 'double unsigned' } : { name: 'double' };
      return { name: unsigned ? 'float unsigned' : 'real', ...floatDigits(length, scale) };
    case 'DOUBLE':
    case 'REAL':
      return { name: unsigned ? 'double unsigned' : 'double', ...floatDigits(length, scale) };
    case 'DATETIME':
      return length !== undefined ? { name: 'timestamp', precision: length } : { name: 'timestamp' };
    case 'TIMESTAMP':
      // MySQL TIMESTAMP is stored in UTC and shown in the session's zone: the model's timestamptz.
      return length !== undefined ? { name: 'timestamptz', precision: length } : { name: 'timestamptz' };
    case 'BINARY':
      // The model's binary(n) is variable-length (VARBINARY); fixed-length BINARY(n) is kept as MySQL writes it.
      return { name: `binary(${length ?? 1})` };
    case 'SET': {
      const values = arr(obj(definition.expr)?.value).map((v) => `'${String(obj(v)?.value ?? '').replace(/'/g, "''")}'`);
      return { name: `set(${values.join(',')})` };
    }
    default:
      break;
  }
  let text = dataType.toLowerCase();
  if (length !== undefined) text += scale !== undefined && scale !== null ? `(${length},${scale})` : `(${length})`;
  const parsed = parseColumnType(text);
  const type: ColumnType = parsed.ok ? parsed.type : { name: text };
  return unsigned && type.name === 'decimal' ? { ...type, name: 'decimal unsigned' } : type;
}

/** FLOAT(M,D) / DOUBLE(M,D): digits in all and after the point, held as precision and scale. */
function floatDigits(length: number | undefined, scale: number | null | undefined): Pick<ColumnType, 'precision' | 'scale'> {
  return length !== undefined && scale !== undefined && scale !== null ? { precision: length, scale } : {};
}

/**
 * tinyint(1) becomes the model's boolean, so its DEFAULT 0 / DEFAULT '1' becomes false / true:
 * PostgreSQL refuses an integer default on a boolean column.
 */
function defaultForType(type: ColumnType, value: ColumnDefault | undefined): ColumnDefault | undefined {
  if (type.name !== 'boolean' || value?.kind !== 'literal') return value;
  if (value.value === 0 || value.value === '0') return { kind: 'literal', value: false };
  if (value.value === 1 || value.value === '1') return { kind: 'literal', value: true };
  return value;
}

function defaultOf(node: unknown, parser: Parser): ColumnDefault | undefined {
  const o = obj(node);
  if (!o) return undefined;
  const type = str(o.type);
  const value = o.value;
  if (type === 'single_quote_string' || type === 'double_quote_string' || type === 'natural_string') return { kind: 'literal', value: String(value ?? '') };
  if (type === 'number' && typeof value === 'number') return { kind: 'literal', value };
  if (type === 'number' && typeof value === 'string') return { kind: 'literal', value: Number(value) };
  if (type === 'bool' || type === 'boolean') return { kind: 'literal', value: Boolean(value) };
  if (type === 'null') return { kind: 'literal', value: null };
  // CURRENT_TIMESTAMP and other expressions: written back in MySQL's syntax, without ON UPDATE.
  const copy: AstObject = { ...o };
  delete copy.over;
  return { kind: 'expression', sql: parser.exprToSQL(copy, PARSE_OPTIONS) };
}

function keyColumns(definition: unknown): { name: string; order: SortOrder; prefix: boolean }[] {
  return arr(definition).flatMap((part) => {
    const o = obj(part);
    const name = columnName(o);
    if (name === undefined) return [];
    return [{ name, order: str(o?.order_by)?.toLowerCase() === 'desc' ? 'desc' : 'asc', prefix: o?.suffix !== undefined && o?.suffix !== null }];
  });
}

function addConstraint(ref: TableRef, def: AstObject, ctx: Ctx): void {
  const type = str(def.constraint_type)?.toLowerCase() ?? '';
  const name = str(def.constraint) ?? str(def.index) ?? undefined;
  const columns = keyColumns(def.definition);
  if (type === 'primary key') {
    ctx.builder.setPrimaryKey(ref, columns.map((c) => c.name), undefined, ctx.at);
  } else if (type.startsWith('unique')) {
    // A UNIQUE KEY is MySQL's unique constraint: the model holds it as one, like PostgreSQL's UNIQUE.
    ctx.builder.addUnique(ref, columns.map((c) => c.name), str(def.index) ?? str(def.constraint) ?? undefined, ctx.at);
  } else if (type === 'foreign key') {
    addForeignKey(ref, name, columns.map((c) => c.name), obj(def.reference_definition), ctx);
  } else if (type === 'check') {
    const expression = arr(def.definition).map((e) => ctx.parser.exprToSQL(e, PARSE_OPTIONS)).join(' AND ');
    ctx.builder.addCheck(ref, expression, str(def.constraint) ?? undefined, ctx.at);
  }
}

function addIndex(ref: TableRef, def: AstObject, ctx: Ctx): void {
  const keyword = str(def.keyword)?.toLowerCase() ?? '';
  addKeyIndex(ref, str(def.index) ?? undefined, keyColumns(def.definition), false, indexMethod(def, keyword), ctx);
}

function indexMethod(def: AstObject, keyword: string): IndexMethod {
  if (keyword.includes('fulltext')) return 'fulltext';
  const using = str(obj(def.index_type)?.type)?.toLowerCase() ?? str(obj(def.index_using)?.type)?.toLowerCase();
  return using === 'hash' ? 'hash' : 'btree';
}

function addKeyIndex(ref: TableRef, name: string | undefined, columns: { name: string; order: SortOrder; prefix: boolean }[], unique: boolean, method: IndexMethod, ctx: Ctx): void {
  if (columns.some((c) => c.prefix)) ctx.builder.notice(ctx.at, `index ${name ?? ''} on ${formatRef(ref)}: prefix lengths are not held by the diagram; the whole column is indexed`);
  ctx.builder.addIndex(ref, { ...(name !== undefined ? { name } : {}), columns: columns.map(({ name: n, order }) => ({ name: n, order })), unique, method }, ctx.at);
}

const ACTIONS: Record<string, ReferentialAction> = {
  'no action': 'no-action',
  restrict: 'restrict',
  cascade: 'cascade',
  'set null': 'set-null',
  'set default': 'set-default',
};

function addForeignKey(ref: TableRef, name: string | undefined, columns: string[], reference: AstObject | undefined, ctx: Ctx): void {
  const refTable = tableOf(reference?.table);
  if (!reference || !refTable) return;
  // An omitted action is RESTRICT in MariaDB's catalog (MySQL 8 says NO ACTION; InnoDB checks both
  // at once, so they behave alike): RESTRICT keeps an omitted action apart from an explicit NO ACTION.
  let onDelete: ReferentialAction = 'restrict';
  let onUpdate: ReferentialAction = 'restrict';
  for (const action of arr(reference.on_action)) {
    const o = obj(action);
    const value = ACTIONS[str(obj(o?.value)?.value)?.toLowerCase() ?? ''] ?? 'no-action';
    if (str(o?.type) === 'on delete') onDelete = value;
    if (str(o?.type) === 'on update') onUpdate = value;
  }
  ctx.builder.addForeignKey(
    ref,
    { ...(name !== undefined ? { name } : {}), columns, refTable, refColumns: keyColumns(reference.definition).map((c) => c.name), onDelete, onUpdate },
    ctx.at,
  );
}

function alterTable(ast: AstObject, ctx: Ctx): void {
  const ref = tableOf(ast.table);
  if (!ref) return;
  for (const item of arr(ast.expr)) {
    const cmd = obj(item);
    if (!cmd) continue;
    const action = str(cmd.action)?.toLowerCase();
    const resource = str(cmd.resource);
    if (action === 'add' && resource === 'constraint') addDefinition(ref, obj(cmd.create_definitions), ctx);
    else if (action === 'add' && resource === 'index') addIndex(ref, cmd, ctx);
    else if (action === 'add' && resource === 'column') addColumn(ref, cmd, ctx);
    else if ((action === 'modify' || action === 'change') && resource === 'column') modifyColumn(ref, cmd, ctx);
    else if (action === 'drop') dropPart(ref, cmd, ctx);
    else if (action === 'rename' && resource === 'column') {
      const from = columnName(cmd.old_column);
      const to = columnName(cmd.column);
      if (from !== undefined && to !== undefined) ctx.builder.renameColumn(ref, from, to, ctx.at);
    } else if (action === 'rename' && resource === 'table') {
      const to = str(cmd.table) ?? tableOf(cmd.table)?.name;
      if (to !== undefined) ctx.builder.renameTable(ref, to, ctx.at);
    }
    else ctx.builder.notice(ctx.at, `ALTER TABLE ${formatRef(ref)} ${action ?? ''} ${resource ?? ''} skipped: the diagram does not hold it`.replace(/\s+/g, ' '));
  }
}

/** ALTER TABLE ... DROP COLUMN / INDEX / KEY / FOREIGN KEY / PRIMARY KEY / CHECK. */
function dropPart(ref: TableRef, cmd: AstObject, ctx: Ctx): void {
  const resource = str(cmd.resource);
  const keyword = str(cmd.keyword)?.toLowerCase() ?? '';
  if (resource === 'column') {
    const name = columnName(cmd.column);
    if (name !== undefined) ctx.builder.dropColumn(ref, name, ctx.at);
  } else if (keyword === 'primary key') ctx.builder.dropConstraint(ref, undefined, 'primary', ctx.at);
  else if (keyword === 'foreign key') ctx.builder.dropConstraint(ref, str(cmd.key), 'foreign', ctx.at);
  else if (resource === 'index' || resource === 'key') ctx.builder.dropConstraint(ref, str(cmd.index) ?? str(cmd.key), 'index', ctx.at);
  else if (keyword === 'check' || resource === 'constraint') ctx.builder.dropConstraint(ref, str(cmd.constraint), keyword === 'check' ? 'check' : 'any', ctx.at);
  else ctx.builder.notice(ctx.at, `ALTER TABLE ${formatRef(ref)} DROP ${keyword} skipped: the diagram does not hold it`);
}

/** DROP INDEX name ON table. */
function dropIndexStatement(ast: AstObject, ctx: Ctx): void {
  const ref = tableOf(ast.table);
  const name = columnName(ast.name) ?? str(ast.name);
  if (ref && name !== undefined) ctx.builder.dropConstraint(ref, name, 'index', ctx.at);
}

/** RENAME TABLE a TO b: each pair is [from, to]. */
function renameTable(pair: unknown, ctx: Ctx): void {
  const [from, to] = arr(pair).map((t) => tableOf(t));
  if (from && to) ctx.builder.renameTable(from, to.name, ctx.at);
}

/** MODIFY / CHANGE restate the whole column: the new definition replaces the old one's fields. */
function modifyColumn(ref: TableRef, cmd: AstObject, ctx: Ctx): void {
  const name = columnName(cmd.old_column) ?? columnName(cmd.column);
  const definition = obj(cmd.definition);
  if (name === undefined || !definition) return;
  const newName = columnName(cmd.column) ?? name;
  const type = columnType((str(definition.dataType) ?? 'text').toUpperCase(), definition, ctx, `${formatRef(ref)}.${name}`);
  if (newName !== name) ctx.builder.renameColumn(ref, name, newName, ctx.at);
  ctx.builder.updateColumn(ref, newName, ctx.at, (column) => {
    column.type = type;
    column.nullable = str(obj(cmd.nullable)?.type) !== 'not null';
    if (cmd.auto_increment) column.identity = 'serial';
    const defaultNode = obj(cmd.default_val)?.value;
    if (defaultNode !== undefined) column.default = defaultForType(type, defaultOf(defaultNode, ctx.parser));
  });
}

function createIndex(ast: AstObject, ctx: Ctx): void {
  const ref = tableOf(ast.table);
  if (!ref) return;
  const kind = str(ast.index_type)?.toLowerCase() ?? '';
  const columns = keyColumns(ast.index_columns);
  addKeyIndex(ref, str(ast.index) ?? undefined, columns, kind === 'unique', kind === 'fulltext' ? 'fulltext' : indexMethod(ast, ''), ctx);
}

function unquote(text: string): string {
  const m = /^'((?:[^']|'')*)'$/.exec(text.trim()) ?? /^"((?:[^"]|"")*)"$/.exec(text.trim());
  return m ? m[1].replace(/''/g, "'").replace(/""/g, '"') : text;
}
