/**
 * @module The process map: a journey map's activities and transitions drawn with React Flow, laid out by ELK. It is
 * the only module that imports the two map libraries, and pages load it lazily, so neither is in the first download.
 */
import '@xyflow/react/dist/style.css';
import {
  Controls,
  type EdgeTypes,
  MiniMap,
  type NodeTypes,
  ReactFlow,
  useReactFlow,
  type Viewport,
} from '@xyflow/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Loading } from '../../../components/states.tsx';
import type { ProcessGraph } from '../process-graph.ts';
import { type ActivityFlowNode, ActivityNodeView } from './ActivityNodeView.tsx';
import type { Layout } from './elk-layout.ts';
import { MapActions, type MapActionsValue } from './map-actions.ts';
import { TransitionEdgeView, type TransitionFlowEdge } from './TransitionEdgeView.tsx';
import { useElementWidth, useLayout } from './use-layout.ts';
import { startView } from './viewport.ts';

export interface ProcessMapProps {
  graph: ProcessGraph;
  approximate: boolean;
  /** The accessible name of the map region, e.g. "Process map of Segment B". */
  label: string;
  onActivity?: (activity: string) => void;
  onEdge?: (from: string, to: string) => void;
  /** Fade what is not on the highlighted path (a person's journey drawn over the firm's map). */
  dimOffPath?: boolean;
}

const nodeTypes: NodeTypes = { activity: ActivityNodeView };
const edgeTypes: EdgeTypes = { transition: TransitionEdgeView };
/** The tallest the box grows (the page scrolls through it); a map taller still is panned, with a mini-map. */
const MAX_HEIGHT = 2400;
/** What stays on the screen above the map when it is scrolled to: the top bar, the section's title and legend. */
const ABOVE_MAP = 150;

/** Lays out and draws a process graph; clicking an activity or a transition reports it. */
export function ProcessMap({ graph, approximate, label, onActivity, onEdge, dimOffPath }: ProcessMapProps) {
  const container = useRef<HTMLElement>(null);
  const width = useElementWidth(container);
  const layout = useLayout(graph, approximate);
  const [hovered, setHovered] = useState<string | null>(null);
  const actions: MapActionsValue = useMemo(
    () => ({ approximate, hovered, setHovered, onActivity, onEdge, dimOffPath: dimOffPath ?? false }),
    [approximate, hovered, onActivity, onEdge, dimOffPath],
  );
  const flow = useMemo(() => (layout.value ? toFlow(graph, layout.value) : null), [graph, layout.value]);
  const view =
    layout.value && width > 0
      ? startView(layout.value, width, MAX_HEIGHT, window.innerHeight - ABOVE_MAP)
      : null;

  return (
    <section className="pm" aria-label={label} style={{ height: view?.height ?? 320 }} ref={container}>
      {layout.error ? (
        <p className="state state-error">The map could not be laid out: {layout.error}</p>
      ) : graph.nodes.length === 0 ? (
        <p className="state state-empty">No journeys in this population yet.</p>
      ) : !flow || !view ? (
        <Loading label="Laying out the map…" />
      ) : (
        <MapActions value={actions}>
          <ReactFlow<ActivityFlowNode, TransitionFlowEdge>
            // A new layout is a new picture: start it at its own view again.
            key={layout.key}
            nodes={flow.nodes}
            edges={flow.edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            defaultViewport={view.viewport}
            nodesDraggable={false}
            nodesConnectable={false}
            elementsSelectable={false}
            nodesFocusable={false}
            edgesFocusable={false}
            // The page scrolls under the wheel; zoom with the buttons, a pinch, or ctrl + wheel.
            zoomOnScroll={false}
            preventScrolling={false}
            zoomOnDoubleClick={false}
            minZoom={0.15}
            maxZoom={2}
            onEdgeClick={(_, edge) => edge.data && onEdge?.(edge.data.edge.from, edge.data.edge.to)}
            onEdgeMouseEnter={(_, edge) => setHovered(edge.id)}
            onEdgeMouseLeave={() => setHovered(null)}
          >
            <FollowView viewport={view.viewport} />
            <Controls showInteractive={false} position="bottom-left" />
            {view.fits ? null : (
              <MiniMap pannable zoomable ariaLabel="Overview of the whole map" nodeColor={miniMapColor} />
            )}
          </ReactFlow>
        </MapActions>
      )}
    </section>
  );
}

/** Starts the view again when the box changes width (the zoom and the centring follow it). */
function FollowView({ viewport }: { viewport: Viewport }) {
  const { setViewport } = useReactFlow();
  const { x, y, zoom } = viewport;
  useEffect(() => {
    void setViewport({ x, y, zoom });
  }, [setViewport, x, y, zoom]);
  return null;
}

const miniMapColor = (node: ActivityFlowNode) =>
  node.data.node.pathSteps.length > 0 ? '#e8590c' : node.data.node.stage !== null ? '#3b5bdb' : '#b8c0cf';

/** React Flow's nodes and edges at the positions ELK gave them; path edges last, so they draw on top. */
function toFlow(graph: ProcessGraph, layout: Layout) {
  const nodes: ActivityFlowNode[] = graph.nodes.map((n) => ({
    id: n.id,
    type: 'activity',
    position: layout.nodes.get(n.id) ?? { x: 0, y: 0 },
    width: n.width,
    height: n.height,
    data: { node: n },
  }));
  const edges: TransitionFlowEdge[] = [...graph.edges]
    .sort((a, b) => Number(a.onPath) - Number(b.onPath))
    .flatMap((e): TransitionFlowEdge[] => {
      const route = layout.edges.get(e.id);
      if (!route || route.points.length < 2) return [];
      return [{ id: e.id, type: 'transition', source: e.from, target: e.to, data: { edge: e, route } }];
    });
  return { nodes, edges };
}
