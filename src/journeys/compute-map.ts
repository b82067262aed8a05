/**
 * @module The journey map from the columnar log in two passes: the first counts (activities, funnel, variants via a
 * trie, edges, stalls) and sizes each edge's share of a duration buffer; the second writes every transition's
 * duration into its edge's range. Percentiles are then exact order statistics per range (edges are laid out
 * activity-major, so an activity's dwell is one contiguous range too).
 */
import type { EventColumns } from './columns.ts';
import { bucketOf, histogramPercentile, newHistogram, sumHistograms } from './histogram.ts';
import {
  type ActivityRow,
  type DwellRow,
  type EdgeRow,
  type FunnelStage,
  type JourneyMap,
  type MapDefinition,
  type MapQuery,
  type VariantRow,
  variantText,
} from './model.ts';
import { percentileOfRange, percentilesOfRanges } from './select.ts';
import { VariantTrie } from './variant-trie.ts';

const DAY_MS = 86_400_000;
const PS = [0.5, 0.9] as const;

/** The definition compiled against a log's activity codes. */
export interface CompiledDefinition {
  /** Log activity code → local index among the definition's activities, or -1 when left out. */
  local: Int32Array;
  /** Local index → activity key. */
  names: string[];
  /** Local index → stage position, or -1. */
  stageOf: Int32Array;
  stageCount: number;
  stages: string[];
  /** Local index → stall threshold in ms, or -1 for never. */
  stallMs: Float64Array;
}

export function compileDefinition(
  columns: Pick<EventColumns, 'activityNames'>,
  def: MapDefinition,
): CompiledDefinition {
  const names = [...def.activities];
  const localOf = new Map(names.map((n, i) => [n, i]));
  const local = new Int32Array(columns.activityNames.length).fill(-1);
  columns.activityNames.forEach((name, code) => {
    local[code] = localOf.get(name) ?? -1;
  });
  const stageOf = new Int32Array(names.length).fill(-1);
  def.stages.forEach((s, k) => {
    const i = localOf.get(s);
    if (i !== undefined) stageOf[i] = k;
  });
  const stallMs = new Float64Array(names.length).fill(-1);
  names.forEach((n, i) => {
    const days = def.stallDays[n];
    if (days !== undefined && !def.terminal.includes(n)) stallMs[i] = days * DAY_MS;
  });
  return { local, names, stageOf, stageCount: def.stages.length, stages: [...def.stages], stallMs };
}

/** Which journeys to include (all when absent): a list of journey indexes. */
export type Selection = Uint32Array | null;

/** Reused buffers, so repeated maps do not allocate ~10 bytes per touchpoint each time. */
export interface Scratch {
  durations: Float64Array;
  trie: VariantTrie | null;
  variantOf: Int32Array;
  durationOf: Float64Array;
}
export const newScratch = (): Scratch => ({
  durations: new Float64Array(0),
  trie: null,
  variantOf: new Int32Array(0),
  durationOf: new Float64Array(0),
});

/**
 * Puts into out[0], out[1] the range of journey j's events that the window keeps; false when it keeps none.
 * (An out-parameter: this runs twice per journey and must not allocate.)
 */
export function windowBounds(
  columns: EventColumns,
  cd: CompiledDefinition,
  query: MapQuery,
  j: number,
  out: Float64Array,
): boolean {
  let start = columns.journeyStart[j]!;
  let end = columns.journeyEnd[j]!;
  const w = query.window;
  if (w.mode === 'cohort') {
    const { act, at } = columns;
    let first = start;
    while (first < end && cd.local[act[first]!]! < 0) first++;
    if (first === end || at[first]! < w.from! || at[first]! >= w.to!) return false;
  } else if (w.mode === 'event') {
    const at = columns.at;
    while (start < end && at[start]! < w.from!) start++;
    let e = start;
    while (e < end && at[e]! < w.to!) e++;
    end = e;
  }
  out[0] = start;
  out[1] = end;
  return start < end;
}

export interface ComputeOptions {
  selection?: Selection;
  scratch?: Scratch;
  /**
   * exact: percentile_cont over every duration (two passes). approximate: counted in log buckets in the first pass,
   * within 1 % (counts, variants and their median durations stay exact).
   */
  percentiles?: 'exact' | 'approximate';
}

export function computeMap(
  columns: EventColumns,
  def: MapDefinition,
  query: MapQuery,
  options: ComputeOptions = {},
): JourneyMap {
  const selection = options.selection ?? null;
  const scratch = options.scratch ?? newScratch();
  const approximate = options.percentiles === 'approximate';
  const cd = compileDefinition(columns, def);
  const K = cd.names.length;
  const { act, at } = columns;
  const journeyTotal = selection ? selection.length : columns.journeyIds.length;
  const journeyAt = (i: number) => (selection ? selection[i]! : i);

  if (!scratch.trie || scratch.trie.width !== K) scratch.trie = new VariantTrie(Math.max(K, 1));
  const trie = scratch.trie;

  const activityEvents = new Float64Array(K);
  const activityJourneys = new Float64Array(K);
  const seenIn = new Int32Array(K).fill(-1);
  const stageCounts = new Float64Array(cd.stageCount);
  const firstAt = new Float64Array(cd.stageCount);
  const firstIn = new Int32Array(cd.stageCount).fill(-1);
  const edgeCount = new Float64Array(K * K);
  const stalledBy = new Float64Array(K);
  if (scratch.variantOf.length < journeyTotal) {
    scratch.variantOf = new Int32Array(journeyTotal);
    scratch.durationOf = new Float64Array(journeyTotal);
  }
  const variantOf = scratch.variantOf;
  const durationOf = scratch.durationOf;
  const range = new Float64Array(2);
  // Approximate mode: one histogram per transition, made when first needed.
  const edgeHistogram: (Uint32Array | undefined)[] = approximate ? new Array(K * K) : [];
  let variantCount = new Uint32Array(trie.size + 1024);
  let journeys = 0;
  let events = 0;
  let transitions = 0;

  // Pass 1: everything that is a count.
  for (let i = 0; i < journeyTotal; i++) {
    variantOf[i] = -1;
    if (!windowBounds(columns, cd, query, journeyAt(i), range)) continue;
    let node = 0;
    let prev = -1;
    let prevT = 0;
    let firstT = 0;
    let lastT = 0;
    let n = 0;
    const end = range[1]!;
    for (let e = range[0]!; e < end; e++) {
      const a = cd.local[act[e]!]!;
      if (a < 0) continue;
      const t = at[e]!;
      if (n === 0) firstT = t;
      lastT = t;
      n++;
      activityEvents[a]!++;
      if (seenIn[a] !== i) {
        seenIn[a] = i;
        activityJourneys[a]!++;
      }
      const s = cd.stageOf[a]!;
      if (s >= 0 && firstIn[s] !== i) {
        firstIn[s] = i;
        firstAt[s] = t;
      }
      node = trie.step(node, a);
      if (prev >= 0) {
        const x = prev * K + a;
        edgeCount[x]!++;
        transitions++;
        if (approximate) {
          let h = edgeHistogram[x];
          if (!h) {
            h = newHistogram();
            edgeHistogram[x] = h;
          }
          h[bucketOf((t - prevT) / 1000)]!++;
        }
      }
      prev = a;
      prevT = t;
    }
    if (n === 0) continue;
    journeys++;
    events += n;
    let previous = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < cd.stageCount; k++) {
      const t = firstAt[k]!;
      if (firstIn[k] !== i || !(t > previous)) break;
      stageCounts[k]!++;
      previous = t;
    }
    if (node >= variantCount.length) {
      const grown = new Uint32Array(Math.max(node + 1, variantCount.length * 2));
      grown.set(variantCount);
      variantCount = grown;
    }
    variantCount[node]!++;
    variantOf[i] = node;
    durationOf[i] = (lastT - firstT) / 1000;
    const stall = cd.stallMs[prev]!;
    if (stall >= 0 && query.asOf - lastT > stall) stalledBy[prev]!++;
  }

  const { edges, dwell } = approximate
    ? percentilesFromHistograms(cd, edgeCount, edgeHistogram)
    : exactPercentiles(
        columns,
        cd,
        query,
        selection,
        scratch,
        edgeCount,
        transitions,
        variantOf,
        journeyTotal,
      );

  const activities: ActivityRow[] = [];
  for (let a = 0; a < K; a++) {
    if (activityEvents[a]! > 0) {
      activities.push({ activity: cd.names[a]!, events: activityEvents[a]!, journeys: activityJourneys[a]! });
    }
  }
  const funnel: FunnelStage[] = cd.stages.map((activity, k) => ({
    activity,
    count: stageCounts[k]!,
    conversion: k === 0 || stageCounts[k - 1] === 0 ? null : stageCounts[k]! / stageCounts[k - 1]!,
  }));
  const top = topVariants(trie, variantCount, query.topVariants, cd.names);
  const variants = medianDurations(top, variantOf, durationOf, journeyTotal, trie.size);
  let stalled = 0;
  const byActivity: { activity: string; count: number }[] = [];
  for (let a = 0; a < K; a++) {
    if (stalledBy[a]! > 0) {
      stalled += stalledBy[a]!;
      byActivity.push({ activity: cd.names[a]!, count: stalledBy[a]! });
    }
  }
  let distinct = 0;
  for (let v = 0; v < variantCount.length; v++) if (variantCount[v]! > 0) distinct++;

  const byName = <T extends { activity: string }>(x: T, y: T) =>
    x.activity < y.activity ? -1 : x.activity > y.activity ? 1 : 0;
  const edgeKey = (e: EdgeRow) => `${e.from}\u0000${e.to}`;
  return {
    journeys,
    events,
    activities: activities.sort(byName),
    funnel,
    variants: { distinct, top: variants },
    edges: edges.sort((x, y) => (edgeKey(x) < edgeKey(y) ? -1 : edgeKey(x) > edgeKey(y) ? 1 : 0)),
    dwell: dwell.sort(byName),
    stalled: { count: stalled, byActivity: byActivity.sort(byName) },
  };
}

/** Pass 2 of the exact mode: each transition's duration into its edge's range of one buffer, then order statistics. */
function exactPercentiles(
  columns: EventColumns,
  cd: CompiledDefinition,
  query: MapQuery,
  selection: Selection,
  scratch: Scratch,
  edgeCount: Float64Array,
  transitions: number,
  variantOf: Int32Array,
  journeyTotal: number,
): { edges: EdgeRow[]; dwell: DwellRow[] } {
  const K = cd.names.length;
  const { act, at } = columns;
  const range = new Float64Array(2);
  if (scratch.durations.length < transitions)
    scratch.durations = new Float64Array(Math.ceil(transitions * 1.1));
  const durations = scratch.durations;
  const edgeStart = new Float64Array(K * K + 1);
  for (let x = 0; x < K * K; x++) edgeStart[x + 1] = edgeStart[x]! + edgeCount[x]!;
  const cursor = edgeStart.slice(0, K * K);
  for (let i = 0; i < journeyTotal; i++) {
    if (variantOf[i] === -1) continue;
    windowBounds(columns, cd, query, selection ? selection[i]! : i, range);
    let prev = -1;
    let prevT = 0;
    const end = range[1]!;
    for (let e = range[0]!; e < end; e++) {
      const a = cd.local[act[e]!]!;
      if (a < 0) continue;
      const t = at[e]!;
      if (prev >= 0) durations[cursor[prev * K + a]!++] = (t - prevT) / 1000;
      prev = a;
      prevT = t;
    }
  }
  const edges: EdgeRow[] = [];
  const dwell: DwellRow[] = [];
  for (let a = 0; a < K; a++) {
    for (let b = 0; b < K; b++) {
      const x = a * K + b;
      const count = edgeCount[x]!;
      if (count === 0) continue;
      const [median, p90] = percentilesOfRanges(durations, [edgeStart[x]!, edgeStart[x + 1]!], PS);
      edges.push({ from: cd.names[a]!, to: cd.names[b]!, count, median: median!, p90: p90! });
    }
    const s = edgeStart[a * K]!;
    const e = edgeStart[a * K + K]!;
    if (e > s) {
      const [median, p90] = percentilesOfRanges(durations, [s, e], PS);
      dwell.push({ activity: cd.names[a]!, count: e - s, median: median!, p90: p90! });
    }
  }
  return { edges, dwell };
}

/** The approximate mode's percentiles, from the histograms pass 1 filled. */
export function percentilesFromHistograms(
  cd: Pick<CompiledDefinition, 'names'>,
  edgeCount: ArrayLike<number>,
  edgeHistogram: readonly (Uint32Array | undefined)[],
): { edges: EdgeRow[]; dwell: DwellRow[] } {
  const K = cd.names.length;
  const edges: EdgeRow[] = [];
  const dwell: DwellRow[] = [];
  for (let a = 0; a < K; a++) {
    const outgoing: Uint32Array[] = [];
    let out = 0;
    for (let b = 0; b < K; b++) {
      const x = a * K + b;
      const count = edgeCount[x]!;
      const h = edgeHistogram[x];
      if (count === 0 || !h) continue;
      outgoing.push(h);
      out += count;
      edges.push({
        from: cd.names[a]!,
        to: cd.names[b]!,
        count,
        median: histogramPercentile(h, count, 0.5),
        p90: histogramPercentile(h, count, 0.9),
      });
    }
    if (out > 0) {
      const h = outgoing.length === 1 ? outgoing[0]! : sumHistograms(outgoing);
      dwell.push({
        activity: cd.names[a]!,
        count: out,
        median: histogramPercentile(h, out, 0.5),
        p90: histogramPercentile(h, out, 0.9),
      });
    }
  }
  return { edges, dwell };
}

interface TopVariant {
  node: number;
  activities: string[];
  text: string;
  count: number;
}

/** The N most common variants; ties by the byte order of their text (built only for the candidates at the cut). */
function topVariants(trie: VariantTrie, counts: Uint32Array, n: number, names: string[]): TopVariant[] {
  if (n <= 0) return [];
  const nodes: number[] = [];
  for (let v = 1; v < counts.length; v++) if (counts[v]! > 0) nodes.push(v);
  nodes.sort((a, b) => counts[b]! - counts[a]!);
  if (nodes.length === 0) return [];
  const cutoff = counts[nodes[Math.min(n, nodes.length) - 1]!]!;
  const candidates = nodes
    .filter((v) => counts[v]! >= cutoff)
    .map((node) => {
      const activities = trie.path(node).map((a) => names[a]!);
      return { node, activities, text: variantText(activities), count: counts[node]! };
    });
  candidates.sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  return candidates.slice(0, n);
}

function medianDurations(
  top: TopVariant[],
  variantOf: Int32Array,
  durationOf: Float64Array,
  journeys: number,
  nodes: number,
): VariantRow[] {
  const slotOf = new Int32Array(nodes).fill(-1);
  top.forEach((t, i) => {
    slotOf[t.node] = i;
  });
  const buckets = top.map((t) => new Float64Array(t.count));
  const filled = new Int32Array(top.length);
  for (let i = 0; i < journeys; i++) {
    const v = variantOf[i]!;
    const slot = v < 0 ? -1 : slotOf[v]!;
    if (slot >= 0) buckets[slot]![filled[slot]!++] = durationOf[i]!;
  }
  return top.map((t, i) => ({
    activities: t.activities,
    count: t.count,
    medianDuration: percentileOfRange(buckets[i]!, 0, t.count, 0.5),
  }));
}
