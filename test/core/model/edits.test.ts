import { describe, expect, it } from 'vitest';
import {
  addColumn,
  addEnum,
  addForeignKey,
  addGroup,
  addIndex,
  addTable,
  addUnique,
  checkIntegrity,
  connectColumns,
  connectColumnToTable,
  createDiagram,
  deleteColumn,
  deleteEnum,
  deleteForeignKeys,
  deleteTables,
  duplicateTables,
  ecommerceDiagram,
  findColumnAnywhere,
  findTable,
  moveColumn,
  moveTables,
  syntheticDiagram,
  tableWithId,
  referencingColumnName,
  renameDiagram,
  setPrimaryKey,
  togglePrimaryKeyColumn,
  uniqueName,
  updateColumn,
  updateTable,
  type Diagram,
  type Table,
} from '../../../src/core/index';

const table = (diagram: Diagram, id: string): Table => {
  const found = findTable(diagram, id);
  if (!found) throw new Error(`no table ${id}`);
  return found;
};

/** Deep-freezes a diagram so any edit that mutates its input throws. */
function frozen<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) frozen(child);
    Object.freeze(value);
  }
  return value;
}

const shop = () => frozen(ecommerceDiagram());

describe('uniqueName', () => {
  it('returns the base, then numbered variants, case-insensitively', () => {
    expect(uniqueName('t', [])).toBe('t');
    expect(uniqueName('t', ['T'])).toBe('t_2');
    expect(uniqueName('t', ['t', 't_2'])).toBe('t_3');
  });
});

describe('tables', () => {
  it('adds a table with an id primary key and a unique name', () => {
    const first = addTable(frozen(createDiagram('d')), { x: 1, y: 2 });
    const second = addTable(first.diagram, { x: 0, y: 0 });
    const added = table(second.diagram, second.tableId);
    expect(table(first.diagram, first.tableId).name).toBe('new_table');
    expect(added.name).toBe('new_table_2');
    expect(added.columns.map((c) => [c.name, c.type.name, c.nullable, c.identity])).toEqual([['id', 'integer', false, 'by-default']]);
    expect(added.primaryKey?.columns).toEqual([added.columns[0].id]);
    expect(checkIntegrity(second.diagram)).toEqual([]);
  });

  it('renames a table and keeps every other table object', () => {
    const before = shop();
    const after = updateTable(before, 'tbl_users', { name: 'customers' });
    expect(table(after, 'tbl_users').name).toBe('customers');
    expect(table(after, 'tbl_users').id).toBe('tbl_users');
    after.tables.filter((t) => t.id !== 'tbl_users').forEach((t, i) => expect(t).toBe(before.tables.filter((b) => b.id !== 'tbl_users')[i]));
  });

  it('returns the same diagram for an unknown id', () => {
    const before = shop();
    expect(updateTable(before, 'tbl_missing', { name: 'x' })).toBe(before);
    expect(deleteTables(before, ['tbl_missing'])).toBe(before);
    expect(deleteColumn(before, 'tbl_users', 'col_missing')).toBe(before);
  });

  it('moves only tables whose position changes', () => {
    const before = shop();
    const users = table(before, 'tbl_users');
    expect(moveTables(before, new Map([['tbl_users', { ...users.position }]]))).toBe(before);
    expect(moveTables(before, new Map())).toBe(before);
    const after = moveTables(before, new Map([['tbl_users', { x: 5, y: 6 }]]));
    expect(table(after, 'tbl_users').position).toEqual({ x: 5, y: 6 });
    expect(table(after, 'tbl_orders')).toBe(table(before, 'tbl_orders'));
  });

  it('deletes tables with the foreign keys pointing at them and their group memberships', () => {
    const grouped = addGroup(shop(), 'sales', ['tbl_orders', 'tbl_users']).diagram;
    const after = deleteTables(frozen(grouped), ['tbl_orders']);
    expect(after.tables.map((t) => t.id)).toEqual(['tbl_users', 'tbl_products', 'tbl_order_items']);
    expect(table(after, 'tbl_order_items').foreignKeys.map((f) => f.id)).toEqual(['fk_order_items_product']);
    expect(after.groups[0].tableIds).toEqual(['tbl_users']);
    expect(table(after, 'tbl_users')).toBe(table(grouped, 'tbl_users'));
    expect(checkIntegrity(after)).toEqual([]);
  });
});

describe('duplicateTables', () => {
  it('gives copies fresh ids everywhere and keeps the result valid', () => {
    const before = shop();
    const { diagram, tableIds } = duplicateTables(before, ['tbl_orders', 'tbl_order_items']);
    expect(tableIds).toHaveLength(2);
    expect(checkIntegrity(diagram)).toEqual([]);
    const [orders, items] = tableIds.map((id) => table(diagram, id));
    expect(orders.name).toBe('orders_copy');
    const source = table(before, 'tbl_order_items').position;
    expect(items.position).toEqual({ x: source.x + 40, y: source.y + 40 });
    const originalIds = new Set(before.tables.flatMap((t) => [t.id, ...t.columns.map((c) => c.id), ...t.foreignKeys.map((f) => f.id), ...t.checks.map((c) => c.id), ...t.uniques.map((u) => u.id)]));
    for (const copy of [orders, items]) {
      for (const id of [copy.id, ...copy.columns.map((c) => c.id), ...copy.foreignKeys.map((f) => f.id), ...copy.checks.map((c) => c.id), ...copy.uniques.map((u) => u.id)]) {
        expect(originalIds.has(id)).toBe(false);
      }
    }
    // The FK between copied tables follows the copies; the one to an uncopied parent keeps it.
    const toOrders = items.foreignKeys.find((f) => f.refTableId === orders.id);
    expect(toOrders?.refColumns).toEqual([orders.columns[0].id]);
    expect(toOrders?.columns).toEqual([items.columns[1].id]);
    expect(items.foreignKeys.find((f) => f.refTableId === 'tbl_products')?.refColumns).toEqual(['col_products_id']);
    expect(items.uniques[0].columns).toEqual([items.columns[1].id, items.columns[2].id]);
    expect(orders.primaryKey?.columns).toEqual([orders.columns[0].id]);
    // The originals are the same objects.
    before.tables.forEach((t, i) => expect(diagram.tables[i]).toBe(t));
  });

  it('remaps declared normalization dependencies to the copied columns with fresh ids', () => {
    const base = shop();
    const withDeps: Diagram = {
      ...base,
      tables: base.tables.map((t) =>
        t.id === 'tbl_orders'
          ? {
              ...t,
              normalization: {
                dependencies: [{ id: 'dep_1', kind: 'fd', determinant: ['col_orders_user_id'], dependent: ['col_orders_status'] }],
                repeatingGroups: [{ id: 'rg_1', columns: ['col_orders_created_at', 'col_orders_updated_at'] }],
                multivaluedColumns: ['col_orders_status'],
              },
            }
          : t,
      ),
    };
    expect(checkIntegrity(withDeps)).toEqual([]);
    const { diagram, tableIds } = duplicateTables(frozen(withDeps), ['tbl_orders']);
    expect(checkIntegrity(diagram)).toEqual([]);
    const copy = table(diagram, tableIds[0]);
    const dependency = copy.normalization?.dependencies[0];
    expect(dependency?.id).not.toBe('dep_1');
    expect(dependency?.determinant).toEqual([copy.columns[1].id]);
    expect(dependency?.dependent).toEqual([copy.columns[2].id]);
    expect(copy.normalization?.multivaluedColumns).toEqual([copy.columns[2].id]);
    expect(copy.normalization?.repeatingGroups?.[0].columns).toEqual([copy.columns[4].id, copy.columns[5].id]);
  });
});

describe('columns', () => {
  it('adds a nullable varchar(255) column with a unique name', () => {
    const { diagram, columnId } = addColumn(shop(), 'tbl_users', 'email');
    const column = findColumnAnywhere(diagram, columnId)?.column;
    expect(column).toMatchObject({ name: 'email_2', type: { name: 'varchar', length: 255 }, nullable: true });
    expect(addColumn(shop(), 'tbl_missing').columnId).toBe('');
  });

  it('updates a column but keeps primary-key columns NOT NULL and drops enumId when the type stops being enum', () => {
    const before = shop();
    const pk = updateColumn(before, 'tbl_users', 'col_users_id', { nullable: true, name: 'user_id' });
    expect(table(pk, 'tbl_users').columns[0]).toMatchObject({ name: 'user_id', nullable: false });
    const { diagram: withEnum, enumId } = addEnum(before, 'status', ['a', 'b']);
    const enumColumn = updateColumn(withEnum, 'tbl_orders', 'col_orders_status', { type: { name: 'enum' }, enumId });
    expect(table(enumColumn, 'tbl_orders').columns[2].enumId).toBe(enumId);
    const text = updateColumn(enumColumn, 'tbl_orders', 'col_orders_status', { type: { name: 'text' } });
    expect(table(text, 'tbl_orders').columns[2].enumId).toBeUndefined();
    expect(table(pk, 'tbl_orders')).toBe(table(before, 'tbl_orders'));
  });

  it('reorders columns, clamping the target index', () => {
    const before = shop();
    const names = (d: Diagram) => table(d, 'tbl_users').columns.map((c) => c.name);
    expect(names(moveColumn(before, 'tbl_users', 'col_users_id', 2))).toEqual(['email', 'username', 'id', 'password_hash', 'created_at', 'updated_at']);
    expect(names(moveColumn(before, 'tbl_users', 'col_users_updated_at', -5))[0]).toBe('updated_at');
    expect(names(moveColumn(before, 'tbl_users', 'col_users_id', 99)).at(-1)).toBe('id');
    expect(moveColumn(before, 'tbl_users', 'col_users_id', 0)).toBe(before);
  });

  it('deleting a column cascades to the primary key, uniques, indexes and foreign keys on both sides', () => {
    let d = shop();
    d = addIndex(d, 'tbl_order_items', { columns: [{ columnId: 'col_order_items_order_id', order: 'asc' }], unique: false, method: 'btree' }).diagram;
    d = addIndex(d, 'tbl_order_items', {
      columns: [
        { columnId: 'col_order_items_order_id', order: 'asc' },
        { columnId: 'col_order_items_quantity', order: 'desc' },
      ],
      unique: false,
      method: 'btree',
    }).diagram;
    const before = frozen(d);
    const after = deleteColumn(before, 'tbl_order_items', 'col_order_items_order_id');
    const items = table(after, 'tbl_order_items');
    expect(items.columns.some((c) => c.id === 'col_order_items_order_id')).toBe(false);
    expect(items.uniques[0].columns).toEqual(['col_order_items_product_id']);
    expect(items.indexes).toHaveLength(1);
    expect(items.indexes[0].columns).toEqual([{ columnId: 'col_order_items_quantity', order: 'desc' }]);
    expect(items.foreignKeys.map((f) => f.id)).toEqual(['fk_order_items_product']);
    expect(checkIntegrity(after)).toEqual([]);

    // The referenced side: deleting users.id drops the primary key and orders' foreign key to it.
    const noUserId = deleteColumn(before, 'tbl_users', 'col_users_id');
    expect(table(noUserId, 'tbl_users').primaryKey).toBeUndefined();
    expect(table(noUserId, 'tbl_orders').foreignKeys).toEqual([]);
    expect(table(noUserId, 'tbl_products')).toBe(table(before, 'tbl_products'));
    expect(checkIntegrity(noUserId)).toEqual([]);
  });

  it('INCLUDE columns: deleting one drops it from INCLUDE, duplicating remaps them, integrity checks them', () => {
    const d = addIndex(shop(), 'tbl_order_items', {
      columns: [{ columnId: 'col_order_items_order_id', order: 'asc' }],
      unique: false,
      method: 'btree',
      include: ['col_order_items_quantity', 'col_order_items_product_id'],
    }).diagram;
    expect(checkIntegrity(d)).toEqual([]);
    const before = frozen(d);
    const index = (x: Diagram, id: string) => table(x, id).indexes.at(-1);
    expect(index(deleteColumn(before, 'tbl_order_items', 'col_order_items_quantity'), 'tbl_order_items')?.include).toEqual(['col_order_items_product_id']);
    const emptied = deleteColumn(deleteColumn(before, 'tbl_order_items', 'col_order_items_quantity'), 'tbl_order_items', 'col_order_items_product_id');
    expect(index(emptied, 'tbl_order_items')).not.toHaveProperty('include');
    expect(checkIntegrity(emptied)).toEqual([]);

    const copy = duplicateTables(before, ['tbl_order_items']);
    const items = table(copy.diagram, copy.tableIds[0]);
    const byName = (name: string) => items.columns.find((c) => c.name === name)?.id;
    expect(items.indexes.at(-1)?.include).toEqual([byName('quantity'), byName('product_id')]);
    expect(checkIntegrity(copy.diagram)).toEqual([]);

    const bad: Diagram = {
      ...before,
      tables: before.tables.map((t) => ({ ...t, indexes: t.indexes.map((x) => (x.include ? { ...x, include: ['col_order_items_order_id', 'col_missing'] } : x)) })),
    };
    const problems = checkIntegrity(bad);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/INCLUDE\) names column id "col_missing", which is not a column of this table/),
      expect.stringMatching(/includes column id "col_order_items_order_id", which is already a key column of the index/),
    ]);
    expect(problems[0].path).toMatch(/\.indexes\[\d+\]\.include\[1\]$/);
  });

  it('deleting a column keeps a composite primary key without it and drops a self-reference to it', () => {
    let d = addTable(createDiagram('d'), { x: 0, y: 0 }, 'tree');
    const treeId = d.tableId;
    const parent = addColumn(d.diagram, treeId, 'parent_id', { name: 'integer' });
    const idColumn = table(parent.diagram, treeId).columns[0].id;
    const withKey = setPrimaryKey(parent.diagram, treeId, [idColumn, parent.columnId]);
    const linked = connectColumns(withKey, parent.columnId, idColumn);
    if (!linked.ok) throw new Error(linked.reason);
    const after = deleteColumn(frozen(linked.diagram), treeId, parent.columnId);
    expect(table(after, treeId).primaryKey?.columns).toEqual([idColumn]);
    expect(table(after, treeId).foreignKeys).toEqual([]);
    const selfRef = deleteColumn(linked.diagram, treeId, idColumn);
    expect(table(selfRef, treeId).foreignKeys).toEqual([]);
    d = { diagram: selfRef, tableId: treeId };
    expect(checkIntegrity(d.diagram)).toEqual([]);
  });

  it('deleting a column removes it from declared normalization dependencies', () => {
    const base = shop();
    const withDeps: Diagram = {
      ...base,
      tables: base.tables.map((t) =>
        t.id === 'tbl_orders'
          ? {
              ...t,
              normalization: {
                dependencies: [
                  { id: 'dep_rhs', kind: 'fd', determinant: ['col_orders_user_id'], dependent: ['col_orders_status', 'col_orders_total_amount'] },
                  { id: 'dep_lhs', kind: 'fd', determinant: ['col_orders_status'], dependent: ['col_orders_total_amount'] },
                  { id: 'dep_mvd', kind: 'mvd', determinant: ['col_orders_user_id'], dependent: ['col_orders_status'] },
                ],
                joinDependencies: [{ id: 'jd_1', components: [['col_orders_id', 'col_orders_status'], ['col_orders_id', 'col_orders_user_id']] }],
                multivaluedColumns: ['col_orders_status'],
                repeatingGroups: [{ id: 'rg_1', columns: ['col_orders_status', 'col_orders_created_at'] }],
              },
            }
          : t,
      ),
    };
    const after = deleteColumn(frozen(withDeps), 'tbl_orders', 'col_orders_status');
    expect(checkIntegrity(after)).toEqual([]);
    expect(table(after, 'tbl_orders').normalization).toEqual({
      dependencies: [{ id: 'dep_rhs', kind: 'fd', determinant: ['col_orders_user_id'], dependent: ['col_orders_total_amount'] }],
      joinDependencies: [],
      multivaluedColumns: [],
      repeatingGroups: [],
    });
  });

  it('toggles primary-key membership, making key columns NOT NULL', () => {
    const before = shop();
    const added = togglePrimaryKeyColumn(before, 'tbl_users', 'col_users_created_at');
    const users = table(added, 'tbl_users');
    expect(users.primaryKey?.columns).toEqual(['col_users_id', 'col_users_created_at']);
    expect(users.columns[4].nullable).toBe(false);
    const removed = togglePrimaryKeyColumn(togglePrimaryKeyColumn(added, 'tbl_users', 'col_users_created_at'), 'tbl_users', 'col_users_id');
    expect(table(removed, 'tbl_users').primaryKey).toBeUndefined();
    expect(togglePrimaryKeyColumn(before, 'tbl_users', 'col_missing')).toBe(before);
  });
});

describe('foreign keys', () => {
  it('connectColumns makes the plain column reference the key, whichever way it was drawn', () => {
    const before = shop();
    const drawnBackwards = connectColumns(before, 'col_products_id', 'col_orders_status');
    if (!drawnBackwards.ok) throw new Error(drawnBackwards.reason);
    const fk = table(drawnBackwards.diagram, 'tbl_orders').foreignKeys.find((f) => f.id === drawnBackwards.foreignKeyId);
    expect(fk).toMatchObject({ columns: ['col_orders_status'], refTableId: 'tbl_products', refColumns: ['col_products_id'], onDelete: 'no-action', onUpdate: 'no-action' });

    const drawnForwards = connectColumns(before, 'col_orders_status', 'col_products_id');
    if (!drawnForwards.ok) throw new Error(drawnForwards.reason);
    expect(table(drawnForwards.diagram, 'tbl_orders').foreignKeys.at(-1)).toMatchObject({ columns: ['col_orders_status'], refTableId: 'tbl_products' });

    // Two keys: the drawn direction stands (from references to).
    const keys = connectColumns(before, 'col_users_id', 'col_products_id');
    if (!keys.ok) throw new Error(keys.reason);
    expect(table(keys.diagram, 'tbl_users').foreignKeys[0]).toMatchObject({ columns: ['col_users_id'], refTableId: 'tbl_products' });
  });

  it('connectColumns refuses self-references, missing columns and duplicates', () => {
    const before = shop();
    expect(connectColumns(before, 'col_users_id', 'col_users_id')).toEqual({ ok: false, reason: 'a column cannot reference itself' });
    expect(connectColumns(before, 'col_users_id', 'col_missing').ok).toBe(false);
    const duplicate = connectColumns(before, 'col_orders_user_id', 'col_users_id');
    expect(duplicate).toEqual({ ok: false, reason: 'orders.user_id already references users.id' });
  });

  it('connectColumnToTable adds user_id with the key type and a foreign key', () => {
    const before = shop();
    const result = connectColumnToTable(before, 'col_users_id', 'tbl_products');
    if (!result.ok) throw new Error(result.reason);
    const products = table(result.diagram, 'tbl_products');
    const column = products.columns.at(-1);
    expect(column).toMatchObject({ id: result.columnId, name: 'user_id', type: { name: 'integer' }, nullable: false });
    expect(column?.identity).toBeUndefined();
    expect(products.foreignKeys[0]).toMatchObject({ id: result.foreignKeyId, columns: [result.columnId], refTableId: 'tbl_users', refColumns: ['col_users_id'] });
    // Orders already has user_id: the new column gets the next free name.
    const again = connectColumnToTable(before, 'col_users_id', 'tbl_orders');
    expect(again.ok && findColumnAnywhere(again.diagram, again.columnId ?? '')?.column.name).toBe('user_id_2');
    expect(checkIntegrity(result.diagram)).toEqual([]);
    expect(connectColumnToTable(before, 'col_missing', 'tbl_orders').ok).toBe(false);
  });

  it('names referencing columns in the singular', () => {
    expect(referencingColumnName('users', 'id')).toBe('user_id');
    expect(referencingColumnName('categories', 'id')).toBe('category_id');
    expect(referencingColumnName('addresses', 'id')).toBe('address_id');
    expect(referencingColumnName('address', 'id')).toBe('address_id');
    expect(referencingColumnName('boxes', 'id')).toBe('box_id');
    expect(referencingColumnName('status', 'code')).toBe('status_code');
    expect(referencingColumnName('person', 'id')).toBe('person_id');
  });

  it('adds and deletes foreign keys by id, keeping unchanged tables', () => {
    const before = shop();
    const { diagram, foreignKeyId } = addForeignKey(before, 'tbl_products', { columns: ['col_products_stock'], refTableId: 'tbl_users', refColumns: ['col_users_id'], onDelete: 'cascade', onUpdate: 'no-action' });
    expect(table(diagram, 'tbl_products').foreignKeys[0].id).toBe(foreignKeyId);
    const removed = deleteForeignKeys(diagram, [foreignKeyId, 'fk_orders_user']);
    expect(table(removed, 'tbl_products').foreignKeys).toEqual([]);
    expect(table(removed, 'tbl_orders').foreignKeys).toEqual([]);
    expect(table(removed, 'tbl_order_items')).toBe(table(before, 'tbl_order_items'));
    expect(deleteForeignKeys(before, ['fk_missing'])).toBe(before);
  });
});

describe('enums, groups and the diagram', () => {
  it('deleting an enum turns its columns into text so nothing dangles', () => {
    const { diagram, enumId } = addEnum(shop(), 'status', ['pending', 'done']);
    const typed = updateColumn(diagram, 'tbl_orders', 'col_orders_status', { type: { name: 'enum' }, enumId });
    const after = deleteEnum(frozen(typed), enumId);
    expect(after.enums).toEqual([]);
    expect(table(after, 'tbl_orders').columns[2]).toMatchObject({ type: { name: 'text' } });
    expect(table(after, 'tbl_orders').columns[2].enumId).toBeUndefined();
    expect(checkIntegrity(after)).toEqual([]);
  });

  it('a table belongs to one group at a time', () => {
    const first = addGroup(shop(), 'a', ['tbl_users', 'tbl_orders']);
    const second = addGroup(first.diagram, 'b', ['tbl_orders']);
    expect(second.diagram.groups.map((g) => g.tableIds)).toEqual([['tbl_users'], ['tbl_orders']]);
  });

  it('addUnique records the column set', () => {
    const after = addUnique(shop(), 'tbl_users', ['col_users_username'], 'uq_username');
    expect(table(after, 'tbl_users').uniques[0]).toMatchObject({ name: 'uq_username', columns: ['col_users_username'] });
  });

  it('renaming the diagram to the same name is a no-op', () => {
    const before = shop();
    expect(renameDiagram(before, 'E-commerce')).toBe(before);
    expect(renameDiagram(before, 'Shop').name).toBe('Shop');
  });
});

describe('moveTables and the table index', () => {
  it('moves by id through frames of a drag, and after edits that add, delete or reorder tables', () => {
    let d = syntheticDiagram({ tables: 20 });
    for (let frame = 1; frame <= 5; frame++) d = moveTables(d, new Map([['tbl_4', { x: frame, y: frame * 2 }]]));
    expect(tableWithId(d.tables, 'tbl_4')?.position).toEqual({ x: 5, y: 10 });
    d = deleteTables(d, ['tbl_0', 'tbl_1']);
    d = moveTables(d, new Map([['tbl_4', { x: -1, y: -2 }], ['tbl_19', { x: 3, y: 4 }], ['not_a_table', { x: 0, y: 0 }]]));
    expect(d.tables.find((t) => t.id === 'tbl_4')?.position).toEqual({ x: -1, y: -2 });
    expect(d.tables.find((t) => t.id === 'tbl_19')?.position).toEqual({ x: 3, y: 4 });
    const reversed = { ...d, tables: [...d.tables].reverse() };
    const moved = moveTables(reversed, new Map([['tbl_5', { x: 8, y: 9 }]]));
    expect(moved.tables.find((t) => t.id === 'tbl_5')?.position).toEqual({ x: 8, y: 9 });
    expect(moved.tables.map((t) => t.id)).toEqual(reversed.tables.map((t) => t.id));
    expect(moveTables(moved, new Map([['tbl_5', { x: 8, y: 9 }]]))).toBe(moved);
  });
});
