import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  acceptSuggestion,
  addDependency,
  analyzeDiagram,
  analyzeTable,
  checkIntegrity,
  declarationsToText,
  dismissSuggestion,
  normalFormOf,
  parseDeclarations,
  removeDependency,
  restoreFromText,
  setDeclarations,
  setMultivaluedColumn,
  suggestionsForTable,
  type Diagram,
  type Table,
} from '../../src/core/index';

function example(): Diagram {
  const result = restoreFromText(readFileSync(new URL('../../examples/normalization.json', import.meta.url), 'utf8'));
  if (!result.ok) throw new Error('example does not restore');
  return result.diagram;
}

/** The example as a designer would draw it before declaring anything. */
function undeclared(): Diagram {
  const d = example();
  return { ...d, tables: d.tables.map(({ normalization: _n, ...t }): Table => t) };
}

const table = (d: Diagram, name: string) => d.tables.find((t) => t.name === name)!;

describe('suggestions', () => {
  it('the undeclared example is all 5NF: nothing is assumed from names', () => {
    expect(analyzeDiagram(undeclared()).map((a) => a.normalForm)).toEqual(['5NF', '5NF', '5NF', '5NF', '5NF']);
  });

  it("suggests what the seed states, from names, references and list columns", () => {
    const d = undeclared();
    const texts = (name: string) => suggestionsForTable(d, table(d, name)).map((s) => `${s.source}: ${s.text}`);
    expect(texts('orders')).toEqual(['list-column: multivalued products']);
    expect(texts('order_items')).toEqual(['reference: product_id -> product_name']);
    expect(texts('employees')).toEqual(['reference: department_id -> department_name, department_location']);
    expect(texts('products')).toEqual([]);
    expect(texts('departments')).toEqual([]);
  });

  it("accepting every suggestion gives the seed's verdicts; nothing changes before", () => {
    let d = undeclared();
    for (const t of d.tables) for (const s of suggestionsForTable(d, t)) d = acceptSuggestion(d, s);
    expect(analyzeDiagram(d).map((a) => a.normalForm)).toEqual(['none', '1NF', '2NF', '5NF', '5NF']);
    expect(checkIntegrity(d)).toEqual([]);
  });

  it('a dismissed suggestion is not offered again, and is stored by key', () => {
    let d = undeclared();
    const [s] = suggestionsForTable(d, table(d, 'employees'));
    d = dismissSuggestion(d, s.table, s.key);
    expect(suggestionsForTable(d, table(d, 'employees'))).toEqual([]);
    expect(table(d, 'employees').normalization?.dismissedSuggestions).toEqual([s.key]);
    expect(normalFormOf(d, s.table)).toBe('5NF');
  });

  it('naming pattern without a referenced table, repeating groups, JSON and array columns', () => {
    const t: Table = {
      id: 't',
      name: 'people',
      position: { x: 0, y: 0 },
      columns: [
        { id: 'id', name: 'id', type: { name: 'integer' }, nullable: false },
        { id: 'city_id', name: 'city_id', type: { name: 'integer' }, nullable: true },
        { id: 'city_name', name: 'city_name', type: { name: 'text' }, nullable: true },
        { id: 'phone1', name: 'phone1', type: { name: 'text' }, nullable: true },
        { id: 'phone2', name: 'phone2', type: { name: 'text' }, nullable: true },
        { id: 'meta', name: 'meta', type: { name: 'jsonb' }, nullable: true },
        { id: 'tags', name: 'tags', type: { name: 'text', arrayDimensions: 1 }, nullable: true },
      ],
      primaryKey: { columns: ['id'] },
      uniques: [],
      checks: [],
      indexes: [],
      foreignKeys: [],
    };
    const d: Diagram = { id: 'd', name: 'd', tables: [t], enums: [], notes: [], groups: [] };
    expect(suggestionsForTable(d, t).map((s) => `${s.source}: ${s.text}`)).toEqual(['naming: city_id -> city_name', 'repeating-group: repeating phone1, phone2', 'json-column: multivalued meta']);
    // The array is a fact of the model, not a suggestion.
    expect(analyzeTable(t).violations.map((v) => v.code)).toEqual(['normalization/1nf-array-column']);
  });
});

describe('dependency syntax', () => {
  const employees = table(example(), 'employees');

  it('parses dependencies, join dependencies, multivalued columns and comments', () => {
    const result = parseDeclarations('# comment\ndepartment_id -> department_name, DEPARTMENT_LOCATION\nid ->> name -- why\nmultivalued name\njoin (id, name), (id, department_id, department_name, department_location)\n', employees);
    expect(result.markers).toEqual([]);
    expect(result.declarations.dependencies).toEqual([
      { kind: 'fd', determinant: ['col_employees_department_id'], dependent: ['col_employees_department_name', 'col_employees_department_location'], line: 2 },
      { kind: 'mvd', determinant: ['col_employees_id'], dependent: ['col_employees_name'], line: 3 },
    ]);
    expect(result.declarations.multivaluedColumns).toEqual(['col_employees_name']);
    expect(result.declarations.joinDependencies[0].components).toHaveLength(2);
  });

  it('reports unknown columns and bad syntax with line and column', () => {
    const result = parseDeclarations('department_id -> department_nme\n\nid -> name -> x\nfoo bar\nid ->\n"open -> x', employees);
    expect(result.ok).toBe(false);
    expect(result.markers.map((m) => [m.line, m.column, m.endColumn, m.severity])).toEqual([
      [1, 18, 32, 'error'],
      [3, 12, 14, 'error'],
      [4, 1, 4, 'error'],
      [5, 4, 6, 'error'],
      [6, 1, 11, 'error'],
    ]);
    expect(result.markers[0].message).toBe('employees has no column "department_nme"');
  });

  it('warns about trivial dependencies', () => {
    const result = parseDeclarations('id, name -> name', employees);
    expect(result.ok).toBe(true);
    expect(result.markers[0]).toMatchObject({ severity: 'warning', line: 1 });
    expect(result.declarations.dependencies).toEqual([]);
  });

  it('round-trips through text, keeping ids of unchanged declarations', () => {
    const d = example();
    const text = declarationsToText(table(d, 'employees'));
    expect(text).toBe('department_id -> department_name, department_location\n');
    const parsed = parseDeclarations(`${text}id ->> name\n`, table(d, 'employees'));
    const next = setDeclarations(d, 'tbl_employees', parsed.declarations);
    const deps = table(next, 'employees').normalization!.dependencies;
    expect(deps[0].id).toBe('fd_employees_department');
    expect(deps[1].kind).toBe('mvd');
    expect(setDeclarations(d, 'tbl_employees', parseDeclarations(text, table(d, 'employees')).declarations)).toBe(d);
  });
});

describe('dependency edits', () => {
  it('add, remove and multivalued columns; the badge follows, only the touched table is new', () => {
    const d = undeclared();
    const { diagram: withFd, dependencyId } = addDependency(d, 'tbl_employees', { kind: 'fd', determinant: ['col_employees_department_id'], dependent: ['col_employees_department_name'] });
    expect(normalFormOf(withFd, 'tbl_employees')).toBe('2NF');
    expect(withFd.tables.filter((t, i) => t !== d.tables[i]).map((t) => t.name)).toEqual(['employees']);
    const removed = removeDependency(withFd, 'tbl_employees', dependencyId!);
    expect(normalFormOf(removed, 'tbl_employees')).toBe('5NF');
    expect(table(removed, 'employees').normalization).toBeUndefined();
    const listed = setMultivaluedColumn(d, 'tbl_orders', 'col_orders_products', true);
    expect(normalFormOf(listed, 'tbl_orders')).toBe('none');
    expect(setMultivaluedColumn(listed, 'tbl_orders', 'col_orders_products', true)).toBe(listed);
  });
});

describe('incremental analysis', () => {
  it('an edit re-analyses only the touched table: the others keep their cached result objects', () => {
    const d = example();
    const before = d.tables.map(analyzeTable);
    const edited = setMultivaluedColumn(d, 'tbl_departments', 'col_departments_location', true);
    const after = edited.tables.map(analyzeTable);
    expect(after.map((a, i) => a === before[i])).toEqual([true, true, true, true, false]);
    expect(after[4].normalForm).toBe('none');
  });
});

describe('more decompositions and suggestions', () => {
  it("order_items.product_name copies products.name through the foreign key: suggested", async () => {
    const { ecommerceDiagram, addColumn } = await import('../../src/core/index');
    const d = addColumn(ecommerceDiagram(), 'tbl_order_items', 'product_name', { name: 'varchar', length: 255 }).diagram;
    const items = table(d, 'order_items');
    const [s] = suggestionsForTable(d, items);
    expect(s).toMatchObject({ source: 'reference', text: 'product_id -> product_name' });
    expect(s.message).toContain('product_name copies products.name');
  });

  it('1NF: an array column and a repeating group become child tables with one row per value', async () => {
    const { planDecomposition } = await import('../../src/core/index');
    const t: Table = {
      id: 'tbl_people',
      name: 'people',
      position: { x: 0, y: 0 },
      columns: [
        { id: 'c_id', name: 'id', type: { name: 'integer' }, nullable: false },
        { id: 'c_name', name: 'name', type: { name: 'text' }, nullable: true },
        { id: 'c_tags', name: 'tags', type: { name: 'text', arrayDimensions: 1 }, nullable: true },
        { id: 'c_p1', name: 'phone1', type: { name: 'varchar', length: 20 }, nullable: true },
        { id: 'c_p2', name: 'phone2', type: { name: 'varchar', length: 20 }, nullable: true },
      ],
      primaryKey: { columns: ['c_id'] },
      uniques: [],
      checks: [],
      indexes: [],
      foreignKeys: [],
      normalization: { dependencies: [], repeatingGroups: [{ id: 'rg_phone', columns: ['c_p1', 'c_p2'] }] },
    };
    const d: Diagram = { id: 'd', name: 'd', tables: [t], enums: [], notes: [], groups: [{ id: 'g', name: 'g', tableIds: ['tbl_people'] }] };
    expect(analyzeTable(t).normalForm).toBe('none');
    const plan = planDecomposition(d, 'tbl_people', '1NF');
    if (!plan.ok) throw new Error(plan.reason);
    expect(checkIntegrity(plan.diagram)).toEqual([]);
    expect(plan.tables.map((x) => `${x.name}(${x.columns.map((c) => c.name).join(', ')})`)).toEqual(['people(id, name)', 'person_tags(person_id, tag)', 'person_phones(person_id, phone)']);
    const tags = plan.diagram.tables.find((x) => x.name === 'person_tags')!;
    expect(tags.columns[1]).toMatchObject({ id: 'c_tags', type: { name: 'text' } });
    expect(tags.foreignKeys[0]).toMatchObject({ refTableId: 'tbl_people', refColumns: ['c_id'], onDelete: 'cascade' });
    expect(plan.diagram.groups[0].tableIds).toHaveLength(3);
    expect(plan.diagram.tables.map((x) => analyzeTable(x).normalForm)).toEqual(['5NF', '5NF', '5NF']);
  });

  it('4NF: course ->> teacher splits course_teacher_book into two tables', async () => {
    const { planDecomposition } = await import('../../src/core/index');
    const v2 = restoreFromText(readFileSync(new URL('../fixtures/documents/v2.json', import.meta.url), 'utf8'));
    if (!v2.ok) throw new Error('fixture');
    const ctb = v2.diagram.tables[0];
    // The fixture also declares the JD *(course teacher, course book), which the MVD implies.
    expect(analyzeTable(ctb).normalForm).toBe('BCNF');
    const plan = planDecomposition(v2.diagram, ctb.id, '4NF');
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.lossless).toBe(true);
    expect(plan.tables.map((x) => x.columns.map((c) => c.name).join(','))).toEqual(['course,teacher', 'course,book']);
    expect(checkIntegrity(plan.diagram)).toEqual([]);
    expect(plan.tables.map((x) => analyzeTable(plan.diagram.tables.find((y) => y.id === x.id)!).normalForm)).toEqual(['5NF', '5NF']);
  });
});

describe('dependency syntax: empty left side', () => {
  it('reads {} -> x as printed by the analysis', () => {
    const employees = table(example(), 'employees');
    const result = parseDeclarations('{} -> department_location', employees);
    expect(result.markers).toEqual([]);
    expect(result.declarations.dependencies[0]).toMatchObject({ determinant: [], dependent: ['col_employees_department_location'] });
  });
});
