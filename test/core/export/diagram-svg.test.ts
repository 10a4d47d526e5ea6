import { describe, expect, it } from 'vitest';
import { diagramBounds, diagramImageSize, diagramSvg, ecommerceDiagram, syntheticDiagram, tableSize, updateTable } from '../../../src/core/index';

describe('diagramSvg', () => {
  it('is as large as the tables plus padding, and draws every table and relationship', () => {
    const diagram = ecommerceDiagram();
    const bounds = diagramBounds(diagram.tables);
    const { svg, width, height } = diagramSvg(diagram, { padding: 40 });
    expect(width).toBe(Math.ceil(bounds.width + 80));
    expect(height).toBe(Math.ceil(bounds.height + 80));
    expect(svg.match(/<g class="table"/g)).toHaveLength(4);
    expect(svg).toContain('>order_items<');
    // Three relationships, each with two ends: optional-many circles at the child ends.
    expect(svg.match(/<circle /g)).toHaveLength(3);
  });
  it('escapes names so they cannot break out of the markup', () => {
    const diagram = updateTable(ecommerceDiagram(), 'tbl_users', { name: '<script>"x"&\'' });
    const { svg } = diagramSvg(diagram);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;&quot;x&quot;&amp;&apos;');
  });
  it('draws only the selected tables when asked, sized to them', () => {
    const diagram = ecommerceDiagram();
    const users = diagram.tables.find((t) => t.id === 'tbl_users')!;
    const image = diagramSvg(diagram, { tableIds: ['tbl_users'], padding: 10, scale: 2 });
    expect(image.width).toBe(Math.ceil((tableSize(users).width + 20) * 2));
    expect(image.svg.match(/<g class="table"/g)).toHaveLength(1);
    expect(diagramImageSize(diagram, { tableIds: ['tbl_users'], padding: 10, scale: 2 })).toEqual({ width: image.width, height: image.height });
  });
  it('a clip draws only what is in it (tiles of huge images stay small)', () => {
    const diagram = syntheticDiagram({ tables: 400 });
    const full = diagramSvg(diagram);
    const tile = diagramSvg(diagram, { clip: { x: 0, y: 0, width: 800, height: 600 } });
    expect(tile.width).toBe(full.width);
    expect(tile.svg).toMatch(/^<svg [^>]*width="800" height="600"/);
    const tablesInTile = tile.svg.match(/<g class="table"/g)?.length ?? 0;
    expect(tablesInTile).toBeGreaterThan(0);
    expect(tablesInTile).toBeLessThan(20);
  });
});
