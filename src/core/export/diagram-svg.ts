import { facingSides, type Side } from '../layout/facing-sides';
import { TABLE_HEADER_HEIGHT, TABLE_ROW_HEIGHT, tableSize } from '../layout/table-size';
import { formatColumnType } from '../model/column-type-text';
import { isForeignKeyColumn, isPrimaryKeyColumn } from '../model/queries';
import { relationshipEnds } from '../model/relationship-ends';
import type { Diagram, Id, RelationshipEnd, Table } from '../model/types';
import { visibleColumns } from '../model/visible-columns';

/**
 * The diagram as an SVG document, drawn from the model (not from the screen), so an image of a
 * 2,000-table diagram is as sharp as one of four tables and needs no canvas to be mounted.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DiagramSvgOptions {
  /** Only these tables (and the relationships among them); all when absent. */
  tableIds?: readonly Id[];
  /** Margin around the drawing, in diagram units. */
  padding?: number;
  /** Draw only what intersects this part of the image (image coordinates): used to render huge images in strips. */
  clip?: Rect;
  /** Pixels per diagram unit in the written width/height. */
  scale?: number;
}

export interface DiagramImage {
  svg: string;
  /** Size of the whole image in pixels (scale applied). */
  width: number;
  height: number;
}

const COLORS = {
  background: '#ffffff',
  header: '#334155',
  border: '#94a3b8',
  text: '#0f172a',
  muted: '#64748b',
  pk: '#b45309',
  fk: '#0f766e',
  edge: '#475569',
  rowLine: '#f1f5f9',
};

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** The box enclosing the given tables, before padding. */
export function diagramBounds(tables: readonly Table[]): Rect {
  if (tables.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const table of tables) {
    const { width, height } = tableSize(table);
    minX = Math.min(minX, table.position.x);
    minY = Math.min(minY, table.position.y);
    maxX = Math.max(maxX, table.position.x + width);
    maxY = Math.max(maxY, table.position.y + height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** Size in pixels of the image diagramSvg() draws for these options. */
export function diagramImageSize(diagram: Diagram, options: DiagramSvgOptions = {}): { width: number; height: number } {
  const tables = chosenTables(diagram, options.tableIds);
  const bounds = diagramBounds(tables);
  const padding = options.padding ?? 40;
  const scale = options.scale ?? 1;
  return { width: Math.ceil((bounds.width + 2 * padding) * scale), height: Math.ceil((bounds.height + 2 * padding) * scale) };
}

function chosenTables(diagram: Diagram, tableIds: readonly Id[] | undefined): Table[] {
  if (!tableIds) return diagram.tables;
  const wanted = new Set(tableIds);
  return diagram.tables.filter((t) => wanted.has(t.id));
}

function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function rowY(table: Table, columnId: Id): number {
  const index = visibleColumns(table).findIndex((c) => c.id === columnId);
  return table.position.y + TABLE_HEADER_HEIGHT + Math.max(0, index) * TABLE_ROW_HEIGHT + TABLE_ROW_HEIGHT / 2;
}

function anchorX(table: Table, side: Side): number {
  return side === 'l' ? table.position.x : table.position.x + tableSize(table).width;
}

/** Crow's-foot symbols at a line's end, as in the canvas: the maximum next to the table, the minimum further out. */
function endSymbol(x: number, y: number, side: Side, end: RelationshipEnd): string {
  const dir = side === 'l' ? -1 : 1;
  const at = (d: number) => x + dir * d;
  const many = end === 'zero-or-many' || end === 'one-or-many';
  const optional = end === 'zero-or-one' || end === 'zero-or-many';
  const inner = many
    ? `M${at(14)} ${y}L${at(0)} ${y - 7}M${at(14)} ${y}L${at(0)} ${y}M${at(14)} ${y}L${at(0)} ${y + 7}`
    : `M${at(8)} ${y - 7}L${at(8)} ${y + 7}`;
  const outer = optional ? '' : `M${at(18)} ${y - 7}L${at(18)} ${y + 7}`;
  const circle = optional ? `<circle cx="${at(21)}" cy="${y}" r="4.5" fill="${COLORS.background}" stroke="${COLORS.edge}" stroke-width="1.5"/>` : '';
  return `<path d="${inner}${outer}" fill="none" stroke="${COLORS.edge}" stroke-width="1.5"/>${circle}`;
}

function relationshipPath(x1: number, y1: number, s1: Side, x2: number, y2: number, s2: Side): string {
  const out = 28;
  const a = x1 + (s1 === 'l' ? -out : out);
  const b = x2 + (s2 === 'l' ? -out : out);
  if (s1 !== s2) {
    const mid = (a + b) / 2;
    return `M${x1} ${y1}H${mid}V${y2}H${x2}`;
  }
  const loop = s1 === 'l' ? Math.min(a, b) : Math.max(a, b);
  return `M${x1} ${y1}H${loop}V${y2}H${x2}`;
}

function tableSvg(table: Table, enumNames: ReadonlyMap<Id, string>): string {
  const { width, height } = tableSize(table);
  const { x, y } = table.position;
  const parts: string[] = [];
  parts.push(`<g class="table" data-table="${escapeXml(table.name)}">`);
  parts.push(`<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="6" fill="${COLORS.background}" stroke="${COLORS.border}"/>`);
  parts.push(`<path d="M${x} ${y + TABLE_HEADER_HEIGHT}V${y + 6}a6 6 0 0 1 6 -6H${x + width - 6}a6 6 0 0 1 6 6V${y + TABLE_HEADER_HEIGHT}Z" fill="${escapeXml(table.color ?? COLORS.header)}"/>`);
  const title = table.schema ? `${table.schema}.${table.name}` : table.name;
  parts.push(`<text x="${x + 10}" y="${y + 22}" font-size="13" font-weight="600" fill="#ffffff">${escapeXml(title)}</text>`);
  visibleColumns(table).forEach((column, i) => {
    const top = y + TABLE_HEADER_HEIGHT + i * TABLE_ROW_HEIGHT;
    const base = top + 16;
    const pk = isPrimaryKeyColumn(table, column.id);
    const fk = isForeignKeyColumn(table, column.id);
    if (i > 0) parts.push(`<path d="M${x} ${top}H${x + width}" stroke="${COLORS.rowLine}"/>`);
    if (pk || fk) {
      parts.push(`<text x="${x + 6}" y="${base}" font-size="9" font-weight="700" fill="${pk ? COLORS.pk : COLORS.fk}">${[pk ? 'PK' : '', fk ? 'FK' : ''].filter(Boolean).join(' ')}</text>`);
    }
    parts.push(`<text x="${x + 36}" y="${base}" font-size="12" fill="${COLORS.text}">${escapeXml(column.name)}</text>`);
    const typeText = (column.enumId && enumNames.get(column.enumId)) || formatColumnType(column.type);
    parts.push(
      `<text x="${x + width - 10}" y="${base}" font-size="11" font-family="ui-monospace, monospace" text-anchor="end" fill="${COLORS.muted}">${escapeXml(typeText)}${column.nullable ? '?' : ''}</text>`,
    );
  });
  parts.push('</g>');
  return parts.join('');
}

export function diagramSvg(diagram: Diagram, options: DiagramSvgOptions = {}): DiagramImage {
  const tables = chosenTables(diagram, options.tableIds);
  const bounds = diagramBounds(tables);
  const padding = options.padding ?? 40;
  const scale = options.scale ?? 1;
  const width = Math.ceil((bounds.width + 2 * padding) * scale);
  const height = Math.ceil((bounds.height + 2 * padding) * scale);
  // Image coordinates -> diagram coordinates of the part to draw.
  const originX = bounds.x - padding;
  const originY = bounds.y - padding;
  const clip = options.clip ?? { x: 0, y: 0, width, height };
  const view: Rect = { x: originX + clip.x / scale, y: originY + clip.y / scale, width: clip.width / scale, height: clip.height / scale };
  const margin = 40; // line ends and loops stick out of table boxes
  const inView = (r: Rect) => intersects({ x: r.x - margin, y: r.y - margin, width: r.width + 2 * margin, height: r.height + 2 * margin }, view);

  const byId = new Map(tables.map((t) => [t.id, t]));
  const enumNames = new Map(diagram.enums.map((e) => [e.id, e.name]));
  const edges: string[] = [];
  for (const child of tables) {
    for (const fk of child.foreignKeys) {
      const parent = byId.get(fk.refTableId);
      if (!parent || fk.columns.length === 0) continue;
      const [childSide, parentSide] = facingSides(child, parent);
      const x1 = anchorX(child, childSide);
      const y1 = rowY(child, fk.columns[0]);
      const x2 = anchorX(parent, parentSide);
      const y2 = rowY(parent, fk.refColumns[0]);
      const box = { x: Math.min(x1, x2) - 40, y: Math.min(y1, y2), width: Math.abs(x2 - x1) + 80, height: Math.abs(y2 - y1) + 1 };
      if (!inView(box)) continue;
      const ends = relationshipEnds(child, fk);
      edges.push(
        `<path d="${relationshipPath(x1, y1, childSide, x2, y2, parentSide)}" fill="none" stroke="${COLORS.edge}" stroke-width="1.5"/>` +
          endSymbol(x1, y1, childSide, ends.child) +
          endSymbol(x2, y2, parentSide, ends.parent),
      );
    }
  }
  const nodes = tables.filter((t) => inView({ ...t.position, ...tableSize(t) })).map((t) => tableSvg(t, enumNames));

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${clip.width}" height="${clip.height}" viewBox="${view.x} ${view.y} ${view.width} ${view.height}" ` +
    `font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif">` +
    `<title>${escapeXml(diagram.name)}</title>` +
    `<rect x="${view.x}" y="${view.y}" width="${view.width}" height="${view.height}" fill="${COLORS.background}"/>` +
    `<g class="relationships">${edges.join('')}</g><g class="tables">${nodes.join('')}</g></svg>`;
  return { svg, width, height };
}
