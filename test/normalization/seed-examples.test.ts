import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDiagram, analyzeTable, isLosslessJoin, planDecomposition, tableRelation, attrsOf } from '../../src/core/analysis/normalization/index';
import { restoreFromText, type Diagram, type Table } from '../../src/core/index';

function load(): Diagram {
  const result = restoreFromText(readFileSync(new URL('../../examples/normalization.json', import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.diagram;
}

const byName = (d: Diagram, name: string): Table => {
  const t = d.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
};

/** A table's shape: name-free, as the seed writes it: columns, primary key, references. */
function shape(d: Diagram, t: Table) {
  const col = (id: string) => t.columns.find((c) => c.id === id)?.name;
  return {
    columns: t.columns.map((c) => c.name),
    primaryKey: t.primaryKey?.columns.map(col) ?? [],
    references: t.foreignKeys.map((fk) => {
      const parent = d.tables.find((p) => p.id === fk.refTableId)!;
      return `${fk.columns.map(col).join(',')} -> ${parent.name}(${fk.refColumns.map((id) => parent.columns.find((c) => c.id === id)?.name).join(',')})`;
    }),
  };
}

describe("the seed's normalization examples (examples/normalization.json)", () => {
  const diagram = load();

  it('gives exactly the seed verdicts', () => {
    const verdicts = Object.fromEntries(analyzeDiagram(diagram).map((a) => [a.tableName, a.normalForm]));
    expect(verdicts).toEqual({ orders: 'none', order_items: '1NF', employees: '2NF', products: '5NF', departments: '5NF' });
  });

  it('explains each first violation with the dependency that causes it', () => {
    const [orders, items, employees] = ['orders', 'order_items', 'employees'].map((n) => analyzeTable(byName(diagram, n)));
    expect(orders.violations[0]).toMatchObject({ code: 'normalization/1nf-multivalued-column', form: '1NF' });
    expect(orders.violations[0].message).toContain('products');
    expect(items.violations[0]).toMatchObject({ code: 'normalization/2nf-partial-dependency', dependency: { text: 'product_id -> product_name' } });
    expect(items.violations[0].message).toContain('only part of the key (order_id, product_id)');
    expect(employees.violations[0]).toMatchObject({ code: 'normalization/3nf-transitive-dependency', dependency: { text: 'department_id -> department_name, department_location' } });
    expect(employees.candidateKeys).toEqual([['col_employees_id']]);
    expect(items.candidateKeys).toEqual([['col_order_items_order_id', 'col_order_items_product_id']]);
  });

  it('orders decomposes to the seed 1NF schema: orders(id, customer_name) and one row per product', () => {
    const plan = planDecomposition(diagram, 'tbl_orders', '3NF');
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    const [orders, child] = plan.tables.map((t) => byName(plan.diagram, t.name));
    expect(shape(plan.diagram, orders).columns).toEqual(['id', 'customer_name']);
    // The seed calls the child order_items(order_id, product); ours is named after the column.
    expect(shape(plan.diagram, child)).toEqual({ columns: ['order_id', 'product'], primaryKey: ['order_id', 'product'], references: ['order_id -> orders(id)'] });
    expect(plan.diagram.tables.map(analyzeTable).filter((a) => [orders.id, child.id].includes(a.table)).map((a) => a.normalForm)).toEqual(['5NF', '5NF']);
  });

  it('order_items decomposes to the seed 2NF schema: products(product_id, product_name) and order_items referencing it', () => {
    for (const target of ['3NF', 'BCNF'] as const) {
      const plan = planDecomposition(diagram, 'tbl_order_items', target);
      expect(plan.ok).toBe(true);
      if (!plan.ok) return;
      expect(plan.lossless).toBe(true);
      expect(plan.lostDependencies).toEqual([]);
      const [items, products] = plan.tables.map((t) => byName(plan.diagram, t.name));
      expect(products.name).toBe('products_2'); // the example already holds the seed's fixed products table
      expect(shape(plan.diagram, items)).toEqual({ columns: ['order_id', 'product_id', 'quantity'], primaryKey: ['order_id', 'product_id'], references: ['product_id -> products_2(product_id)'] });
      expect(shape(plan.diagram, products)).toEqual({ ...shape(diagram, byName(diagram, 'products')), references: [] });
      // The moved column keeps its id.
      expect(products.columns.find((c) => c.name === 'product_name')?.id).toBe('col_order_items_product_name');
    }
  });

  it('employees decomposes to the seed 3NF schema: departments(id, name, location) and employees(id, name, department_id)', () => {
    const plan = planDecomposition(diagram, 'tbl_employees', '3NF');
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    const [employees, departments] = plan.tables.map((t) => byName(plan.diagram, t.name));
    expect(departments.name).toBe('departments_2');
    expect(shape(plan.diagram, employees)).toEqual({ columns: ['id', 'name', 'department_id'], primaryKey: ['id'], references: ['department_id -> departments_2(department_id)'] });
    // The seed also drops the department_ prefix inside departments; the structure is the same.
    const unprefixed = shape(plan.diagram, departments);
    const strip = (n: string | undefined) => n?.replace(/^department_/, '').replace(/^id$/, 'id');
    expect({ columns: unprefixed.columns.map(strip), primaryKey: unprefixed.primaryKey.map(strip) }).toEqual({ columns: ['id', 'name', 'location'], primaryKey: ['id'] });
    const fixed = shape(diagram, byName(diagram, 'departments'));
    expect(fixed).toEqual({ columns: ['id', 'name', 'location'], primaryKey: ['id'], references: [] });
    // Placed beside the old table, and every table ends up in 5NF.
    expect(departments.position.x).toBeGreaterThan(employees.position.x);
    expect(analyzeTable(employees).normalForm).toBe('5NF');
    expect(analyzeTable(departments).normalForm).toBe('5NF');
  });

  it('each dependency split is lossless by the chase', () => {
    for (const name of ['order_items', 'employees']) {
      const table = byName(diagram, name);
      const plan = planDecomposition(diagram, table.id, '3NF');
      if (!plan.ok) throw new Error(plan.reason);
      const relation = tableRelation(table);
      const components = plan.tables.map((t) => attrsOf(relation, byName(plan.diagram, t.name).columns.map((c) => table.columns.find((o) => o.name === c.name)?.id ?? '')));
      expect(isLosslessJoin(relation.facts.n, components, relation.facts.fds)).toBe(true);
    }
  });

  it('the fixed tables have nothing to decompose', () => {
    const plan = planDecomposition(diagram, 'tbl_departments', 'BCNF');
    expect(plan.ok).toBe(false);
  });
});
