import { describe, expect, it } from 'vitest';
import type { ForeignKey, Table } from '../../model/types';
import { orderTables } from './table-order';

function t(id: string, refs: string[]): Table {
  const foreignKeys: ForeignKey[] = refs.map((r, i) => ({ id: `${id}_fk${i}`, columns: [], refTableId: r, refColumns: [], onDelete: 'no-action', onUpdate: 'no-action' }));
  return { id, name: id, position: { x: 0, y: 0 }, columns: [], uniques: [], checks: [], indexes: [], foreignKeys };
}

const diagram = (tables: Table[]) => ({ id: 'd', name: 'd', tables, enums: [], notes: [], groups: [] });

describe('orderTables', () => {
  it('puts referenced tables first and keeps model order otherwise', () => {
    const result = orderTables(diagram([t('items', ['orders', 'products']), t('orders', ['users']), t('users', []), t('products', []), t('notes', [])]));
    expect(result.tables.map((x) => x.id)).toEqual(['users', 'orders', 'products', 'items', 'notes']);
    expect(result.deferred.size).toBe(0);
  });

  it('defers exactly the foreign keys that close a cycle, never a self-reference', () => {
    const result = orderTables(diagram([t('a', ['b']), t('b', ['c']), t('c', ['a', 'c'])]));
    expect(result.tables.map((x) => x.id)).toEqual(['c', 'b', 'a']);
    expect([...result.deferred].map((fk) => fk.id)).toEqual(['c_fk0']);
  });

  it('handles long chains without recursion', () => {
    const tables = Array.from({ length: 20000 }, (_, i) => t(`t${i}`, i === 0 ? [] : [`t${i - 1}`])).reverse();
    expect(orderTables(diagram(tables)).tables[0].id).toBe('t0');
  });
});
