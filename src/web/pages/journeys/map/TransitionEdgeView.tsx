import { BaseEdge, type Edge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import type { TransitionEdge } from '../process-graph.ts';
import type { EdgeRoute } from './elk-layout.ts';
import { arrowHead, arrowSize, roundedPath, shortenEnd } from './geometry.ts';
import { useMapActions } from './map-actions.ts';
import { edgeDetails, edgeLabelText, edgeName } from './map-text.ts';

export type TransitionFlowEdge = Edge<{ edge: TransitionEdge; route: EdgeRoute }, 'transition'>;

/**
 * One transition along the route ELK gave it: a line as thick as its volume, an arrowhead sized to it, and a label
 * with its count and median time. The label is a button (the arrow's accessible, clickable target).
 */
export function TransitionEdgeView({ id, data }: EdgeProps<TransitionFlowEdge>) {
  const { approximate, hovered, setHovered, onEdge, dimOffPath } = useMapActions();
  if (!data) return null;
  const { edge: e, route } = data;
  const head = arrowSize(e.strokeWidth).length * 0.85;
  const path = roundedPath(shortenEnd(route.points, head));
  const classes = [
    'pm-edge',
    `pm-edge-${e.kind}`,
    e.onPath ? 'pm-edge-on-path' : '',
    hovered === id ? 'pm-edge-hovered' : '',
    dimOffPath && !e.onPath ? 'pm-dim' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const label = route.label;
  return (
    <>
      <g className={classes}>
        <BaseEdge id={id} path={path} style={{ strokeWidth: e.strokeWidth }} interactionWidth={14} />
        <path className="pm-arrow" d={arrowHead(route.points, e.strokeWidth)} />
      </g>
      <EdgeLabelRenderer>
        <button
          type="button"
          className={`pm-edge-label pm-edge-label-${e.kind}${hovered === id ? ' is-hovered' : ''}${
            e.onPath ? ' is-on-path' : ''
          }${dimOffPath && !e.onPath ? ' pm-dim' : ''} nodrag nopan`}
          style={{ transform: `translate(${label.x}px, ${label.y}px)`, minWidth: label.width }}
          aria-label={edgeName(e, approximate)}
          title={edgeDetails(e, approximate)}
          onMouseEnter={() => setHovered(id)}
          onMouseLeave={() => setHovered(null)}
          onFocus={() => setHovered(id)}
          onBlur={() => setHovered(null)}
          onClick={() => onEdge?.(e.from, e.to)}
        >
          {edgeLabelText(e, approximate)}
        </button>
      </EdgeLabelRenderer>
    </>
  );
}
