import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { formatCount } from '../../../lib/durations.ts';
import type { ActivityNode } from '../process-graph.ts';
import { useMapActions } from './map-actions.ts';
import { nodeName } from './map-text.ts';

export type ActivityFlowNode = Node<{ node: ActivityNode }, 'activity'>;

/**
 * One activity: its name, how many journeys and events passed through, its funnel stage, its stalls. The whole box
 * is a button that lists the people; the handles are only anchors React Flow needs to attach arrows to.
 */
export function ActivityNodeView({ data }: NodeProps<ActivityFlowNode>) {
  const n = data.node;
  const { onActivity, dimOffPath } = useMapActions();
  const classes = [
    'pm-node',
    n.stage !== null ? 'pm-node-stage' : '',
    n.terminal ? 'pm-node-terminal' : '',
    n.pathSteps.length > 0 ? 'pm-node-on-path' : '',
    dimOffPath && n.pathSteps.length === 0 ? 'pm-dim' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <Handle type="target" position={Position.Top} isConnectable={false} className="pm-handle" />
      <button
        type="button"
        className={`${classes} nodrag nopan`}
        style={{ width: n.width, height: n.height }}
        aria-label={nodeName(n)}
        title={`${nodeName(n)}\nClick to list the people`}
        onClick={() => onActivity?.(n.id)}
      >
        {n.stage !== null ? (
          <span className="pm-stage" aria-hidden="true">
            {n.stage + 1}
          </span>
        ) : null}
        <span className="pm-node-label">{n.label}</span>
        <span className="pm-node-counts" aria-hidden="true">
          {formatCount(n.journeys)} <span className="muted">journeys ·</span> {formatCount(n.events)}{' '}
          <span className="muted">events</span>
        </span>
        {n.stalled > 0 ? (
          <span className="pm-node-stalled" aria-hidden="true">
            {formatCount(n.stalled)} stalled
          </span>
        ) : null}
        {n.pathSteps.length > 0 ? (
          <span className="pm-steps" aria-hidden="true">
            {n.pathSteps.map((step) => (
              <span key={step} className="pm-step">
                {step}
              </span>
            ))}
          </span>
        ) : null}
      </button>
      <Handle type="source" position={Position.Bottom} isConnectable={false} className="pm-handle" />
    </>
  );
}
