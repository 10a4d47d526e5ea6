import { memo, useState } from 'react';
import {
  INDEX_METHODS,
  REFERENTIAL_ACTIONS,
  RELATIONSHIP_ENDS,
  addCheck,
  addColumn,
  addIndex,
  addUnique,
  deleteCheck,
  deleteColumn,
  deleteForeignKeys,
  deleteGroup,
  updateGroup,
  deleteIndex,
  deleteUnique,
  formatColumnType,
  formatDefault,
  isPrimaryKeyColumn,
  moveColumn,
  parseColumnType,
  parseDefault,
  relationshipEnds,
  renameDiagram,
  togglePrimaryKeyColumn,
  updateCheck,
  updateColumn,
  updateForeignKey,
  updateIndex,
  updateTable,
  type Column,
  type Diagram,
  type ForeignKey,
  type IdentityKind,
  type IndexMethod,
  type ReferentialAction,
  type RelationshipEnd,
  type Table,
} from '../../core/index';
import { deleteElements } from '../../actions/delete-selection';
import { renameTable } from '../../actions/rename-table';
import { useDocumentStore } from '../../store/document-store';
import { useUiStore } from '../../store/ui-store';
import { CommitInput } from './commit-input';

const apply = (label: string, edit: (d: Diagram) => Diagram) => useDocumentStore.getState().apply(label, edit);
const fail = (title: string) => {
  useUiStore.getState().showMessage({ kind: 'error', title });
  return false;
};

const columnName = (table: Table, id: string) => table.columns.find((c) => c.id === id)?.name ?? '?';

function ColumnEditor({ table, column, index, enums }: { table: Table; column: Column; index: number; enums: Diagram['enums'] }) {
  const [open, setOpen] = useState(false);
  const pk = isPrimaryKeyColumn(table, column.id);
  const label = `Column ${column.name}`;
  const setColumn = (what: string, patch: Partial<Column>) => apply(`${what} ${table.name}.${column.name}`, (d) => updateColumn(d, table.id, column.id, patch));
  return (
    <li className="column-editor" data-column-id={column.id}>
      <div className="column-editor__main">
        <div className="column-editor__order">
          <button type="button" aria-label={`Move ${column.name} up`} disabled={index === 0} onClick={() => apply('Reorder columns', (d) => moveColumn(d, table.id, column.id, index - 1))}>
            ↑
          </button>
          <button
            type="button"
            aria-label={`Move ${column.name} down`}
            disabled={index === table.columns.length - 1}
            onClick={() => apply('Reorder columns', (d) => moveColumn(d, table.id, column.id, index + 1))}
          >
            ↓
          </button>
        </div>
        <CommitInput
          aria-label={`${label} name`}
          value={column.name}
          onCommit={(name) => {
            const trimmed = name.trim();
            if (trimmed === '') return fail('A column needs a name.');
            if (table.columns.some((c) => c.id !== column.id && c.name.toLowerCase() === trimmed.toLowerCase())) return fail(`Table ${table.name} already has a column "${trimmed}".`);
            setColumn('Rename column', { name: trimmed });
          }}
        />
        <CommitInput
          aria-label={`${label} type`}
          className="column-editor__type"
          value={column.type.name === 'enum' && column.enumId ? (enums.find((e) => e.id === column.enumId)?.name ?? 'enum') : formatColumnType(column.type)}
          onCommit={(text) => {
            const enumType = enums.find((e) => e.name === text.trim());
            if (enumType) return void setColumn('Change type of', { type: { name: 'enum' }, enumId: enumType.id });
            const parsed = parseColumnType(text);
            if (!parsed.ok) return fail(`Column ${column.name}: ${parsed.message}.`);
            setColumn('Change type of', { type: parsed.type });
          }}
        />
        <label className="check" title="NOT NULL">
          <input type="checkbox" aria-label={`${label} not null`} checked={!column.nullable} disabled={pk} onChange={(e) => setColumn('Change nullability of', { nullable: !e.target.checked })} />
          NN
        </label>
        <label className="check" title="Primary key">
          <input type="checkbox" aria-label={`${label} primary key`} checked={pk} onChange={() => apply(`Change primary key of ${table.name}`, (d) => togglePrimaryKeyColumn(d, table.id, column.id))} />
          PK
        </label>
        <label className="check" title="Unique">
          <input type="checkbox" aria-label={`${label} unique`} checked={column.unique ?? false} onChange={(e) => setColumn('Change uniqueness of', { unique: e.target.checked || undefined })} />
          U
        </label>
        <button type="button" aria-expanded={open} aria-label={`${label} details`} onClick={() => setOpen(!open)}>
          ⋯
        </button>
      </div>
      {open ? (
        <div className="column-editor__details">
          <label>
            Default
            <CommitInput
              aria-label={`${label} default`}
              placeholder="e.g. 0, 'pending', CURRENT_TIMESTAMP"
              value={formatDefault(column.default)}
              onCommit={(text) => setColumn('Change default of', { default: parseDefault(text) })}
            />
          </label>
          <label>
            Generated
            <select
              aria-label={`${label} identity`}
              value={column.identity ?? ''}
              onChange={(e) => setColumn('Change identity of', { identity: (e.target.value || undefined) as IdentityKind | undefined })}
            >
              <option value="">no</option>
              <option value="serial">serial / auto-increment</option>
              <option value="by-default">identity (by default)</option>
              <option value="always">identity (always)</option>
            </select>
          </label>
          <label>
            Comment
            <CommitInput aria-label={`${label} comment`} value={column.comment ?? ''} onCommit={(text) => setColumn('Comment on', { comment: text.trim() || undefined })} />
          </label>
          <button type="button" className="danger" onClick={() => apply(`Delete column ${table.name}.${column.name}`, (d) => deleteColumn(d, table.id, column.id))}>
            Delete column {column.name}
          </button>
        </div>
      ) : null}
    </li>
  );
}

function ColumnPicker({ table, label, onPick }: { table: Table; label: string; onPick: (ids: string[]) => void }) {
  const [picked, setPicked] = useState<string[]>([]);
  return (
    <fieldset className="column-picker">
      <legend>{label}</legend>
      {table.columns.map((c) => (
        <label key={c.id} className="check">
          <input type="checkbox" checked={picked.includes(c.id)} onChange={(e) => setPicked(e.target.checked ? [...picked, c.id] : picked.filter((id) => id !== c.id))} />
          {c.name}
        </label>
      ))}
      <button
        type="button"
        disabled={picked.length === 0}
        onClick={() => {
          onPick(picked);
          setPicked([]);
        }}
      >
        {label}
      </button>
    </fieldset>
  );
}

function ReferentialActionSelect({ label, ariaLabel, value, onChange }: { label: string; ariaLabel: string; value: ReferentialAction; onChange: (action: ReferentialAction) => void }) {
  return (
    <label>
      {label}
      <select aria-label={ariaLabel} value={value} onChange={(e) => onChange(e.target.value as ReferentialAction)}>
        {REFERENTIAL_ACTIONS.map((a) => (
          <option key={a} value={a}>
            {a.replace('-', ' ').toUpperCase()}
          </option>
        ))}
      </select>
    </label>
  );
}

function ForeignKeyEditor({ table, foreignKey }: { table: Table; foreignKey: ForeignKey }) {
  const parent = useDocumentStore((s) => s.diagram.tables.find((t) => t.id === foreignKey.refTableId));
  const title = `${table.name}(${foreignKey.columns.map((id) => columnName(table, id)).join(', ')}) → ${parent?.name ?? '?'}(${
    parent ? foreignKey.refColumns.map((id) => columnName(parent, id)).join(', ') : ''
  })`;
  const ends = relationshipEnds(table, foreignKey);
  const set = (patch: Partial<ForeignKey>) => apply(`Edit relationship ${table.name} → ${parent?.name ?? ''}`, (d) => updateForeignKey(d, table.id, foreignKey.id, patch));
  return (
    <div className="fk-editor" aria-label={`Foreign key ${title}`}>
      <div className="fk-editor__title">{title}</div>
      <label>
        Name
        <CommitInput aria-label="Foreign key name" value={foreignKey.name ?? ''} placeholder="(generated)" onCommit={(v) => set({ name: v.trim() || undefined })} />
      </label>
      <ReferentialActionSelect label="ON DELETE" ariaLabel="On delete" value={foreignKey.onDelete} onChange={(onDelete) => set({ onDelete })} />
      <ReferentialActionSelect label="ON UPDATE" ariaLabel="On update" value={foreignKey.onUpdate} onChange={(onUpdate) => set({ onUpdate })} />
      <label>
        Each {table.name} row has
        <select aria-label="Parent cardinality" value={ends.parent} onChange={(e) => set({ cardinality: { ...ends, parent: e.target.value as RelationshipEnd } })}>
          {RELATIONSHIP_ENDS.filter((end) => end === 'exactly-one' || end === 'zero-or-one').map((end) => (
            <option key={end} value={end}>
              {end.replace(/-/g, ' ')} {parent?.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Each {parent?.name} row has
        <select aria-label="Child cardinality" value={ends.child} onChange={(e) => set({ cardinality: { ...ends, child: e.target.value as RelationshipEnd } })}>
          {RELATIONSHIP_ENDS.map((end) => (
            <option key={end} value={end}>
              {end.replace(/-/g, ' ')} {table.name}
            </option>
          ))}
        </select>
      </label>
      {foreignKey.cardinality ? (
        <button type="button" onClick={() => set({ cardinality: undefined })}>
          Derive cardinality from the columns
        </button>
      ) : null}
      <button type="button" className="danger" onClick={() => apply('Delete relationship', (d) => deleteForeignKeys(d, [foreignKey.id]))}>
        Delete relationship
      </button>
    </div>
  );
}

/** Moving a table changes only its position, which this panel does not show: skip those re-renders (dragging stays smooth). */
function sameExceptPosition(a: Table, b: Table): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as (keyof Table)[];
  return keys.length === Object.keys(b).length && keys.every((k) => k === 'position' || a[k] === b[k]);
}

const TableEditor = memo(function TableEditor({ table }: { table: Table }) {
  const enums = useDocumentStore((s) => s.diagram.enums);
  const setTable = (what: string, patch: Parameters<typeof updateTable>[2]) => apply(`${what} ${table.name}`, (d) => updateTable(d, table.id, patch));
  return (
    <div className="table-editor" aria-label={`Table ${table.name} properties`}>
      <section>
        <h3>Table</h3>
        <label>
          Name
          <CommitInput aria-label="Table name" value={table.name} onCommit={(name) => renameTable(table.id, name)} />
        </label>
        <label>
          Schema
          <CommitInput aria-label="Table schema" value={table.schema ?? ''} placeholder="(default)" onCommit={(v) => setTable('Set schema of', { schema: v.trim() || undefined })} />
        </label>
        <label>
          Comment
          <CommitInput multiline aria-label="Table comment" value={table.comment ?? ''} onCommit={(v) => setTable('Comment on', { comment: v.trim() || undefined })} />
        </label>
        <label>
          Colour
          <input type="color" aria-label="Table colour" value={table.color ?? '#2563eb'} onChange={(e) => setTable('Colour', { color: e.target.value })} />
        </label>
      </section>
      <section>
        <h3>Columns</h3>
        <ul className="column-list">
          {table.columns.map((column, index) => (
            <ColumnEditor key={column.id} table={table} column={column} index={index} enums={enums} />
          ))}
        </ul>
        <button type="button" onClick={() => apply(`Add column to ${table.name}`, (d) => addColumn(d, table.id).diagram)}>
          Add column
        </button>
      </section>
      <section>
        <h3>Unique constraints</h3>
        <ul className="plain-list">
          {table.uniques.map((u) => (
            <li key={u.id}>
              UNIQUE ({u.columns.map((id) => columnName(table, id)).join(', ')}) {u.name ? <em>{u.name}</em> : null}
              <button type="button" aria-label={`Delete unique constraint ${u.columns.map((id) => columnName(table, id)).join(', ')}`} onClick={() => apply('Delete unique constraint', (d) => deleteUnique(d, table.id, u.id))}>
                ✕
              </button>
            </li>
          ))}
        </ul>
        <ColumnPicker table={table} label="Add unique constraint" onPick={(ids) => apply(`Add unique constraint to ${table.name}`, (d) => addUnique(d, table.id, ids))} />
      </section>
      <section>
        <h3>Indexes</h3>
        <ul className="plain-list">
          {table.indexes.map((x) => (
            <li key={x.id} className="index-editor">
              <span>
                {x.unique ? 'UNIQUE ' : ''}({x.columns.map((c) => `${columnName(table, c.columnId)}${c.order === 'desc' ? ' DESC' : ''}`).join(', ')})
                {x.include && x.include.length > 0 ? ` INCLUDE (${x.include.map((id) => columnName(table, id)).join(', ')})` : ''}
              </span>
              <CommitInput aria-label="Index name" placeholder="(generated name)" value={x.name ?? ''} onCommit={(v) => apply('Rename index', (d) => updateIndex(d, table.id, x.id, { name: v.trim() || undefined }))} />
              <select aria-label="Index method" value={x.method} onChange={(e) => apply('Change index method', (d) => updateIndex(d, table.id, x.id, { method: e.target.value as IndexMethod }))}>
                {INDEX_METHODS.map((m) => (
                  <option key={m} value={m}>
                    {m}
                  </option>
                ))}
              </select>
              <label className="check">
                <input type="checkbox" aria-label="Index unique" checked={x.unique} onChange={(e) => apply('Change index uniqueness', (d) => updateIndex(d, table.id, x.id, { unique: e.target.checked }))} />
                unique
              </label>
              <CommitInput aria-label="Index where" placeholder="WHERE (partial index)" value={x.where ?? ''} onCommit={(v) => apply('Change index predicate', (d) => updateIndex(d, table.id, x.id, { where: v.trim() || undefined }))} />
              <button type="button" aria-label="Delete index" onClick={() => apply('Delete index', (d) => deleteIndex(d, table.id, x.id))}>
                ✕
              </button>
            </li>
          ))}
        </ul>
        <ColumnPicker
          table={table}
          label="Add index"
          onPick={(ids) => apply(`Add index to ${table.name}`, (d) => addIndex(d, table.id, { columns: ids.map((columnId) => ({ columnId, order: 'asc' })), unique: false, method: 'btree' }).diagram)}
        />
      </section>
      <section>
        <h3>Checks</h3>
        <ul className="plain-list">
          {table.checks.map((k) => (
            <li key={k.id}>
              CHECK
              <CommitInput aria-label="Check expression" value={k.expression} onCommit={(v) => (v.trim() ? apply('Edit check', (d) => updateCheck(d, table.id, k.id, { expression: v.trim() })) : fail('A check needs an expression.'))} />
              <button type="button" aria-label={`Delete check ${k.expression}`} onClick={() => apply('Delete check', (d) => deleteCheck(d, table.id, k.id))}>
                ✕
              </button>
            </li>
          ))}
        </ul>
        <CommitInput aria-label="New check expression" placeholder="Add a check, e.g. price >= 0" value="" onCommit={(v) => (v.trim() ? apply(`Add check to ${table.name}`, (d) => addCheck(d, table.id, v.trim())) : undefined)} />
      </section>
      <section>
        <h3>Foreign keys</h3>
        {table.foreignKeys.length === 0 ? <p className="hint">Drag from a column to a column of another table to add one.</p> : null}
        {table.foreignKeys.map((fk) => (
          <ForeignKeyEditor key={fk.id} table={table} foreignKey={fk} />
        ))}
      </section>
      <button type="button" className="danger" onClick={() => deleteElements({ tableIds: [table.id], foreignKeyIds: [], noteIds: [] })}>
        Delete table {table.name}
      </button>
    </div>
  );
}, (a, b) => sameExceptPosition(a.table, b.table));

function DiagramSummary() {
  const name = useDocumentStore((s) => s.diagram.name);
  const tableCount = useDocumentStore((s) => s.diagram.tables.length);
  const enumCount = useDocumentStore((s) => s.diagram.enums.length);
  const fks = useDocumentStore((s) => s.diagram.tables.reduce((n, t) => n + t.foreignKeys.length, 0));
  return (
    <div className="diagram-summary">
      <label>
        Diagram name
        <CommitInput aria-label="Diagram name" value={name} onCommit={(name) => (name.trim() ? apply('Rename diagram', (d) => renameDiagram(d, name.trim())) : fail('A diagram needs a name.'))} />
      </label>
      <p>
        {tableCount} tables, {fks} relationships, {enumCount} enum types.
      </p>
      <p className="hint">Select a table or a relationship to edit it. Double-click the canvas to add a table; drag from a column to another table's column to relate them.</p>
    </div>
  );
}

function GroupEditor({ groupId }: { groupId: string }) {
  const group = useDocumentStore((s) => s.diagram.groups.find((g) => g.id === groupId));
  const tables = useDocumentStore((s) => s.diagram.tables);
  if (!group) return null;
  const members = group.tableIds.map((id) => tables.find((t) => t.id === id)).filter((t): t is Table => t !== undefined);
  const set = (what: string, patch: Parameters<typeof updateGroup>[2]) => apply(`${what} group ${group.name}`, (d) => updateGroup(d, group.id, patch));
  return (
    <div className="group-editor" aria-label={`Group ${group.name} properties`}>
      <section>
        <h3>Group</h3>
        <label>
          Name
          <CommitInput aria-label="Group name" value={group.name} onCommit={(v) => (v.trim() ? set('Rename', { name: v.trim() }) : fail('A group needs a name.'))} />
        </label>
        <label>
          Colour
          <input type="color" aria-label="Group colour" value={group.color ?? '#6366f1'} onChange={(e) => set('Colour', { color: e.target.value })} />
        </label>
      </section>
      <section>
        <h3>Tables</h3>
        <ul className="plain-list">
          {members.map((t) => (
            <li key={t.id}>
              {t.name}
              <button type="button" aria-label={`Remove ${t.name} from the group`} onClick={() => set('Remove a table from', { tableIds: group.tableIds.filter((id) => id !== t.id) })}>
                ✕
              </button>
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => useUiStore.getState().select({ tableIds: members.map((t) => t.id), groupIds: [], foreignKeyIds: [], noteIds: [] })}>
          Select its tables
        </button>
      </section>
      <button
        type="button"
        className="danger"
        onClick={() => {
          apply(`Ungroup ${group.name}`, (d) => deleteGroup(d, group.id));
          useUiStore.getState().select({ groupIds: [] });
        }}
      >
        Ungroup (keep the tables)
      </button>
    </div>
  );
}

/** Edits whatever is selected: a table, a relationship, or (nothing selected) the diagram. */
export default function PropertiesPanel() {
  const tableIds = useUiStore((s) => s.selectedTableIds);
  const fkIds = useUiStore((s) => s.selectedForeignKeyIds);
  const groupIds = useUiStore((s) => s.selectedGroupIds);
  const table = useDocumentStore((s) => (tableIds.length === 1 ? s.diagram.tables.find((t) => t.id === tableIds[0]) : undefined));
  const fkOwner = useDocumentStore((s) => (tableIds.length === 0 && fkIds.length === 1 ? s.diagram.tables.find((t) => t.foreignKeys.some((f) => f.id === fkIds[0])) : undefined));
  if (table) return <TableEditor table={table} />;
  const fk = fkOwner?.foreignKeys.find((f) => f.id === fkIds[0]);
  if (fkOwner && fk) return <ForeignKeyEditor table={fkOwner} foreignKey={fk} />;
  if (tableIds.length === 0 && fkIds.length === 0 && groupIds.length === 1) return <GroupEditor groupId={groupIds[0]} />;
  if (tableIds.length + fkIds.length > 1) return <p className="hint">{tableIds.length + fkIds.length} elements selected.</p>;
  return <DiagramSummary />;
}
