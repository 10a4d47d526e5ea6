import { groupBounds } from '../layout/group-bounds';
import { moveTables } from './edits';
import { tableWithId } from './table-index';
import type { Diagram, Id, Point } from './types';

/**
 * Moves tables, notes and groups to new positions in one edit. A group's position is that of its
 * area, so moving a group moves each of its tables by the same amount (unless that table is
 * itself being moved in the same edit).
 */
export function moveElements(diagram: Diagram, positions: ReadonlyMap<Id, Point>): Diagram {
  if (positions.size === 0) return diagram;
  const tablePositions = new Map<Id, Point>();
  // Positions are table ids (moveTables knows them) unless a group is among them; this runs on every drag frame.
  const movesGroup = diagram.groups.some((g) => positions.has(g.id));
  for (const group of movesGroup ? diagram.groups : []) {
    const target = positions.get(group.id);
    const bounds = target ? groupBounds(group, diagram.tables) : undefined;
    if (!target || !bounds) continue;
    const dx = target.x - bounds.x;
    const dy = target.y - bounds.y;
    for (const id of group.tableIds) {
      const table = tableWithId(diagram.tables, id);
      if (table && !positions.has(id)) tablePositions.set(id, { x: table.position.x + dx, y: table.position.y + dy });
    }
  }
  // moveTables ignores ids that are not tables (notes, groups).
  for (const [id, point] of positions) if (!tablePositions.has(id)) tablePositions.set(id, point);
  let next = moveTables(diagram, tablePositions);
  if (diagram.notes.some((n) => positions.has(n.id))) {
    next = { ...next, notes: next.notes.map((n) => (positions.has(n.id) ? { ...n, position: positions.get(n.id)! } : n)) };
  }
  return next;
}
