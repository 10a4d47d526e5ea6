import type { Table } from '../model/types';
import { tableSize } from './table-size';

export type Side = 'l' | 'r';

/** Which side of each table a relationship leaves from, so lines take the short way round. */
export function facingSides(child: Table, parent: Table): [Side, Side] {
  const childWidth = tableSize(child).width;
  const parentWidth = tableSize(parent).width;
  if (child.position.x + childWidth < parent.position.x) return ['r', 'l'];
  if (parent.position.x + parentWidth < child.position.x) return ['l', 'r'];
  // Overlapping horizontally: loop round the side they are both nearer to.
  return child.position.x + childWidth / 2 <= parent.position.x + parentWidth / 2 ? ['l', 'l'] : ['r', 'r'];
}
