/**
 * @module Lays a process graph out with ELK's layered algorithm, top to bottom as process-mining tools draw it: where
 * each activity goes, the route of each transition (orthogonal, around the boxes; loops back around the side) and its
 * label, on its own arrow. ELK is a large library, so it is loaded on first use, in a chunk of its own.
 */
import type { ELK, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { ProcessGraph } from '../process-graph.ts';
import { midpoint, separateLabels } from './geometry.ts';

export interface Point {
  x: number;
  y: number;
}

export interface Box extends Point {
  width: number;
  height: number;
}

export interface EdgeRoute {
  /** From the source's border to the target's, corners included. */
  points: Point[];
  label: Box;
}

export interface Layout {
  nodes: Map<string, Point>;
  edges: Map<string, EdgeRoute>;
  width: number;
  height: number;
}

const LABEL_HEIGHT = 18;
const PADDING = 16;
const ROW_GAP = 28;
/** Rows of unconnected activities wrap no narrower than this (four boxes or so). */
const MIN_ROW_WIDTH = 760;
/** A label's box, from its text (11 px system font, about 6.2 px a character, plus padding). */
export const labelBox = (text: string) => ({
  width: Math.ceil(text.length * 6.2 + 12),
  height: LABEL_HEIGHT,
});

// MODEL_ORDER breaks cycles against the definition's order, so the edges drawn backwards are the loops a person would
// call loops (redeployed → assignment started), not whatever a heuristic picks. feedbackEdges takes those around the
// side of the map, so the forward flow reads straight down.
const layoutOptions: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.feedbackEdges': 'true',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.spacing.nodeNodeBetweenLayers': '22',
  'elk.layered.spacing.edgeNodeBetweenLayers': '12',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '8',
  'elk.spacing.nodeNode': '28',
  'elk.spacing.edgeNode': '14',
  'elk.spacing.edgeEdge': '10',
  'elk.spacing.edgeLabel': '3',
  'elk.spacing.labelLabel': '4',
  'elk.layered.thoroughness': '12',
  'elk.padding': `[top=${PADDING},left=${PADDING},bottom=${PADDING},right=${PADDING}]`,
};

// Centre labels get a place of their own in the layering, half way along their arrow; inline, the arrow runs through
// the label, so it cannot be read as another arrow's.
const labelOptions = { 'elk.edgeLabels.placement': 'CENTER', 'elk.edgeLabels.inline': 'true' };

let elk: Promise<ELK> | null = null;
const loadElk = () => {
  elk ??= import('elkjs/lib/elk.bundled.js').then((module) => {
    // The bundle is CommonJS: depending on the bundler its constructor is the default export or the module itself.
    const Elk = (module.default ?? module) as unknown as new () => ELK;
    return new Elk();
  });
  return elk;
};

/** Lays the graph out; `labelOf` gives the text each transition is labelled with (its box is sized from it). */
export async function layoutProcessGraph(
  graph: ProcessGraph,
  labelOf: (edgeId: string) => string,
): Promise<Layout> {
  const linked = new Set(graph.edges.flatMap((e) => [e.from, e.to]));
  const root: ElkNode = {
    id: 'root',
    layoutOptions,
    children: graph.nodes
      .filter((n) => linked.has(n.id))
      .map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: graph.edges.map(
      (e): ElkExtendedEdge => ({
        id: e.id,
        sources: [e.from],
        targets: [e.to],
        // Heavier arrows are kept straighter: the main flow runs down one line.
        layoutOptions: { 'elk.layered.priority.straightness': String(Math.round(e.strokeWidth)) },
        labels: [
          {
            id: `${e.id}#label`,
            text: labelOf(e.id),
            ...labelBox(labelOf(e.id)),
            layoutOptions: labelOptions,
          },
        ],
      }),
    ),
  };
  const result = await (await loadElk()).layout(root);
  const apart = graph.nodes.filter((n) => !linked.has(n.id));
  const width = apart.length > 0 ? Math.max(result.width ?? 0, MIN_ROW_WIDTH) : (result.width ?? 0);
  // The map centred over the rows of unconnected activities when they are wider.
  const dx = (width - (result.width ?? 0)) / 2;
  const at = (p: Point): Point => ({ x: p.x + dx, y: p.y });

  const nodes = new Map<string, Point>();
  for (const child of result.children ?? []) nodes.set(child.id, at({ x: child.x ?? 0, y: child.y ?? 0 }));
  const routes = new Map<string, Point[]>();
  const labels = new Map<string, Box>();
  for (const edge of (result.edges ?? []) as ElkExtendedEdge[]) {
    const [section] = edge.sections ?? [];
    const route = section
      ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(at)
      : [];
    routes.set(edge.id, route);
    const label = edge.labels?.[0];
    const size = labelBox(labelOf(edge.id));
    // A label ELK gave no place goes on the middle of its line's longest stretch.
    const centre = midpoint(route);
    labels.set(
      edge.id,
      label?.x !== undefined && label.y !== undefined
        ? { ...at({ x: label.x, y: label.y }), ...size }
        : { x: centre.x - size.width / 2, y: centre.y - size.height / 2, ...size },
    );
  }
  const separated = separateLabels(labels);
  const edges = new Map<string, EdgeRoute>();
  for (const [id, points] of routes) edges.set(id, { points, label: separated.get(id)! });
  if (apart.length === 0) return { nodes, edges, width, height: result.height ?? 0 };
  const top = linked.size > 0 ? (result.height ?? 0) - PADDING + ROW_GAP : PADDING;
  return { nodes, edges, width, height: placeInRows(apart, nodes, width, top) + PADDING };
}

/**
 * Places the activities no arrow shown reaches in rows from `top` down, in the definition's order, wrapping at the
 * width (ELK would give each a layer or a column of its own). Returns the bottom of the last row.
 */
function placeInRows(
  boxes: readonly { id: string; width: number; height: number }[],
  into: Map<string, Point>,
  width: number,
  top: number,
): number {
  let x = PADDING;
  let y = top;
  let rowHeight = 0;
  for (const box of boxes) {
    if (x > PADDING && x + box.width > width - PADDING) {
      x = PADDING;
      y += rowHeight + ROW_GAP;
      rowHeight = 0;
    }
    into.set(box.id, { x, y });
    x += box.width + ROW_GAP;
    rowHeight = Math.max(rowHeight, box.height);
  }
  return y + rowHeight;
}
