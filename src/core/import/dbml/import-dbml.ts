import { parseColumnType } from '../../model/column-type-text';
import { parseDefault } from '../../model/default-text';
import { createId } from '../../model/ids';
import type { ColumnDefault, Group, IndexMethod, ReferentialAction } from '../../model/types';
import { DiagramBuilder, type ColumnSpec, type SourceAt, type TableRef } from '../diagram-builder';
import type { ImportError, ImportResult } from '../import-types';
import { loadDbmlCore } from '../lazy-parsers';
import { arr, num, obj, str, type AstObject } from '../mysql/mysql-ast';

/**
 * DBML text -> a diagram, through @dbml/core's compiler (the 'dbmlv2' parser, which reports
 * every diagnostic with a position). DBML compiles as a whole: when it has errors, the diagram is
 * empty and every error is listed.
 */
export async function importDbml(text: string, options: { name?: string } = {}): Promise<ImportResult> {
  const { Parser } = await loadDbmlCore();
  const builder = new DiagramBuilder('public', false);
  let exported: unknown;
  try {
    exported = new Parser().parse(text, 'dbmlv2').export();
  } catch (error) {
    return { diagram: builder.build(options.name ?? 'Imported diagram'), notices: [], errors: dbmlErrors(error) };
  }
  const at: SourceAt = { line: 1, column: 1 };
  const schemas = arr(obj(exported)?.schemas).map(obj).filter((s): s is AstObject => s !== undefined);
  for (const schema of schemas) {
    for (const e of arr(schema.enums).map(obj)) {
      if (!e) continue;
      const values = arr(e.values).map((v) => str(obj(v)?.name) ?? '');
      builder.addEnum({ schema: str(schema.name), name: str(e.name) ?? '' }, values, at);
    }
  }
  for (const schema of schemas) {
    for (const t of arr(schema.tables).map(obj)) if (t) addTable({ schema: str(schema.name), name: str(t.name) ?? '' }, t, builder, at);
  }
  for (const schema of schemas) for (const ref of arr(schema.refs).map(obj)) if (ref) addRef(ref, builder, at);
  const diagram = builder.build(options.name ?? 'Imported diagram');
  // TableGroups become the diagram's groups (placed around their tables by the canvas).
  const groups: Group[] = schemas.flatMap((s) =>
    arr(s.tableGroups).flatMap((g) => {
      const group = obj(g);
      if (!group) return [];
      const tableIds = arr(group.tables).flatMap((t) => {
        const ref = obj(t);
        const id = builder.tableId({ ...(str(ref?.schemaName) ? { schema: str(ref?.schemaName) } : {}), name: str(ref?.tableName) ?? '' });
        return id === undefined ? [] : [id];
      });
      return [{ id: createId('grp'), name: str(group.name) ?? 'Group', ...(str(group.color) ? { color: str(group.color) } : {}), tableIds }];
    }),
  );
  return { diagram: { ...diagram, groups }, notices: builder.notices, errors: [] };
}

function dbmlErrors(error: unknown): ImportError[] {
  const diags = arr(obj(error)?.diags);
  if (diags.length === 0) return [{ line: 1, column: 1, message: error instanceof Error ? error.message : String(error) }];
  return diags.map((d) => {
    const diag = obj(d);
    const location = obj(diag?.location);
    const start = obj(location?.start);
    const end = obj(location?.end);
    const message = str(diag?.message) ?? (d instanceof Error ? d.message : String(d));
    return {
      line: num(start?.line) ?? 1,
      column: num(start?.column) ?? 1,
      ...(end ? { endLine: num(end.line) ?? 1, endColumn: num(end.column) ?? 1 } : {}),
      message,
    };
  });
}

const METHODS: Record<string, IndexMethod> = { btree: 'btree', hash: 'hash', gin: 'gin', gist: 'gist', fulltext: 'fulltext' };

function addTable(ref: TableRef, t: AstObject, builder: DiagramBuilder, at: SourceAt): void {
  if (!builder.addTable(ref, at, noteOf(t.note))) return;
  const pk: string[] = [];
  for (const f of arr(t.fields).map(obj)) {
    if (!f) continue;
    const name = str(f.name) ?? '';
    const typeNode = obj(f.type);
    const typeText = str(typeNode?.type_name) ?? 'text';
    const parsed = parseColumnType(typeText);
    const typeSchema = str(typeNode?.schemaName) ?? undefined;
    const spec: ColumnSpec = {
      name,
      type: parsed.ok ? parsed.type : { name: typeText },
      nullable: f.not_null !== true && f.pk !== true,
      typeRef: { ...(typeSchema ? { schema: typeSchema } : {}), name: typeText },
    };
    if (f.increment === true) spec.identity = 'serial';
    if (f.unique === true) spec.unique = true;
    const note = noteOf(f.note);
    if (note !== undefined) spec.comment = note;
    const def = defaultOf(obj(f.dbdefault));
    if (def) spec.default = def;
    builder.addColumn(ref, spec, at);
    if (f.pk === true) pk.push(name);
  }
  if (pk.length > 0) builder.setPrimaryKey(ref, pk, undefined, at);
  for (const index of arr(t.indexes).map(obj)) {
    if (!index) continue;
    const parts = arr(index.columns).map(obj);
    if (parts.some((p) => str(p?.type) !== 'column')) {
      builder.notice(at, `index ${str(index.name) ?? ''} on ${ref.name} skipped: it indexes an expression, which the diagram does not hold`);
      continue;
    }
    const names = parts.map((p) => str(p?.value) ?? '');
    if (index.pk === true) builder.setPrimaryKey(ref, names, str(index.name), at);
    else {
      const name = str(index.name);
      builder.addIndex(ref, { ...(name ? { name } : {}), columns: names.map((n) => ({ name: n, order: 'asc' })), unique: index.unique === true, method: METHODS[str(index.type)?.toLowerCase() ?? 'btree'] ?? 'btree' }, at);
    }
  }
}

function noteOf(note: unknown): string | undefined {
  return str(note) ?? str(obj(note)?.value) ?? undefined;
}

function defaultOf(d: AstObject | undefined): ColumnDefault | undefined {
  if (!d) return undefined;
  const type = str(d.type);
  const value = d.value;
  if (type === 'expression') return { kind: 'expression', sql: String(value) };
  if (type === 'string') return { kind: 'literal', value: String(value) };
  if (type === 'number') return { kind: 'literal', value: typeof value === 'number' ? value : Number(value) };
  if (type === 'boolean') return { kind: 'literal', value: value === true || value === 'true' };
  return parseDefault(String(value));
}

const ACTIONS: Record<string, ReferentialAction> = { cascade: 'cascade', restrict: 'restrict', 'set null': 'set-null', 'set default': 'set-default', 'no action': 'no-action' };

/** DBML refs name both ends; the '*' end holds the foreign key, or the first end of a one-to-one. */
function addRef(ref: AstObject, builder: DiagramBuilder, at: SourceAt): void {
  const ends = arr(ref.endpoints).map(obj);
  if (ends.length !== 2 || !ends[0] || !ends[1]) return;
  const [a, b] = ends;
  if (str(a.relation) === '*' && str(b.relation) === '*') {
    builder.notice(at, `many-to-many ref between ${str(a.tableName)} and ${str(b.tableName)} skipped: add a junction table`);
    return;
  }
  const [child, parent] = str(b.relation) === '*' ? [b, a] : [a, b];
  const tableRef = (e: AstObject): TableRef => ({ ...(str(e.schemaName) ? { schema: str(e.schemaName) } : {}), name: str(e.tableName) ?? '' });
  const name = str(ref.name);
  builder.addForeignKey(
    tableRef(child),
    {
      ...(name ? { name } : {}),
      columns: arr(child.fieldNames).map((n) => String(n)),
      refTable: tableRef(parent),
      refColumns: arr(parent.fieldNames).map((n) => String(n)),
      onDelete: ACTIONS[str(ref.onDelete)?.toLowerCase() ?? ''] ?? 'no-action',
      onUpdate: ACTIONS[str(ref.onUpdate)?.toLowerCase() ?? ''] ?? 'no-action',
    },
    at,
  );
}
