import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { addTable, createDiagram, CURRENT_VERSION, DOCUMENT_FORMAT, ecommerceDiagram, toDocument, type Diagram } from '../core/index';
import { ErdDatabase } from './database';
import { createDiagramRepository, type DiagramRepository } from './diagram-repository';

let counter = 0;
const open: ErdDatabase[] = [];

/** A fresh database per test, and a clock that ticks one millisecond per call so the order is known. */
function setup(): { db: ErdDatabase; repo: DiagramRepository } {
  const db = new ErdDatabase(`repo-test-${++counter}-${Math.random()}`);
  open.push(db);
  let time = 1_000;
  return { db, repo: createDiagramRepository(db, { now: () => ++time }) };
}

afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

function diagramWithTables(name: string, count: number): Diagram {
  let diagram = createDiagram(name);
  for (let i = 0; i < count; i++) diagram = addTable(diagram, { x: i * 10, y: 0 }).diagram;
  return diagram;
}

describe('diagram repository', () => {
  it('saves and loads a diagram through restore()', async () => {
    const { db, repo } = setup();
    const diagram = ecommerceDiagram();
    const summary = await repo.saveDiagram(diagram);
    expect(summary).toMatchObject({ id: diagram.id, name: 'E-commerce', tableCount: diagram.tables.length });
    const stored = await db.documents.get(diagram.id);
    expect(stored?.document).toMatchObject({ format: DOCUMENT_FORMAT, version: CURRENT_VERSION });
    const loaded = await repo.loadDiagram(diagram.id);
    expect(loaded.ok && loaded.diagram).toEqual(JSON.parse(JSON.stringify(diagram)));
  });

  it('keeps createdAt and moves updatedAt on a second save', async () => {
    const { repo } = setup();
    const diagram = diagramWithTables('a', 1);
    const first = await repo.saveDiagram(diagram);
    const second = await repo.saveDiagram(addTable(diagram, { x: 0, y: 0 }).diagram);
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.updatedAt).toBeGreaterThan(first.updatedAt);
    expect(second.tableCount).toBe(2);
  });

  it('lists summaries, most recently changed first, without reading documents', async () => {
    const { db, repo } = setup();
    const a = diagramWithTables('a', 1);
    const b = diagramWithTables('b', 2);
    const c = diagramWithTables('c', 3);
    await repo.saveDiagram(a);
    await repo.saveDiagram(b);
    await repo.saveDiagram(c);
    await repo.saveDiagram(renamed(a, 'a2'));
    // A damaged document must not break the list: the list never reads documents.
    await db.documents.put({ id: b.id, document: 'garbage' });
    const list = await repo.listDiagrams();
    expect(list.map((d) => [d.name, d.tableCount])).toEqual([
      ['a2', 1],
      ['c', 3],
      ['b', 2],
    ]);
    expect(Object.keys(list[0]).sort()).toEqual(['createdAt', 'id', 'name', 'tableCount', 'updatedAt']);
  });

  it('creates a diagram, giving a fresh id when the id is already taken', async () => {
    const { repo } = setup();
    const first = await repo.createDiagram(ecommerceDiagram());
    const second = await repo.createDiagram(ecommerceDiagram());
    expect(first.diagram.id).toBe('dgm_ecommerce');
    expect(second.diagram.id).not.toBe('dgm_ecommerce');
    expect(second.summary.id).toBe(second.diagram.id);
    expect((await repo.listDiagrams()).length).toBe(2);
    expect(await repo.getLastOpenedDiagramId()).toBe(second.diagram.id);
    const loaded = await repo.loadDiagram(second.diagram.id);
    expect(loaded.ok && loaded.diagram.id).toBe(second.diagram.id);
  });

  it('renames both the list entry and the document', async () => {
    const { repo } = setup();
    const diagram = diagramWithTables('old', 1);
    await repo.saveDiagram(diagram);
    const result = await repo.renameDiagram(diagram.id, '  new name ');
    expect(result.ok && result.summary.name).toBe('new name');
    expect((await repo.listDiagrams())[0].name).toBe('new name');
    const loaded = await repo.loadDiagram(diagram.id);
    expect(loaded.ok && loaded.diagram.name).toBe('new name');
  });

  it('refuses an empty name and an unknown id', async () => {
    const { repo } = setup();
    const diagram = diagramWithTables('keep', 0);
    await repo.saveDiagram(diagram);
    expect((await repo.renameDiagram(diagram.id, '   ')).ok).toBe(false);
    const missing = await repo.renameDiagram('dgm_missing', 'x');
    expect(!missing.ok && missing.errors[0].message).toContain('dgm_missing');
    expect((await repo.listDiagrams())[0].name).toBe('keep');
  });

  it('duplicates under a new id named "X (copy)" without touching the original', async () => {
    const { repo } = setup();
    const diagram = ecommerceDiagram();
    await repo.saveDiagram(diagram);
    const copy = await repo.duplicateDiagram(diagram.id);
    if (!copy.ok) throw new Error('duplicate failed');
    expect(copy.summary.name).toBe('E-commerce (copy)');
    expect(copy.diagram.id).not.toBe(diagram.id);
    expect(copy.diagram.tables).toEqual(JSON.parse(JSON.stringify(diagram.tables)));
    const loadedCopy = await repo.loadDiagram(copy.diagram.id);
    expect(loadedCopy.ok && loadedCopy.diagram.name).toBe('E-commerce (copy)');
    const original = await repo.loadDiagram(diagram.id);
    expect(original.ok && original.diagram.name).toBe('E-commerce');
    // Duplicating does not open the copy.
    expect(await repo.getLastOpenedDiagramId()).toBe(diagram.id);
  });

  it('deletes, and restoreDeletedDiagram undoes the delete exactly', async () => {
    const { repo } = setup();
    const diagram = ecommerceDiagram();
    const saved = await repo.saveDiagram(diagram);
    const deleted = await repo.deleteDiagram(diagram.id);
    expect(deleted?.summary).toEqual(saved);
    expect(deleted?.wasLastOpened).toBe(true);
    expect(await repo.listDiagrams()).toEqual([]);
    expect(await repo.getLastOpenedDiagramId()).toBeUndefined();
    expect((await repo.loadDiagram(diagram.id)).ok).toBe(false);

    await repo.restoreDeletedDiagram(deleted!);
    expect(await repo.listDiagrams()).toEqual([saved]);
    expect(await repo.getLastOpenedDiagramId()).toBe(diagram.id);
    const loaded = await repo.loadDiagram(diagram.id);
    expect(loaded.ok && loaded.diagram.tables.length).toBe(diagram.tables.length);
  });

  it('returns undefined when deleting what does not exist', async () => {
    const { repo } = setup();
    expect(await repo.deleteDiagram('dgm_nothing')).toBeUndefined();
  });

  it('remembers the last opened diagram and reopens it, else the most recent', async () => {
    const { repo } = setup();
    expect(await repo.openLastDiagram()).toBeUndefined();
    const a = diagramWithTables('a', 0);
    const b = diagramWithTables('b', 0);
    await repo.saveDiagram(a);
    await repo.saveDiagram(b);
    expect(await repo.getLastOpenedDiagramId()).toBe(b.id);
    const opened = await repo.openDiagram(a.id);
    expect(opened.ok).toBe(true);
    expect(await repo.getLastOpenedDiagramId()).toBe(a.id);
    expect((await repo.openLastDiagram())?.id).toBe(a.id);

    await repo.setLastOpenedDiagramId('dgm_gone');
    expect((await repo.openLastDiagram())?.id).toBe(b.id);
    await repo.setLastOpenedDiagramId(undefined);
    expect(await repo.getLastOpenedDiagramId()).toBeUndefined();
  });

  it('reopens the last diagram after a reload (a new connection to the same database)', async () => {
    const { db, repo } = setup();
    const a = diagramWithTables('a', 1);
    await repo.saveDiagram(a);
    await repo.saveDiagram(diagramWithTables('b', 0));
    await repo.openDiagram(a.id);
    repo.close();
    const reloaded = new ErdDatabase(db.name);
    open.push(reloaded);
    const last = await createDiagramRepository(reloaded).openLastDiagram();
    expect(last?.id).toBe(a.id);
    expect(last?.result.ok && last.result.diagram.name).toBe('a');
  });

  it('gives restore errors, not a throw, for a corrupt stored record', async () => {
    const { db, repo } = setup();
    const diagram = diagramWithTables('x', 1);
    await repo.saveDiagram(diagram);
    const document = toDocument(diagram);
    await db.documents.put({ id: diagram.id, document: { ...document, diagram: { ...document.diagram, tables: [{ ...document.diagram.tables[0], columns: 'nope' }] } } });
    const result = await repo.loadDiagram(diagram.id);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0].path).toBe('diagram.tables[0].columns');

    await db.documents.put({ id: diagram.id, document: null });
    const nullResult = await repo.loadDiagram(diagram.id);
    expect(!nullResult.ok && nullResult.errors[0].message).toMatch(/not a diagram file/);

    // A record that opens but fails does not become the last opened one.
    await repo.setLastOpenedDiagramId(undefined);
    expect((await repo.openDiagram(diagram.id)).ok).toBe(false);
    expect(await repo.getLastOpenedDiagramId()).toBeUndefined();
    expect((await repo.duplicateDiagram(diagram.id)).ok).toBe(false);
  });

  it('reports a missing diagram as a problem', async () => {
    const { repo } = setup();
    const result = await repo.loadDiagram('dgm_missing');
    expect(result).toEqual({ ok: false, errors: [{ path: '(database)', message: 'no saved diagram has id "dgm_missing"' }] });
  });

  it('migrates an older stored document on load', async () => {
    const { db, repo } = setup();
    const diagram = diagramWithTables('old', 1);
    await db.diagrams.put({ id: diagram.id, name: 'old', tableCount: 1, createdAt: 1, updatedAt: 1 });
    await db.documents.put({ id: diagram.id, document: { ...toDocument(diagram), version: 1 } });
    const result = await repo.loadDiagram(diagram.id);
    expect(result.ok).toBe(true);
    if (CURRENT_VERSION > 1) expect(result.ok && result.migratedFrom).toBe(1);
  });

  it('uses the record key as the diagram id when the document disagrees', async () => {
    const { db, repo } = setup();
    const diagram = diagramWithTables('x', 0);
    await db.documents.put({ id: 'dgm_key', document: toDocument(diagram) });
    const result = await repo.loadDiagram('dgm_key');
    expect(result.ok && result.diagram.id).toBe('dgm_key');
  });

  it('leaves the previous record intact when a save fails part-way', async () => {
    const { db, repo } = setup();
    const before = diagramWithTables('before', 1);
    await repo.saveDiagram(before);
    const beforeList = await repo.listDiagrams();
    // The meta write is the last step of a save; failing it must roll back the diagram writes too.
    const failMeta = () => {
      throw new Error('disk full');
    };
    db.meta.hook('updating', failMeta);
    db.meta.hook('creating', failMeta);
    const after = addTable(renamed(before, 'after'), { x: 0, y: 0 }).diagram;
    await expect(repo.saveDiagram(after)).rejects.toThrow(/disk full/);
    db.meta.hook('updating').unsubscribe(failMeta);
    db.meta.hook('creating').unsubscribe(failMeta);

    expect(await repo.listDiagrams()).toEqual(beforeList);
    const loaded = await repo.loadDiagram(before.id);
    expect(loaded.ok && [loaded.diagram.name, loaded.diagram.tables.length]).toEqual(['before', 1]);
  });

  it('leaves nothing behind when creating fails part-way', async () => {
    const { db, repo } = setup();
    const failDocument = () => {
      throw new Error('boom');
    };
    db.documents.hook('creating', failDocument);
    await expect(repo.createDiagram(diagramWithTables('new', 1))).rejects.toThrow(/boom/);
    db.documents.hook('creating').unsubscribe(failDocument);
    expect(await repo.listDiagrams()).toEqual([]);
  });
});

function renamed(diagram: Diagram, name: string): Diagram {
  return { ...diagram, name };
}
