import { describe, expect, it } from 'vitest';
import {
  checkDocumentSize,
  CURRENT_VERSION,
  DOCUMENT_FORMAT,
  ecommerceDiagram,
  formatPath,
  formatProblem,
  MAX_DOCUMENT_BYTES,
  migrateDocument,
  restore,
  restoreFromText,
  serializeDocument,
  toDocument,
  type DiagramDocument,
  type DocumentProblem,
  type RestoreResult,
} from '../../../src/core/index';
import type { Migration } from '../../../src/core/document/migrations/migration';

/** The e-commerce example as plain JSON data, ready to be damaged by a test. */
const validDocument = (): DiagramDocument => JSON.parse(serializeDocument(ecommerceDiagram())) as DiagramDocument;

/** Writes a value the types forbid: damaged documents are the point of these tests. */
const set = (target: object, key: string, value: unknown): void => void Reflect.set(target, key, value);

function errorsOf(result: RestoreResult): DocumentProblem[] {
  if (result.ok) throw new Error('expected restore to fail');
  return result.errors;
}

/** Restores after `damage` changes a valid document; returns the problems. */
function problemsAfter(damage: (document: DiagramDocument) => void): DocumentProblem[] {
  const document = validDocument();
  damage(document);
  return errorsOf(restore(document));
}

describe('restore: valid documents', () => {
  it('restores the e-commerce example unchanged', () => {
    const result = restore(validDocument());
    expect(result).toEqual({ ok: true, diagram: JSON.parse(JSON.stringify(ecommerceDiagram())) });
  });

  it('round-trips through serializeDocument and restoreFromText', () => {
    const text = serializeDocument(ecommerceDiagram());
    expect(text.endsWith('\n')).toBe(true);
    const result = restoreFromText(text);
    // Same data; key order follows the schema after a restore, so compare values, not text.
    expect(result.ok && JSON.parse(serializeDocument(result.diagram))).toEqual(JSON.parse(text));
  });

  it('wraps a diagram in the current envelope', () => {
    const document = toDocument(ecommerceDiagram());
    expect(document.format).toBe(DOCUMENT_FORMAT);
    expect(document.version).toBe(CURRENT_VERSION);
  });

  it('fills defaults so hand-written files stay short', () => {
    const result = restore({
      format: DOCUMENT_FORMAT,
      version: CURRENT_VERSION,
      diagram: {
        id: 'd',
        name: 'short',
        tables: [
          {
            id: 't',
            name: 't',
            position: { x: 0, y: 0 },
            columns: [{ id: 'c', name: 'c', type: { name: 'integer' }, nullable: false }],
            indexes: [{ id: 'i', columns: [{ columnId: 'c' }] }],
            foreignKeys: [{ id: 'f', columns: ['c'], refTableId: 't', refColumns: ['c'] }],
          },
        ],
        notes: [{ id: 'n', text: 'hi', position: { x: 0, y: 0 } }],
        groups: [{ id: 'g', name: 'g' }],
      },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const table = result.diagram.tables[0];
    expect(result.diagram.enums).toEqual([]);
    expect(table.uniques).toEqual([]);
    expect(table.checks).toEqual([]);
    expect(table.indexes[0]).toEqual({ id: 'i', columns: [{ columnId: 'c', order: 'asc' }], unique: false, method: 'btree' });
    expect(table.foreignKeys[0]).toMatchObject({ onDelete: 'no-action', onUpdate: 'no-action' });
    expect(result.diagram.notes[0]).toMatchObject({ width: 220, height: 120 });
    expect(result.diagram.groups[0].tableIds).toEqual([]);
  });

  it('drops unknown keys instead of failing', () => {
    const document = validDocument();
    set(document, 'extra', 1);
    set(document.diagram.tables[0], 'futureField', 'x');
    const result = restore(document);
    expect(result.ok).toBe(true);
    expect(result.ok && 'futureField' in result.diagram.tables[0]).toBe(false);
  });

  it('does not modify its input', () => {
    const document = validDocument();
    const copy = structuredClone(document);
    restore(document);
    expect(document).toEqual(copy);
  });
});

describe('restore: bad JSON text', () => {
  it('names the line and column of a syntax error', () => {
    const [problem] = errorsOf(restoreFromText('{\n  "format": "erd-modeler/diagram",\n  oops\n}'));
    expect(problem.path).toBe('(file)');
    expect(problem.message).toMatch(/^not valid JSON at line 3, column 3: /);
  });

  it('names the place even when the engine does not (V8: "Unexpected token")', () => {
    const [problem] = errorsOf(restoreFromText('{\n  "format": x\n}'));
    expect(problem.message).toBe("not valid JSON at line 2, column 13: Unexpected token 'x'");
  });

  it('says when the file ends too early', () => {
    const [problem] = errorsOf(restoreFromText('{\n  "format": ['));
    expect(problem.message).toMatch(/line 2, column 14 \(the file ends too early\)/);
  });

  it('accepts a file that starts with a UTF-8 byte-order mark', () => {
    expect(restoreFromText(`\uFEFF${serializeDocument(ecommerceDiagram())}`).ok).toBe(true);
  });

  it('says when the file is empty', () => {
    expect(errorsOf(restoreFromText('  \n'))).toEqual([{ path: '(file)', message: 'the file is empty' }]);
  });

  it('refuses JSON that is not an object', () => {
    for (const text of ['[]', 'null', '"diagram"', '42']) {
      expect(errorsOf(restoreFromText(text))[0]).toMatchObject({ path: '(document)', message: expect.stringMatching(/^not a diagram file/) });
    }
  });
});

describe('restore: wrong types', () => {
  it('names the exact path of a wrongly typed field', () => {
    const problems = problemsAfter((d) => {
      set(d.diagram.tables[0].columns[1], 'nullable', 'yes');
    });
    expect(problems).toEqual([{ path: 'diagram.tables[0].columns[1].nullable', message: expect.stringContaining('expected boolean') }]);
  });

  it('reports every problem, not only the first', () => {
    const problems = problemsAfter((d) => {
      d.diagram.tables[1].name = '';
      set(d.diagram.tables[2].columns[0], 'default', { kind: 'weird' });
      set(d.diagram.tables[3], 'position', { x: 'left', y: 0 });
      Reflect.deleteProperty(d.diagram.tables[0], 'columns');
    });
    expect(problems.map((p) => p.path).sort()).toEqual([
      'diagram.tables[0].columns',
      'diagram.tables[1].name',
      'diagram.tables[2].columns[0].default.kind',
      'diagram.tables[3].position.x',
    ]);
    expect(problems.find((p) => p.path === 'diagram.tables[1].name')?.message).toBe('a name must not be empty');
  });

  it('checks enumerations, limits and required collections', () => {
    expect(problemsAfter((d) => set(d.diagram.tables[2].foreignKeys[0], 'onDelete', 'explode'))[0].path).toBe('diagram.tables[2].foreignKeys[0].onDelete');
    expect(problemsAfter((d) => (d.diagram.tables[0].columns[0].type.arrayDimensions = 7))[0].path).toBe('diagram.tables[0].columns[0].type.arrayDimensions');
    expect(problemsAfter((d) => (d.diagram.tables[0].columns[0].id = ''))[0].message).toBe('an id must not be empty');
    expect(problemsAfter((d) => (d.diagram.tables[0].primaryKey!.columns = []))[0]).toEqual({ path: 'diagram.tables[0].primaryKey.columns', message: 'at least one column is needed' });
    expect(problemsAfter((d) => (d.diagram.enums = [{ id: 'e', name: 'e', values: [] }]))[0]).toEqual({ path: 'diagram.enums[0].values', message: 'an enum needs at least one value' });
    expect(problemsAfter((d) => Reflect.deleteProperty(d, 'diagram'))[0].path).toBe('diagram');
  });
});

describe('restore: dangling references', () => {
  it('a foreign key to a missing table', () => {
    const problems = problemsAfter((d) => (d.diagram.tables[2].foreignKeys[0].refTableId = 'tbl_gone'));
    expect(problems).toEqual([
      { path: 'diagram.tables[2].foreignKeys[0].refTableId', message: 'table "orders": foreign key "fk_orders_user" refers to table id "tbl_gone", which is not in the diagram' },
    ]);
  });

  it('a foreign key to a missing column, and a count mismatch', () => {
    const problems = problemsAfter((d) => (d.diagram.tables[2].foreignKeys[0].refColumns = ['col_users_id', 'col_gone']));
    expect(problems.map(formatProblem)).toEqual([
      'diagram.tables[2].foreignKeys[0].refColumns[1]: table "orders": foreign key "fk_orders_user" refers to column id "col_gone", which is not a column of table "users"',
      'diagram.tables[2].foreignKeys[0]: table "orders": foreign key "fk_orders_user" has 1 column(s) but refers to 2',
    ]);
  });

  it('a foreign key whose own column is missing', () => {
    expect(problemsAfter((d) => (d.diagram.tables[2].foreignKeys[0].columns = ['col_users_id']))[0].path).toBe('diagram.tables[2].foreignKeys[0].columns[0]');
  });

  it('a primary-key column that is not in the table', () => {
    const problems = problemsAfter((d) => (d.diagram.tables[0].primaryKey!.columns = ['col_orders_id']));
    expect(problems).toEqual([
      { path: 'diagram.tables[0].primaryKey.columns[0]', message: 'table "users": the primary key names column id "col_orders_id", which is not a column of this table' },
    ]);
  });

  it('a key column listed twice', () => {
    expect(problemsAfter((d) => (d.diagram.tables[0].primaryKey!.columns = ['col_users_id', 'col_users_id']))[0].message).toMatch(/lists column id "col_users_id" twice/);
  });

  it('unique, index and enum references', () => {
    expect(problemsAfter((d) => (d.diagram.tables[3].uniques[0].columns[1] = 'col_x'))[0].path).toBe('diagram.tables[3].uniques[0].columns[1]');
    expect(problemsAfter((d) => set(d.diagram.tables[0], 'indexes', [{ id: 'idx_1', columns: [{ columnId: 'col_x' }] }]))[0].path).toBe('diagram.tables[0].indexes[0].columns[0]');
    const enumProblems = problemsAfter((d) => void Object.assign(d.diagram.tables[2].columns[2], { type: { name: 'enum' }, enumId: 'enm_gone' }));
    expect(enumProblems).toEqual([{ path: 'diagram.tables[2].columns[2].enumId', message: 'table "orders", column "status": no enum type has id "enm_gone"' }]);
  });

  it('a group member that is not a table', () => {
    const problems = problemsAfter((d) => (d.diagram.groups = [{ id: 'grp_1', name: 'sales', tableIds: ['tbl_users', 'tbl_gone'] }]));
    expect(problems).toEqual([{ path: 'diagram.groups[0].tableIds[1]', message: 'group "sales": no table has id "tbl_gone"' }]);
  });
});

describe('restore: duplicate ids', () => {
  it('two tables with one id', () => {
    const problems = problemsAfter((d) => (d.diagram.tables[1].id = 'tbl_users'));
    expect(problems[0]).toEqual({ path: 'diagram.tables[1].id', message: 'duplicate id "tbl_users" (already used at diagram.tables[0].id)' });
  });

  it('ids are unique across kinds, not only within one', () => {
    const problems = problemsAfter((d) => set(d.diagram, 'notes', [{ id: 'col_users_email', text: '', position: { x: 0, y: 0 } }]));
    expect(problems).toEqual([{ path: 'diagram.notes[0].id', message: 'duplicate id "col_users_email" (already used at diagram.tables[0].columns[1].id)' }]);
  });
});

describe('restore: hostile input', () => {
  it('refuses a __proto__ key and leaves Object.prototype alone', () => {
    // Written by hand: JSON.parse keeps "__proto__" as an own key, an object literal would not.
    const text = `{"format":"${DOCUMENT_FORMAT}","version":${CURRENT_VERSION},"diagram":{"id":"d","name":"n","tables":[{"__proto__":{"polluted":true},"id":"t"}]}}`;
    expect(errorsOf(restoreFromText(text))).toEqual([{ path: 'diagram.tables[0].__proto__', message: 'the key "__proto__" is not allowed in a diagram file' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses constructor and prototype keys too', () => {
    expect(errorsOf(restoreFromText(`{"format":"${DOCUMENT_FORMAT}","constructor":{"prototype":{}}}`))[0].path).toBe('constructor');
    expect(errorsOf(restore({ diagram: { prototype: 1 } }))[0].path).toBe('diagram.prototype');
  });

  it('refuses a 50 MB text before parsing it', () => {
    const text = `{"pad":"${' '.repeat(50 * 1024 * 1024)}"}`;
    const started = performance.now();
    const problems = errorsOf(restoreFromText(text));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(problems).toEqual([{ path: '(file)', message: 'the file is 50.0 MB; diagram files are limited to 32.0 MB' }]);
  });

  it('checks a known file size with the same limit', () => {
    expect(checkDocumentSize(MAX_DOCUMENT_BYTES)).toBeUndefined();
    expect(checkDocumentSize(MAX_DOCUMENT_BYTES + 1)?.message).toMatch(/limited to 32\.0 MB/);
  });

  it('refuses deep nesting without overflowing the stack', () => {
    const depth = 100_000;
    const text = `{"format":"${DOCUMENT_FORMAT}","version":${CURRENT_VERSION},"diagram":{"id":"d","name":"n","tables":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    const [problem] = errorsOf(restoreFromText(text));
    expect(problem.message).toBe('nested more than 64 levels deep');
    expect(problem.path.startsWith('diagram.tables[0][0]')).toBe(true);
  });
});

describe('restore: format and version', () => {
  it('refuses another format', () => {
    expect(errorsOf(restore({ format: 'excalidraw', version: 1, diagram: {} }))).toEqual([
      { path: 'format', message: 'not an ERD Modeler diagram: the file has format "excalidraw", expected "erd-modeler/diagram"' },
    ]);
    expect(errorsOf(restore({ version: 1 }))[0].message).toMatch(/has no "format" field/);
  });

  it('refuses a newer version with a message saying so', () => {
    const problems = problemsAfter((d) => set(d, 'version', CURRENT_VERSION + 1));
    expect(problems).toEqual([
      { path: 'version', message: `the file is format version ${CURRENT_VERSION + 1}, written by a newer release; this one reads versions 1 to ${CURRENT_VERSION}` },
    ]);
  });

  it('refuses versions that are not positive whole numbers', () => {
    for (const version of [0, 1.5, '1', null, undefined]) {
      expect(problemsAfter((d) => set(d, 'version', version))[0]).toMatchObject({ path: 'version', message: expect.stringMatching(/^expected a positive whole number/) });
    }
  });
});

describe('migrateDocument', () => {
  const steps: Migration[] = [
    { from: 1, name: 'add-b', migrate: (d) => ({ ...d, b: 'added' }) },
    { from: 2, name: 'rename-a', migrate: ({ a, ...rest }) => ({ ...rest, renamedA: a }) },
  ];

  it('applies each step from the document version to the current one, in order', () => {
    const input = { format: DOCUMENT_FORMAT, version: 1, a: 'x' };
    const result = migrateDocument(input, steps, 3);
    expect(result).toEqual({ document: { format: DOCUMENT_FORMAT, version: 3, b: 'added', renamedA: 'x' }, from: 1 });
    expect(input).toEqual({ format: DOCUMENT_FORMAT, version: 1, a: 'x' });
  });

  it('starts from the document version', () => {
    expect(migrateDocument({ version: 2, a: 'x' }, steps, 3)).toEqual({ document: { version: 3, renamedA: 'x' }, from: 2 });
    expect(migrateDocument({ version: 3, a: 'x' }, steps, 3)).toEqual({ document: { version: 3, a: 'x' }, from: 3 });
  });

  it('reports a gap in the migration list', () => {
    expect(migrateDocument({ version: 1 }, [steps[0]], 3)).toEqual({ path: 'version', message: 'no migration from format version 2 to 3' });
  });

  it('has a migration for every older version in the real list', () => {
    for (let version = 1; version < CURRENT_VERSION; version++) {
      const result = migrateDocument({ version });
      expect('document' in result && result.document.version).toBe(CURRENT_VERSION);
    }
  });
});

describe('formatPath', () => {
  it('writes JSON paths the way the messages show them', () => {
    expect(formatPath([])).toBe('(document)');
    expect(formatPath(['diagram', 'tables', 0, 'columns', 12, 'name'])).toBe('diagram.tables[0].columns[12].name');
  });
});
