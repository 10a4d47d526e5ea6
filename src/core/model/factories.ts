import { createId } from './ids';
import type { Column, ColumnType, Diagram, Point, Table } from './types';

export function createDiagram(name: string): Diagram {
  return { id: createId('dgm'), name, tables: [], enums: [], notes: [], groups: [] };
}

export function createTable(name: string, position: Point, columns: Column[] = []): Table {
  return {
    id: createId('tbl'),
    name,
    position,
    columns,
    uniques: [],
    checks: [],
    indexes: [],
    foreignKeys: [],
  };
}

export function createColumn(name: string, type: ColumnType, options: Partial<Omit<Column, 'id' | 'name' | 'type'>> = {}): Column {
  return { id: createId('col'), name, type, nullable: options.nullable ?? true, ...options };
}
