import type { Group, Table } from '../model/types';
import { tableWithId } from '../model/table-index';
import { diagramBounds, type Rect } from '../export/diagram-svg';

/** Space around a group's tables, and above them for its title. */
export const GROUP_PADDING = 24;
export const GROUP_TITLE_HEIGHT = 28;

/** The area a group covers on the canvas: around its (visible) tables. Undefined when it has none. */
export function groupBounds(group: Group, tables: readonly Table[]): Rect | undefined {
  const members = group.tableIds.flatMap((id) => {
    const table = tableWithId(tables, id);
    return table ? [table] : [];
  });
  if (members.length === 0) return undefined;
  const b = diagramBounds(members);
  return {
    x: b.x - GROUP_PADDING,
    y: b.y - GROUP_PADDING - GROUP_TITLE_HEIGHT,
    width: b.width + 2 * GROUP_PADDING,
    height: b.height + 2 * GROUP_PADDING + GROUP_TITLE_HEIGHT,
  };
}
