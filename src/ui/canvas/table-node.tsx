import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useEffect, useRef, useState } from 'react';
import { formatColumnType, isForeignKeyColumn, isPrimaryKeyColumn, analyzeTable, updateTable, visibleColumns, type Column, type EnumType, type Table } from '../../core/index';
import { useDocumentStore } from '../../store/document-store';
import { useUiStore } from '../../store/ui-store';
import { renameTable } from '../../actions/rename-table';
import { NormalFormBadge } from '../components/normal-form-badge';
import { useShowsDetail } from './level-of-detail';
import { HEADER_HEIGHT, ROW_HEIGHT, handleId, rowCenterY, tableHeight, tableWidth } from './table-geometry';
import type { TableNode } from './to-flow';

function columnTypeLabel(column: Column, enums: readonly EnumType[]): string {
  if (column.type.name === 'enum' && column.enumId) {
    const enumType = enums.find((e) => e.id === column.enumId);
    if (enumType) return enumType.name;
  }
  return formatColumnType(column.type);
}

function ColumnRow({ table, column, index, enums }: { table: Table; column: Column; index: number; enums: readonly EnumType[] }) {
  const pk = isPrimaryKeyColumn(table, column.id);
  const fk = isForeignKeyColumn(table, column.id);
  const markers = [pk ? 'PK' : '', fk ? 'FK' : ''].filter(Boolean).join(' ');
  const top = rowCenterY(index);
  const highlighted = useUiStore((s) => s.highlightedColumnId === column.id);
  return (
    <div className={`table-node__row${highlighted ? ' is-highlighted' : ''}`} style={{ height: ROW_HEIGHT }} data-column-id={column.id} title={column.comment}>
      <Handle id={handleId(column.id, 'l')} type="source" position={Position.Left} style={{ top }} className="table-node__handle" />
      <span className={`table-node__marker${pk ? ' is-pk' : ''}${fk ? ' is-fk' : ''}`}>{markers}</span>
      <span className="table-node__column-name">{column.name}</span>
      <span className="table-node__column-type">
        {columnTypeLabel(column, enums)}
        {column.nullable ? <span className="table-node__nullable" title="nullable">?</span> : null}
      </span>
      <Handle id={handleId(column.id, 'r')} type="source" position={Position.Right} style={{ top }} className="table-node__handle" />
    </div>
  );
}

function RenameInput({ table }: { table: Table }) {
  const [value, setValue] = useState(table.name);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => ref.current?.select(), []);
  const finish = (commit: boolean) => {
    useUiStore.getState().setRenamingTable(undefined);
    if (commit) renameTable(table.id, value);
  };
  return (
    <input
      ref={ref}
      className="table-node__rename nodrag"
      aria-label="Table name"
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') finish(true);
        if (e.key === 'Escape') finish(false);
        e.stopPropagation();
      }}
    />
  );
}

/** A table on the canvas: header, one row per column with a handle on each side, keyed by column id. */
function TableNodeView({ data, selected }: NodeProps<TableNode>) {
  const { table, enums } = data;
  const renaming = useUiStore((s) => s.renamingTableId === table.id);
  const detailed = useShowsDetail();
  // Analyses are cached per table object, and the node gets a new table object exactly when the table changes:
  // no store subscription, so a drag that rewrites the model each frame does not ask every mounted node.
  const normalForm = analyzeTable(table).normalForm;
  const width = tableWidth(table);
  if (!detailed) {
    // Same box, no rows and no handles: edges keep their ends because React Flow has the handle positions from the model.
    return (
      <div className={`table-node is-compact${selected ? ' is-selected' : ''}`} style={{ width, height: tableHeight(table), ['--table-color' as string]: table.color ?? undefined }} data-table-name={table.name}>
        <div className="table-node__header" style={{ height: HEADER_HEIGHT }}>
          <span className="table-node__name">{table.name}</span>
        </div>
      </div>
    );
  }
  return (
    <div
      className={`table-node${selected ? ' is-selected' : ''}`}
      style={{ width, height: tableHeight(table), ['--table-color' as string]: table.color ?? undefined }}
      data-table-name={table.name}
    >
      <div
        className="table-node__header"
        style={{ height: HEADER_HEIGHT }}
        onDoubleClick={() => useUiStore.getState().setRenamingTable(table.id)}
        title={table.comment}
      >
        <button
          type="button"
          className="table-node__collapse nodrag"
          aria-label={table.collapsed ? `Expand ${table.name}` : `Collapse ${table.name} to its keys`}
          title={table.collapsed ? 'Show all columns' : 'Show key columns only'}
          onClick={() => useDocumentStore.getState().apply(table.collapsed ? `Expand ${table.name}` : `Collapse ${table.name}`, (d) => updateTable(d, table.id, { collapsed: table.collapsed ? undefined : true }))}
        >
          {table.collapsed ? '▸' : '▾'}
        </button>
        {renaming ? (
          <RenameInput table={table} />
        ) : (
          <span className="table-node__name">{table.schema ? `${table.schema}.${table.name}` : table.name}</span>
        )}
        {normalForm ? <NormalFormBadge form={normalForm} label={`${table.name} is ${normalForm === 'none' ? 'not in 1NF' : `in ${normalForm}`}`} /> : null}
      </div>
      {visibleColumns(table).map((column, index) => (
        <ColumnRow key={column.id} table={table} column={column} index={index} enums={enums} />
      ))}
      {visibleColumns(table).length === 0 ? <div className="table-node__empty" style={{ height: ROW_HEIGHT }}>{table.collapsed ? 'no key columns' : 'no columns'}</div> : null}
    </div>
  );
}

/** Equal in everything the node shows: all but the position, which React Flow applies to the wrapper. */
function sameApartFromPosition(a: Table, b: Table): boolean {
  if (a === b) return true;
  for (const key of Object.keys(a) as (keyof Table)[]) if (key !== 'position' && a[key] !== b[key]) return false;
  return Object.keys(a).length === Object.keys(b).length;
}

/**
 * React Flow passes the node's absolute position as props, and a move gives the node a new table
 * object: without this comparison, every frame of a drag would re-render the table's rows and handles.
 */
function showsTheSame(previous: NodeProps<TableNode>, next: NodeProps<TableNode>): boolean {
  return (
    previous.selected === next.selected &&
    previous.data.enums === next.data.enums &&
    sameApartFromPosition(previous.data.table, next.data.table)
  );
}

export const TableNodeComponent = memo(TableNodeView, showsTheSame);
