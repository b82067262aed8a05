/**
 * @module From a journey map (the API's view) to the process map's graph: activities as nodes, transitions as
 * edges with a thickness for their volume, loops told apart from forward moves, and rare transitions left out below a
 * threshold. Pure, so it is tested without a browser; layout and drawing happen elsewhere.
 */
import type { JourneyMapView } from '../../../contract/index.ts';
import { humanize } from '../../lib/labels.ts';

export interface ActivityNode {
  id: string;
  label: string;
  events: number;
  journeys: number;
  /** Position in the funnel (0 = first stage), or null when the activity is not a stage. */
  stage: number | null;
  terminal: boolean;
  /** Journeys stalled on this activity. */
  stalled: number;
  width: number;
  height: number;
  /** Where a person's path passes through (1-based step numbers), when a path is drawn. */
  pathSteps: number[];
}

/** forward: along the definition's order; back: to an earlier activity (a loop); self: the same activity again. */
export type EdgeKind = 'forward' | 'back' | 'self';

export interface TransitionEdge {
  id: string;
  from: string;
  to: string;
  fromLabel: string;
  toLabel: string;
  count: number;
  median: number;
  p90: number;
  /** Transitions per journey of the population (0..1, more than 1 when a loop repeats). */
  share: number;
  strokeWidth: number;
  kind: EdgeKind;
  onPath: boolean;
}

export interface ProcessGraph {
  nodes: ActivityNode[];
  edges: TransitionEdge[];
  /** Transitions left out below the threshold. */
  hidden: number;
  total: number;
}

export interface GraphOptions {
  /** Leave out transitions taken by fewer than this share of journeys (percent, 0..100). */
  minPercent: number;
  /** Scale thickness against this share instead of the map's own largest (two maps side by side share a scale). */
  scaleShare?: number;
  /** A person's steps to highlight (their transitions show whatever the threshold). */
  path?: readonly { activity: string }[];
}

export const MIN_STROKE = 1.5;
export const MAX_STROKE = 12;
const NODE_HEIGHT = 58;
const NODE_MIN_WIDTH = 136;
const NODE_MAX_WIDTH = 188;

/** The edge id of a transition; '>' cannot occur in an activity key, so ids never collide. */
export const edgeId = (from: string, to: string) => `${from}>${to}`;

/**
 * Stroke width for a transition: the square root of its share of the largest, so a transition taken half as often
 * looks about half as heavy (area, not width, is what the eye compares), from a hairline to MAX_STROKE.
 */
export function strokeWidthFor(share: number, largest: number): number {
  if (largest <= 0 || share <= 0) return MIN_STROKE;
  const ratio = Math.min(1, share / largest);
  return MIN_STROKE + (MAX_STROKE - MIN_STROKE) * Math.sqrt(ratio);
}

/** How a map names an activity: its definition's label, else the key made readable. */
export function activityLabeller(map: Pick<JourneyMapView, 'definition'>) {
  const labels = new Map(map.definition.activities.map((a) => [a.key, a.label]));
  return (key: string) => labels.get(key) ?? humanize(key);
}

/** Share of a population's journeys: 0 when there are none. */
export const shareOf = (count: number, journeys: number) => (journeys > 0 ? count / journeys : 0);

/** The largest transition share of a map (to give two maps one thickness scale). */
export const largestShare = (map: JourneyMapView) =>
  map.edges.reduce((max, e) => Math.max(max, shareOf(e.count, map.journeys)), 0);

/** Builds the graph to lay out and draw. */
export function buildProcessGraph(map: JourneyMapView, options: GraphOptions): ProcessGraph {
  const label = activityLabeller(map);
  const stageOf = new Map(map.definition.stages.map((key, index) => [key, index]));
  const terminal = new Set(map.definition.activities.filter((a) => a.terminal).map((a) => a.key));
  const stalled = new Map(map.stalled.byActivity.map((s) => [s.activity, s.count]));
  const seen = new Map(map.activities.map((a) => [a.activity, a]));
  const path = options.path ?? [];

  // The definition's order first: it is the order a journey moves in, and the layout keeps to it where it can.
  const order = [...map.definition.activities.map((a) => a.key)];
  for (const a of map.activities) if (!order.includes(a.activity)) order.push(a.activity);
  const rank = new Map(order.map((key, index) => [key, index]));

  const onPathNodes = new Set(path.map((s) => s.activity));
  const shown = order.filter(
    (key) => (seen.get(key)?.events ?? 0) > 0 || stageOf.has(key) || onPathNodes.has(key),
  );
  const maxJourneys = Math.max(1, ...shown.map((key) => seen.get(key)?.journeys ?? 0));

  const pathSteps = new Map<string, number[]>();
  path.forEach((step, index) => {
    pathSteps.set(step.activity, [...(pathSteps.get(step.activity) ?? []), index + 1]);
  });
  const pathEdges = new Set<string>();
  for (let i = 1; i < path.length; i++) pathEdges.add(edgeId(path[i - 1]!.activity, path[i]!.activity));

  const nodes: ActivityNode[] = shown.map((key) => {
    const activity = seen.get(key);
    const journeys = activity?.journeys ?? 0;
    return {
      id: key,
      label: label(key),
      events: activity?.events ?? 0,
      journeys,
      stage: stageOf.get(key) ?? null,
      terminal: terminal.has(key),
      stalled: stalled.get(key) ?? 0,
      // Wider for more journeys, and never narrower than its name (13 px semibold, about 8.6 px a character).
      width: Math.round(
        Math.max(
          NODE_MIN_WIDTH + (NODE_MAX_WIDTH - NODE_MIN_WIDTH) * Math.sqrt(journeys / maxJourneys),
          label(key).length * 8.6 + 28,
        ),
      ),
      height: NODE_HEIGHT,
      pathSteps: pathSteps.get(key) ?? [],
    };
  });

  const nodeIds = new Set(shown);
  const scale = options.scaleShare ?? largestShare(map);
  const threshold = options.minPercent / 100;
  let hidden = 0;
  const edges: TransitionEdge[] = [];
  for (const e of map.edges) {
    if (!nodeIds.has(e.from) || !nodeIds.has(e.to)) continue;
    const id = edgeId(e.from, e.to);
    const share = shareOf(e.count, map.journeys);
    const onPath = pathEdges.has(id);
    // A transition exactly at the threshold stays: "taken by at least N %".
    if (share + 1e-12 < threshold && !onPath) {
      hidden++;
      continue;
    }
    const kind: EdgeKind =
      e.from === e.to ? 'self' : (rank.get(e.to) ?? 0) < (rank.get(e.from) ?? 0) ? 'back' : 'forward';
    edges.push({
      id,
      from: e.from,
      to: e.to,
      fromLabel: label(e.from),
      toLabel: label(e.to),
      count: e.count,
      median: e.median,
      p90: e.p90,
      share,
      strokeWidth: strokeWidthFor(share, scale),
      kind,
      onPath,
    });
  }
  // Heaviest first: the layout routes them first, and they are drawn underneath the thin ones.
  edges.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  return { nodes, edges, hidden, total: hidden + edges.length };
}

/** The slider's stops, in percent of journeys. */
export const thresholdStops = [0, 0.5, 1, 2, 3, 5, 7.5, 10, 15, 20, 30, 50] as const;

/**
 * The lowest stop that leaves at most `maxEdges` transitions showing: a first view that stays readable at ~80
 * transitions, without hiding anything on a small map.
 */
export function suggestedThreshold(map: JourneyMapView, maxEdges = 28): number {
  const shares = map.edges.map((e) => shareOf(e.count, map.journeys));
  for (const stop of thresholdStops) {
    if (shares.filter((s) => s + 1e-12 >= stop / 100).length <= maxEdges) return stop;
  }
  return thresholdStops[thresholdStops.length - 1]!;
}
