/**
 * @module Lays a process graph out with ELK's layered algorithm, left to right: where each activity goes, the route of
 * each transition (orthogonal, around the boxes) and where its label sits without covering another. ELK is a large
 * library, so it is loaded on first use, in a chunk of its own.
 */
import type { ELK, ElkEdgeSection, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { ProcessGraph } from '../process-graph.ts';
import { labelAtStart, nearStart, separateLabels } from './geometry.ts';

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
/** A label's box, from its text (11 px system font, about 6.2 px a character, plus padding). */
export const labelBox = (text: string) => ({
  width: Math.ceil(text.length * 6.2 + 12),
  height: LABEL_HEIGHT,
});

// MODEL_ORDER breaks cycles against the definition's order, so the edges drawn backwards are the loops a person would
// call loops (redeployed → assignment started), not whatever a heuristic picks.
const layoutOptions: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.spacing.nodeNodeBetweenLayers': '44',
  'elk.layered.spacing.edgeNodeBetweenLayers': '14',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '8',
  'elk.spacing.nodeNode': '28',
  'elk.spacing.edgeNode': '14',
  'elk.spacing.edgeEdge': '8',
  'elk.spacing.edgeLabel': '3',
  'elk.spacing.labelLabel': '4',
  // Wrap the long chain into rows, to the shape of the space (the aspect ratio is given per layout). Only with end
  // labels: ELK's centre labels break wrapped edges (they come back without a route).
  'elk.layered.wrapping.strategy': 'MULTI_EDGE',
  'elk.layered.thoroughness': '12',
  'elk.padding': `[top=${PADDING},left=${PADDING},bottom=${PADDING},right=${PADDING}]`,
};

let elk: Promise<ELK> | null = null;
const loadElk = () => {
  elk ??= import('elkjs/lib/elk.bundled.js').then((module) => {
    // The bundle is CommonJS: depending on the bundler its constructor is the default export or the module itself.
    const Elk = (module.default ?? module) as unknown as new () => ELK;
    return new Elk();
  });
  return elk;
};

/**
 * Lays the graph out; `labelOf` gives the text each transition is labelled with (its box is sized from it), each label
 * beside the start of its line. `aspectRatio` is the width-to-height ratio to wrap the rows to.
 */
export async function layoutProcessGraph(
  graph: ProcessGraph,
  labelOf: (edgeId: string) => string,
  aspectRatio = 2,
): Promise<Layout> {
  const root: ElkNode = {
    id: 'root',
    layoutOptions: { ...layoutOptions, 'elk.aspectRatio': String(aspectRatio) },
    children: graph.nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: graph.edges.map(
      (e): ElkExtendedEdge => ({
        id: e.id,
        sources: [e.from],
        targets: [e.to],
        labels: [
          {
            id: `${e.id}#label`,
            text: labelOf(e.id),
            ...labelBox(labelOf(e.id)),
            layoutOptions: { 'elk.edgeLabels.placement': 'TAIL' },
          },
        ],
      }),
    ),
  };
  const result = await (await loadElk()).layout(root);

  const nodes = new Map<string, Point>();
  for (const child of result.children ?? []) nodes.set(child.id, { x: child.x ?? 0, y: child.y ?? 0 });
  const routes = new Map<string, Point[]>();
  const labels = new Map<string, Box>();
  for (const edge of (result.edges ?? []) as ElkExtendedEdge[]) {
    const points: Point[] = [];
    for (const section of inOrder(edge.sections ?? [])) {
      points.push(section.startPoint, ...(section.bendPoints ?? []), section.endPoint);
    }
    const route = dedupe(points);
    routes.set(edge.id, route);
    const label = edge.labels?.[0];
    const placed =
      label?.x !== undefined && label.y !== undefined
        ? { x: label.x, y: label.y, width: label.width ?? 0, height: label.height ?? LABEL_HEIGHT }
        : null;
    // ELK leaves a label it could not place in the top left corner, and puts a wrapped edge's label at the start of
    // the next row: those go by the start of their line, where the others are.
    labels.set(
      edge.id,
      placed && nearStart(route, placed) ? placed : labelAtStart(route, labelBox(labelOf(edge.id))),
    );
  }
  const separated = separateLabels(labels);
  const edges = new Map<string, EdgeRoute>();
  for (const [id, points] of routes) edges.set(id, { points, label: separated.get(id)! });
  return { nodes, edges, width: result.width ?? 0, height: result.height ?? 0 };
}

// A wrapped edge comes in several sections, linked to each other but not listed in order: follow the links from the
// one that leaves the source.
function inOrder(sections: ElkEdgeSection[]): ElkEdgeSection[] {
  if (sections.length < 2) return sections;
  const byId = new Map(sections.map((s) => [s.id, s]));
  const ordered: ElkEdgeSection[] = [];
  let next = sections.find((s) => !s.incomingSections?.length);
  while (next && !ordered.includes(next)) {
    ordered.push(next);
    next = byId.get(next.outgoingSections?.[0] ?? '');
  }
  return ordered.length === sections.length ? ordered : sections;
}

// Sections of one edge meet at a shared point; drawing it twice would put a zero-length corner in the path.
function dedupe(points: Point[]): Point[] {
  return points.filter((p, i) => i === 0 || p.x !== points[i - 1]!.x || p.y !== points[i - 1]!.y);
}
