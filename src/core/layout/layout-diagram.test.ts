import { describe, expect, it } from 'vitest';
import { syntheticDiagram } from '../examples/synthetic';
import type { Diagram } from '../model/types';
import { applyLayout, layoutDiagram } from './layout-diagram';
import { packBoxes } from './pack-boxes';
import { tableSize } from './table-size';

function overlaps(d: Diagram): number {
  const boxes = d.tables.map((t) => ({ ...t.position, ...tableSize(t) }));
  let count = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) count++;
    }
  }
  return count;
}

function centre(d: Diagram, id: string) {
  const t = d.tables.find((x) => x.id === id);
  if (!t) throw new Error(id);
  const s = tableSize(t);
  return { x: t.position.x + s.width / 2, y: t.position.y + s.height / 2 };
}

describe('layoutDiagram', () => {
  it('places every table without overlaps, related tables nearer than unrelated ones', async () => {
    const diagram = syntheticDiagram({ tables: 300, spacing: { x: 0, y: 0 } });
    const laid = applyLayout(diagram, await layoutDiagram(diagram));
    expect(overlaps(laid)).toBe(0);
    const distance = (a: string, b: string) => Math.hypot(centre(laid, a).x - centre(laid, b).x, centre(laid, a).y - centre(laid, b).y);
    const linked = laid.tables.flatMap((t) => t.foreignKeys.map((fk) => distance(t.id, fk.refTableId)));
    const all: number[] = [];
    for (let i = 0; i < laid.tables.length; i += 7) for (let j = i + 3; j < laid.tables.length; j += 11) all.push(distance(laid.tables[i].id, laid.tables[j].id));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(linked)).toBeLessThan(mean(all) / 2);
  }, 60_000);

  it('keeps the drawing roughly rectangular for many unrelated tables', async () => {
    const diagram = syntheticDiagram({ tables: 120 });
    const lone: Diagram = { ...diagram, tables: diagram.tables.map((t) => ({ ...t, foreignKeys: [] })) };
    const laid = applyLayout(lone, await layoutDiagram(lone));
    expect(overlaps(laid)).toBe(0);
    const right = Math.max(...laid.tables.map((t) => t.position.x + tableSize(t).width));
    const bottom = Math.max(...laid.tables.map((t) => t.position.y + tableSize(t).height));
    expect(right / bottom).toBeGreaterThan(0.8);
    expect(right / bottom).toBeLessThan(3);
  });

  it('returns nothing for an empty diagram and leaves unknown tables in place', async () => {
    const empty: Diagram = { id: 'd', name: 'd', tables: [], enums: [], notes: [], groups: [] };
    expect(await layoutDiagram(empty)).toEqual({});
    const one = syntheticDiagram({ tables: 1 });
    expect(applyLayout(one, {}).tables[0]).toBe(one.tables[0]);
  });
});

describe('packBoxes', () => {
  it('fills rows in order and never overlaps', () => {
    const boxes = [100, 200, 50, 300, 120, 80].map((h, i) => ({ width: 100 + i * 10, height: h }));
    const placed = packBoxes(boxes, 10);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = { ...placed[i], ...boxes[i] };
        const b = { ...placed[j], ...boxes[j] };
        expect(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).toBe(false);
      }
    }
    expect(placed[0]).toEqual({ x: 0, y: 0 });
  });
});
