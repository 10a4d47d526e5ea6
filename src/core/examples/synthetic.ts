import type { Column, ColumnType, Diagram, Table } from '../model/types';

/**
 * A large, realistic-looking diagram for benchmarks and scale tests: `tables` tables of
 * `columnsPerTable` columns on a grid, each table after the first referencing one or two
 * earlier tables (so there are about 1.5 foreign keys per table). Deterministic for a given size.
 */
export interface SyntheticOptions {
  tables: number;
  columnsPerTable?: number;
  /** Horizontal and vertical distance between grid cells. */
  spacing?: { x: number; y: number };
}

const TYPES: ColumnType[] = [
  { name: 'varchar', length: 255 },
  { name: 'integer' },
  { name: 'timestamp' },
  { name: 'boolean' },
  { name: 'decimal', precision: 12, scale: 2 },
  { name: 'text' },
];

export function syntheticDiagram({ tables: count, columnsPerTable = 10, spacing = { x: 320, y: 340 } }: SyntheticOptions): Diagram {
  const perRow = Math.max(1, Math.ceil(Math.sqrt(count)));
  const tables: Table[] = [];
  for (let t = 0; t < count; t++) {
    const id = `tbl_${t}`;
    const columns: Column[] = [{ id: `col_${t}_0`, name: 'id', type: { name: 'bigint' }, nullable: false, identity: 'by-default' }];
    const parents = t === 0 ? [] : t % 2 === 0 && t > 2 ? [Math.floor(t / 2), t - 1] : [t - 1];
    const foreignKeys: Table['foreignKeys'] = [];
    parents.forEach((parent, p) => {
      const columnId = `col_${t}_fk${p}`;
      columns.push({ id: columnId, name: `table_${parent}_id`, type: { name: 'bigint' }, nullable: p > 0 });
      foreignKeys.push({ id: `fk_${t}_${p}`, columns: [columnId], refTableId: `tbl_${parent}`, refColumns: [`col_${parent}_0`], onDelete: 'no-action', onUpdate: 'no-action' });
    });
    for (let c = columns.length; c < columnsPerTable; c++) {
      columns.push({ id: `col_${t}_${c}`, name: `attribute_${c}`, type: TYPES[(t + c) % TYPES.length], nullable: c % 3 !== 0 });
    }
    tables.push({
      id,
      name: `table_${t}`,
      position: { x: (t % perRow) * spacing.x, y: Math.floor(t / perRow) * spacing.y },
      columns,
      primaryKey: { columns: [`col_${t}_0`] },
      uniques: [],
      checks: [],
      indexes: [],
      foreignKeys,
    });
  }
  return { id: `dgm_synthetic_${count}`, name: `Synthetic ${count} tables`, tables, enums: [], notes: [], groups: [] };
}
