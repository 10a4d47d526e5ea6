import { describe, expect, it } from 'vitest';
import { moveTables, syntheticDiagram, updateColumn } from '../../src/core/index';
import { FlowMapper } from '../../src/ui/canvas/to-flow';

const none = { tables: new Set<string>(), notes: new Set<string>(), groups: new Set<string>() };

describe('FlowMapper', () => {
  it('gives React Flow sizes, measured dimensions and a handle per column side from the model', () => {
    const diagram = syntheticDiagram({ tables: 3 });
    const [node] = new FlowMapper().nodes(diagram, none);
    expect(node.type).toBe('table');
    expect(node.width).toBeGreaterThanOrEqual(200);
    expect(node.measured).toEqual({ width: node.width, height: node.height });
    expect(node.handles).toHaveLength(diagram.tables[0].columns.length * 2);
  });
  it('reuses node objects of unchanged tables and the edge array when a move changes no edge', () => {
    const mapper = new FlowMapper();
    const diagram = syntheticDiagram({ tables: 50 });
    const nodes = mapper.nodes(diagram, none);
    const edges = mapper.relationshipEdges(diagram, new Set());
    // A small move that does not change which sides the lines leave from.
    const moved = moveTables(diagram, new Map([['tbl_10', { x: diagram.tables[10].position.x + 3, y: diagram.tables[10].position.y + 5 }]]));
    const nodesAfter = mapper.nodes(moved, none);
    expect(nodesAfter[10]).not.toBe(nodes[10]);
    expect(nodesAfter[11]).toBe(nodes[11]);
    expect(mapper.relationshipEdges(moved, new Set())).toBe(edges);
  });
  it('makes a new edge when what it shows changes', () => {
    const mapper = new FlowMapper();
    const diagram = syntheticDiagram({ tables: 5 });
    const edges = mapper.relationshipEdges(diagram, new Set());
    const child = diagram.tables[1];
    const fkColumn = child.foreignKeys[0].columns[0];
    const nullable = updateColumn(diagram, child.id, fkColumn, { nullable: true });
    const after = mapper.relationshipEdges(nullable, new Set());
    expect(after).not.toBe(edges);
    expect(after.find((e) => e.id === child.foreignKeys[0].id)?.data?.ends.parent).toBe('zero-or-one');
  });
});

describe('FlowMapper, incremental edges', () => {
  it('updates the edges of a renamed parent table and of a moved table that changes sides, and nothing else', () => {
    const mapper = new FlowMapper();
    const diagram = syntheticDiagram({ tables: 30 });
    const edges = mapper.relationshipEdges(diagram, new Set());
    const parent = diagram.tables[4];
    const renamed = { ...diagram, tables: diagram.tables.map((t) => (t.id === parent.id ? { ...t, name: 'renamed_parent' } : t)) };
    const after = mapper.relationshipEdges(renamed, new Set());
    const childEdges = after.filter((e) => e.target === parent.id);
    expect(childEdges.length).toBeGreaterThan(0);
    for (const e of childEdges) expect(e.ariaLabel).toContain('renamed_parent');
    const untouched = after.filter((e) => e.target !== parent.id && e.source !== parent.id);
    for (const e of untouched) expect(edges).toContain(e);

    // Moving a child far to the left of its parent flips the sides its line leaves from.
    const child = renamed.tables[5];
    const moved = moveTables(renamed, new Map([[child.id, { x: -5000, y: child.position.y }]]));
    const flipped = mapper.relationshipEdges(moved, new Set()).find((e) => e.source === child.id)!;
    expect(flipped.sourceHandle?.endsWith(':r')).toBe(true);
    expect(flipped.targetHandle?.endsWith(':l')).toBe(true);
  });
});

describe('FlowMapper, incremental nodes', () => {
  it('a drag frame replaces only the moved node; selection, hiding and reordering still reach every node', () => {
    const mapper = new FlowMapper();
    const diagram = syntheticDiagram({ tables: 40 });
    const first = mapper.nodes(diagram, none);
    const moved = moveTables(diagram, new Map([['tbl_3', { x: 999, y: 777 }]]));
    const second = mapper.nodes(moved, none);
    expect(second).not.toBe(first);
    expect(second[3].position).toEqual({ x: 999, y: 777 });
    expect(second.filter((n, i) => n !== first[i]).map((n) => n.id)).toEqual(['tbl_3']);
    // Nothing changed: the same nodes come back.
    expect(mapper.nodes(moved, none)).toEqual(second);

    const selected = mapper.nodes(moved, { ...none, tables: new Set(['tbl_7']) });
    expect(selected.filter((n) => n.selected).map((n) => n.id)).toEqual(['tbl_7']);
    const hidden = mapper.nodes(moved, none, false, new Set(['tbl_8', 'tbl_9']));
    expect(hidden.filter((n) => n.hidden).map((n) => n.id)).toEqual(['tbl_8', 'tbl_9']);

    // Same length, other order: every node follows its table.
    const reordered = { ...moved, tables: [...moved.tables].reverse() };
    const fromReordered = mapper.nodes(reordered, none);
    expect(fromReordered.map((n) => n.id)).toEqual(reordered.tables.map((t) => t.id));
    expect(fromReordered.find((n) => n.id === 'tbl_3')?.position).toEqual({ x: 999, y: 777 });
  });
});
