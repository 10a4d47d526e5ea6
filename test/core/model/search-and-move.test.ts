import { describe, expect, it } from 'vitest';
import { addGroup, copyTables, ecommerceDiagram, groupBounds, moveElements, pasteTables, searchDiagram, checkIntegrity } from '../../../src/core/index';

describe('searchDiagram', () => {
  const diagram = ecommerceDiagram();
  it('ranks exact and prefix matches first, tables before columns', () => {
    const hits = searchDiagram(diagram, 'order');
    expect(hits[0]).toMatchObject({ kind: 'table', label: 'order_items' });
    expect(hits.map((h) => h.label)).toContain('orders');
    expect(hits.map((h) => h.label)).toContain('order_items.order_id');
  });
  it('matches table.column with a dot', () => {
    expect(searchDiagram(diagram, 'ord.user').map((h) => h.label)).toEqual(['orders.user_id']);
  });
  it('finds nothing for an empty query or an unknown name', () => {
    expect(searchDiagram(diagram, '  ')).toEqual([]);
    expect(searchDiagram(diagram, 'zzz')).toEqual([]);
  });
});

describe('moveElements', () => {
  it('moving a group moves each of its tables by the same amount, and nothing else', () => {
    const { diagram, groupId } = addGroup(ecommerceDiagram(), 'Customers', ['tbl_users', 'tbl_orders']);
    const tables = new Map(diagram.tables.map((t) => [t.id, t]));
    const bounds = groupBounds(diagram.groups.find((g) => g.id === groupId)!, diagram.tables)!;
    const moved = moveElements(diagram, new Map([[groupId, { x: bounds.x + 100, y: bounds.y - 30 }]]));
    const pos = (id: string) => moved.tables.find((t) => t.id === id)!.position;
    expect(pos('tbl_users')).toEqual({ x: tables.get('tbl_users')!.position.x + 100, y: tables.get('tbl_users')!.position.y - 30 });
    expect(pos('tbl_orders')).toEqual({ x: tables.get('tbl_orders')!.position.x + 100, y: tables.get('tbl_orders')!.position.y - 30 });
    expect(moved.tables.find((t) => t.id === 'tbl_products')).toBe(diagram.tables.find((t) => t.id === 'tbl_products'));
  });
  it('moves notes and leaves the diagram as it is when nothing moves', () => {
    const d = { ...ecommerceDiagram(), notes: [{ id: 'n1', text: 'hi', position: { x: 0, y: 0 }, width: 100, height: 50 }] };
    expect(moveElements(d, new Map())).toBe(d);
    expect(moveElements(d, new Map([['n1', { x: 5, y: 6 }]])).notes[0].position).toEqual({ x: 5, y: 6 });
  });
});

describe('copyTables / pasteTables', () => {
  it('pastes copies with fresh ids, keeps foreign keys among the copies and to tables still present', () => {
    const diagram = ecommerceDiagram();
    const fragment = copyTables(diagram, ['tbl_order_items', 'tbl_orders']);
    const { diagram: pasted, tableIds } = pasteTables(diagram, fragment, { x: 40, y: 40 }, '_copy');
    expect(checkIntegrity(pasted)).toEqual([]);
    const copies = pasted.tables.filter((t) => tableIds.includes(t.id));
    expect(copies.map((t) => t.name).sort()).toEqual(['order_items_copy', 'orders_copy']);
    const items = copies.find((t) => t.name === 'order_items_copy')!;
    const ordersCopy = copies.find((t) => t.name === 'orders_copy')!;
    expect(items.foreignKeys.map((fk) => fk.refTableId).sort()).toEqual([ordersCopy.id, 'tbl_products'].sort());
  });
  it('drops foreign keys to tables the target diagram does not have', () => {
    const source = ecommerceDiagram();
    const fragment = copyTables(source, ['tbl_orders']);
    const empty = { id: 'd2', name: 'other', tables: [], enums: [], notes: [], groups: [] };
    const { diagram } = pasteTables(empty, fragment, { x: 0, y: 0 });
    expect(diagram.tables[0].name).toBe('orders');
    expect(diagram.tables[0].foreignKeys).toEqual([]);
    expect(checkIntegrity(diagram)).toEqual([]);
  });
});
