import { generateDdl, type Column, type Diagram, type Table } from '../src/core/index';
import { medianMs, type BenchRow, type BenchSuite } from './suite';

/**
 * A diagram of `tables` tables with 10 columns each: an identity key, a foreign key to the
 * previous table (and every 50th table back to the first, so there are cycles to defer), typed
 * columns with defaults, a unique column, a check and a composite index: the common shapes.
 */
export function benchDiagram(tables: number): Diagram {
  const result: Table[] = [];
  for (let t = 0; t < tables; t++) {
    const id = (name: string) => `t${t}_${name}`;
    const columns: Column[] = [
      { id: id('id'), name: 'id', type: { name: 'bigint' }, nullable: false, identity: 'by-default' },
      { id: id('parent'), name: 'parent_id', type: { name: 'bigint' }, nullable: true },
      { id: id('name'), name: 'name', type: { name: 'varchar', length: 120 }, nullable: false },
      { id: id('email'), name: 'email', type: { name: 'varchar', length: 255 }, nullable: false, unique: true },
      { id: id('price'), name: 'price', type: { name: 'decimal', precision: 10, scale: 2 }, nullable: false, default: { kind: 'literal', value: 0 } },
      { id: id('active'), name: 'active', type: { name: 'boolean' }, nullable: false, default: { kind: 'literal', value: true } },
      { id: id('status'), name: 'status', type: { name: 'varchar', length: 20 }, nullable: false, default: { kind: 'literal', value: "it's new" } },
      { id: id('notes'), name: 'notes', type: { name: 'text' }, nullable: true, comment: 'Free text' },
      { id: id('created'), name: 'created_at', type: { name: 'timestamptz' }, nullable: false, default: { kind: 'expression', sql: 'CURRENT_TIMESTAMP' } },
      { id: id('uuid'), name: 'external_id', type: { name: 'uuid' }, nullable: true },
    ];
    const parent = t === 0 ? undefined : t % 50 === 0 ? 0 : t - 1;
    result.push({
      id: `t${t}`,
      name: `table_${t}`,
      position: { x: 0, y: 0 },
      columns,
      primaryKey: { columns: [id('id')] },
      uniques: [],
      checks: [{ id: id('chk'), expression: 'price >= 0' }],
      indexes: [{ id: id('idx'), columns: [{ columnId: id('name'), order: 'asc' }, { columnId: id('created'), order: 'desc' }], unique: false, method: 'btree' }],
      foreignKeys:
        parent === undefined ? [] : [{ id: id('fk'), columns: [id('parent')], refTableId: `t${parent}`, refColumns: [`t${parent}_id`], onDelete: 'set-null', onUpdate: 'no-action' }],
    });
  }
  // Close a cycle: the first table references the last, so one foreign key is added by ALTER TABLE.
  if (tables > 1) {
    const first = result[0];
    first.columns.push({ id: 't0_last', name: 'last_id', type: { name: 'bigint' }, nullable: true });
    first.foreignKeys.push({ id: 't0_fk_last', columns: ['t0_last'], refTableId: `t${tables - 1}`, refColumns: [`t${tables - 1}_id`], onDelete: 'no-action', onUpdate: 'no-action' });
  }
  return { id: 'dgm_bench', name: 'Benchmark', tables: result, enums: [], notes: [], groups: [] };
}

export const ddlBenchSuite: BenchSuite = {
  name: 'DDL generation (10 columns a table)',
  target: '2,000 tables in under 50 ms (median, each dialect)',
  async run() {
    const rows: BenchRow[] = [];
    for (const tables of [100, 1000, 2000]) {
      const diagram = benchDiagram(tables);
      for (const dialect of ['postgres', 'mysql'] as const) {
        let bytes = 0;
        const ms = await medianMs(() => {
          bytes = generateDdl(diagram, dialect).sql.length;
        }, 9, 3);
        rows.push({ case: `${tables} tables`, dialect, 'median ms': ms, 'script KB': Math.round(bytes / 1024), ...(tables === 2000 ? { target: ms < 50 ? 'met' : 'MISSED' } : {}) });
      }
    }
    return rows;
  },
};
