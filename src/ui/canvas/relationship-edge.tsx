import { BaseEdge, Position, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { RelationshipEnd } from '../../core/index';
import { useShowsDetail } from './level-of-detail';
import type { RelationshipEdge } from './to-flow';

/**
 * Crow's-foot notation drawn at an end of a relationship line. Nearest the table is the maximum
 * (a bar for one, a crow's foot for many); further out the minimum (a circle for zero, a bar for one).
 */
function EndSymbol({ x, y, position, end }: { x: number; y: number; position: Position; end: RelationshipEnd }) {
  const dir = position === Position.Left ? -1 : 1; // the line leaves the table in this direction
  const at = (distance: number) => x + dir * distance;
  const many = end === 'zero-or-many' || end === 'one-or-many';
  const optional = end === 'zero-or-one' || end === 'zero-or-many';
  const parts = [];
  if (many) {
    parts.push(<path key="foot" d={`M ${at(14)} ${y} L ${at(0)} ${y - 7} M ${at(14)} ${y} L ${at(0)} ${y} M ${at(14)} ${y} L ${at(0)} ${y + 7}`} />);
  } else {
    parts.push(<path key="inner" d={`M ${at(8)} ${y - 7} L ${at(8)} ${y + 7}`} />);
  }
  if (optional) parts.push(<circle key="outer" cx={at(21)} cy={y} r={4.5} className="relationship-edge__circle" />);
  else parts.push(<path key="outer" d={`M ${at(18)} ${y - 7} L ${at(18)} ${y + 7}`} />);
  return (
    <g className="relationship-edge__end" data-end={end}>
      {parts}
    </g>
  );
}

function RelationshipEdgeView(props: EdgeProps<RelationshipEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props;
  const [path] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 8, offset: 28 });
  const detailed = useShowsDetail();
  const ends = detailed ? data?.ends : undefined;
  return (
    <g className={`relationship-edge${selected ? ' is-selected' : ''}`} data-testid={`relationship-${id}`}>
      <BaseEdge id={id} path={path} interactionWidth={detailed ? 16 : 0} />
      {ends ? (
        <>
          {/* The source is the child (referencing) table: its end shows how many children a parent has. */}
          <EndSymbol x={sourceX} y={sourceY} position={sourcePosition} end={ends.child} />
          <EndSymbol x={targetX} y={targetY} position={targetPosition} end={ends.parent} />
        </>
      ) : null}
    </g>
  );
}

export const RelationshipEdgeComponent = memo(RelationshipEdgeView);
