import { describe, expect, it } from 'vitest';
import {
  addIndex,
  allForeignKeys,
  createColumn,
  createDiagram,
  createId,
  createTable,
  ecommerceDiagram,
  findColumn,
  findColumnAnywhere,
  findEnum,
  findTable,
  isForeignKeyColumn,
  isPrimaryKeyColumn,
  isUniqueColumnSet,
  qualifiedName,
  relationshipEnds,
  type ForeignKey,
  type Table,
} from '../../../src/core/index';

const shop = ecommerceDiagram();
const users = findTable(shop, 'tbl_users') as Table;
const orders = findTable(shop, 'tbl_orders') as Table;
const items = findTable(shop, 'tbl_order_items') as Table;

describe('ids and factories', () => {
  it('creates prefixed random ids', () => {
    const a = createId('tbl');
    expect(a).toMatch(/^tbl_[0-9a-z]{10}$/);
    expect(createId('tbl')).not.toBe(a);
  });

  it('creates empty diagrams, tables and nullable columns', () => {
    expect(createDiagram('d')).toMatchObject({ name: 'd', tables: [], enums: [], notes: [], groups: [] });
    expect(createTable('t', { x: 1, y: 2 })).toMatchObject({ name: 't', position: { x: 1, y: 2 }, columns: [], uniques: [], checks: [], indexes: [], foreignKeys: [] });
    expect(createColumn('c', { name: 'text' }).nullable).toBe(true);
    expect(createColumn('c', { name: 'text' }, { nullable: false, unique: true })).toMatchObject({ nullable: false, unique: true });
  });
});

describe('queries', () => {
  it('finds tables, columns and enums by id', () => {
    expect(findTable(shop, 'tbl_users')?.name).toBe('users');
    expect(findTable(shop, 'nope')).toBeUndefined();
    expect(findColumn(users, 'col_users_email')?.name).toBe('email');
    expect(findColumnAnywhere(shop, 'col_orders_status')?.table.id).toBe('tbl_orders');
    expect(findColumnAnywhere(shop, 'nope')).toBeUndefined();
    expect(findEnum(shop, 'nope')).toBeUndefined();
  });

  it('tells key and foreign-key columns apart', () => {
    expect(isPrimaryKeyColumn(users, 'col_users_id')).toBe(true);
    expect(isPrimaryKeyColumn(users, 'col_users_email')).toBe(false);
    expect(isForeignKeyColumn(orders, 'col_orders_user_id')).toBe(true);
    expect(isForeignKeyColumn(orders, 'col_orders_id')).toBe(false);
  });

  it('recognises keys: primary key, unique constraint, unique column, unique index without WHERE', () => {
    expect(isUniqueColumnSet(users, ['col_users_id'])).toBe(true);
    expect(isUniqueColumnSet(users, ['col_users_email'])).toBe(true);
    expect(isUniqueColumnSet(users, ['col_users_username'])).toBe(false);
    expect(isUniqueColumnSet(items, ['col_order_items_product_id', 'col_order_items_order_id'])).toBe(true);
    expect(isUniqueColumnSet(items, ['col_order_items_order_id'])).toBe(false);
    const withIndex = (where?: string) =>
      findTable(
        addIndex(shop, 'tbl_users', { columns: [{ columnId: 'col_users_username', order: 'asc' }], unique: true, method: 'btree', ...(where ? { where } : {}) }).diagram,
        'tbl_users',
      ) as Table;
    expect(isUniqueColumnSet(withIndex(), ['col_users_username'])).toBe(true);
    expect(isUniqueColumnSet(withIndex('deleted_at IS NULL'), ['col_users_username'])).toBe(false);
  });

  it('qualifies names with the schema when set', () => {
    expect(qualifiedName({ name: 't' })).toBe('t');
    expect(qualifiedName({ name: 't', schema: 'sales' })).toBe('sales.t');
  });

  it('lists every foreign key with its table', () => {
    expect(allForeignKeys(shop).map(({ table, foreignKey }) => `${table.name}:${foreignKey.id}`)).toEqual([
      'orders:fk_orders_user',
      'order_items:fk_order_items_order',
      'order_items:fk_order_items_product',
    ]);
  });
});

describe('relationshipEnds', () => {
  const fk = (table: Table, id: string) => table.foreignKeys.find((f) => f.id === id) as ForeignKey;

  it('derives exactly-one parent and many children for a NOT NULL, non-unique foreign key', () => {
    expect(relationshipEnds(orders, fk(orders, 'fk_orders_user'))).toEqual({ parent: 'exactly-one', child: 'zero-or-many' });
  });

  it('makes the parent optional when a foreign-key column is nullable', () => {
    const nullable = { ...orders, columns: orders.columns.map((c) => (c.id === 'col_orders_user_id' ? { ...c, nullable: true } : c)) };
    expect(relationshipEnds(nullable, fk(orders, 'fk_orders_user'))).toEqual({ parent: 'zero-or-one', child: 'zero-or-many' });
  });

  it('makes the child side at most one when the foreign-key columns are unique (one-to-one)', () => {
    const unique = { ...orders, columns: orders.columns.map((c) => (c.id === 'col_orders_user_id' ? { ...c, unique: true } : c)) };
    expect(relationshipEnds(unique, fk(orders, 'fk_orders_user'))).toEqual({ parent: 'exactly-one', child: 'zero-or-one' });
  });

  it('treats a foreign-key column that does not exist as optional', () => {
    const broken: ForeignKey = { ...fk(orders, 'fk_orders_user'), columns: ['col_gone'] };
    expect(relationshipEnds(orders, broken).parent).toBe('zero-or-one');
  });

  it('uses the stated cardinality when there is one', () => {
    const stated: ForeignKey = { ...fk(orders, 'fk_orders_user'), cardinality: { parent: 'exactly-one', child: 'one-or-many' } };
    expect(relationshipEnds(orders, stated)).toEqual({ parent: 'exactly-one', child: 'one-or-many' });
  });
});
