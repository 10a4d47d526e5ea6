import type { Column, ColumnDefault, ColumnType, Diagram, Table } from '../model/types';

/**
 * The seed's e-commerce schema (../shared/seed/database-design.md, "Relational Database Design"),
 * with every constraint its SQL gives: a new user's first diagram, and examples/ecommerce.json.
 * Ids are fixed so the example file is stable; a diagram opened from it gets a new diagram id.
 */

const now: ColumnDefault = { kind: 'expression', sql: 'CURRENT_TIMESTAMP' };
const int: ColumnType = { name: 'integer' };
const money: ColumnType = { name: 'decimal', precision: 10, scale: 2 };
const varchar = (length: number): ColumnType => ({ name: 'varchar', length });

function col(id: string, name: string, type: ColumnType, extra: Partial<Column> = {}): Column {
  return { id, name, type, nullable: true, ...extra };
}

function table(id: string, name: string, x: number, y: number, columns: Column[], extra: Partial<Table> = {}): Table {
  return { id, name, position: { x, y }, columns, uniques: [], checks: [], indexes: [], foreignKeys: [], ...extra };
}

export function ecommerceDiagram(): Diagram {
  const users = table(
    'tbl_users',
    'users',
    40,
    60,
    [
      col('col_users_id', 'id', int, { nullable: false, identity: 'serial' }),
      col('col_users_email', 'email', varchar(255), { nullable: false, unique: true }),
      col('col_users_username', 'username', varchar(100), { nullable: false }),
      col('col_users_password_hash', 'password_hash', varchar(255), { nullable: false }),
      col('col_users_created_at', 'created_at', { name: 'timestamp' }, { default: now }),
      col('col_users_updated_at', 'updated_at', { name: 'timestamp' }, { default: now }),
    ],
    { primaryKey: { columns: ['col_users_id'] } },
  );
  const products = table(
    'tbl_products',
    'products',
    1000,
    60,
    [
      col('col_products_id', 'id', int, { nullable: false, identity: 'serial' }),
      col('col_products_name', 'name', varchar(255), { nullable: false }),
      col('col_products_description', 'description', { name: 'text' }),
      col('col_products_price', 'price', money, { nullable: false }),
      col('col_products_stock', 'stock', int, { nullable: false, default: { kind: 'literal', value: 0 } }),
      col('col_products_created_at', 'created_at', { name: 'timestamp' }, { default: now }),
      col('col_products_updated_at', 'updated_at', { name: 'timestamp' }, { default: now }),
    ],
    {
      primaryKey: { columns: ['col_products_id'] },
      checks: [
        { id: 'chk_products_price', expression: 'price >= 0' },
        { id: 'chk_products_stock', expression: 'stock >= 0' },
      ],
    },
  );
  const orders = table(
    'tbl_orders',
    'orders',
    380,
    60,
    [
      col('col_orders_id', 'id', int, { nullable: false, identity: 'serial' }),
      col('col_orders_user_id', 'user_id', int, { nullable: false }),
      col('col_orders_status', 'status', varchar(50), { nullable: false, default: { kind: 'literal', value: 'pending' } }),
      col('col_orders_total_amount', 'total_amount', money, { nullable: false }),
      col('col_orders_created_at', 'created_at', { name: 'timestamp' }, { default: now }),
      col('col_orders_updated_at', 'updated_at', { name: 'timestamp' }, { default: now }),
    ],
    {
      primaryKey: { columns: ['col_orders_id'] },
      checks: [{ id: 'chk_orders_valid_status', name: 'valid_status', expression: "status IN ('pending', 'processing', 'completed', 'cancelled')" }],
      foreignKeys: [
        { id: 'fk_orders_user', columns: ['col_orders_user_id'], refTableId: 'tbl_users', refColumns: ['col_users_id'], onDelete: 'cascade', onUpdate: 'no-action' },
      ],
    },
  );
  const orderItems = table(
    'tbl_order_items',
    'order_items',
    700,
    330,
    [
      col('col_order_items_id', 'id', int, { nullable: false, identity: 'serial' }),
      col('col_order_items_order_id', 'order_id', int, { nullable: false }),
      col('col_order_items_product_id', 'product_id', int, { nullable: false }),
      col('col_order_items_quantity', 'quantity', int, { nullable: false }),
      col('col_order_items_price', 'price', money, { nullable: false, comment: 'Price at time of order' }),
      col('col_order_items_created_at', 'created_at', { name: 'timestamp' }, { default: now }),
    ],
    {
      comment: 'Junction table between orders and products',
      primaryKey: { columns: ['col_order_items_id'] },
      checks: [{ id: 'chk_order_items_quantity', expression: 'quantity > 0' }],
      uniques: [{ id: 'unq_order_items_order_product', columns: ['col_order_items_order_id', 'col_order_items_product_id'] }],
      foreignKeys: [
        { id: 'fk_order_items_order', columns: ['col_order_items_order_id'], refTableId: 'tbl_orders', refColumns: ['col_orders_id'], onDelete: 'cascade', onUpdate: 'no-action' },
        { id: 'fk_order_items_product', columns: ['col_order_items_product_id'], refTableId: 'tbl_products', refColumns: ['col_products_id'], onDelete: 'restrict', onUpdate: 'no-action' },
      ],
    },
  );
  return { id: 'dgm_ecommerce', name: 'E-commerce', tables: [users, products, orders, orderItems], enums: [], notes: [], groups: [] };
}
