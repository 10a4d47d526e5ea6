import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { GROUP_TITLE_HEIGHT } from '../../core/index';
import type { GroupNode } from './to-flow';

/** A named, coloured area behind its tables; dragging its title moves them all. */
function GroupNodeView({ data, selected, width, height }: NodeProps<GroupNode>) {
  const { group } = data;
  const color = group.color ?? '#6366f1';
  return (
    <div
      className={`group-area${selected ? ' is-selected' : ''}`}
      style={{ width, height, borderColor: color, background: `color-mix(in srgb, ${color} 8%, transparent)` }}
      data-group-name={group.name}
    >
      <div className="group-area__title" style={{ height: GROUP_TITLE_HEIGHT, color }}>
        {group.name}
      </div>
    </div>
  );
}

export const GroupNodeComponent = memo(GroupNodeView);
