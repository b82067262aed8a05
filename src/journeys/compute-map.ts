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
import { kthSmallest, type Part, percentileOfRange, percentilesOfParts } from './select.ts';
import { ROOT, VariantTable } from './variant-table.ts';

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

/** Reused buffers, so repeated maps do not allocate per touchpoint each time. */
export interface Scratch {
  /** Per transition (a·K + b): its durations, in seconds (exact mode). */
  edgeBuffers: Float64Array[];
  edgeLength: Int32Array;
  variants: VariantTable | null;
  variantOf: Int32Array;
  durationOf: Float64Array;
}
export const newScratch = (): Scratch => ({
  edgeBuffers: [],
  edgeLength: new Int32Array(0),
  variants: null,
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

/** Doubles transition x's buffer (out of the hot loop's body: taken a few dozen times per map). */
function growBuffer(buffers: Float64Array[], x: number) {
  const old = buffers[x]!;
  const grown = new Float64Array(old.length * 2);
  grown.set(old);
  buffers[x] = grown;
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
  const KK = K * K;
  const { act, at } = columns;
  const local = cd.local;
  const stageOf = cd.stageOf;
  const S = cd.stageCount;
  const journeyTotal = selection ? selection.length : columns.journeyIds.length;

  if (!scratch.variants || scratch.variants.base !== K + 1)
    scratch.variants = new VariantTable(K, journeyTotal >> 4);
  const variants = scratch.variants;
  variants.resetCounts();
  const base = variants.base;
  const digits = variants.digits;
  if (scratch.variantOf.length < journeyTotal) {
    scratch.variantOf = new Int32Array(journeyTotal);
    scratch.durationOf = new Float64Array(journeyTotal);
  }
  const variantOf = scratch.variantOf;
  const durationOf = scratch.durationOf;
  if (scratch.edgeLength.length < KK) scratch.edgeLength = new Int32Array(KK);
  const edgeLength = scratch.edgeLength;
  edgeLength.fill(0);
  // Every transition's buffer exists before the loop (a packed array of one type): creating them inside it would
  // change the array's shape mid-loop and throw V8's optimized code away.
  const buffers = scratch.edgeBuffers;
  if (!approximate) for (let x = buffers.length; x < KK; x++) buffers.push(new Float64Array(1024));
  const edgeHistogram: Uint32Array[] = approximate ? Array.from({ length: KK }, () => newHistogram()) : [];

  const edgeCount = new Float64Array(KK);
  const lastCount = new Float64Array(K);
  const activityJourneys = new Float64Array(K);
  const stageCounts = new Float64Array(S);
  const stalledBy = new Float64Array(K);
  const firstAt = new Float64Array(Math.max(S, 1));
  // A journey's activities as a bitmask (a register) when they fit, stamps otherwise.
  const small = K <= 31;
  const stamp = small ? new Int32Array(0) : new Int32Array(K).fill(-1);
  const stageBit = new Int32Array(S);
  const stageActivity = new Int32Array(S).fill(-1);
  for (let a = 0; a < K; a++) {
    const k = stageOf[a]!;
    if (k >= 0) {
      stageActivity[k] = a;
      if (small) stageBit[k] = 1 << a;
    }
  }
  let journeys = 0;
  let events = 0;
  const { journeyStart, journeyEnd } = columns;
  const w = query.window;
  const mode = w.mode === 'event' ? 1 : w.mode === 'cohort' ? 2 : 0;
  const from = w.from ?? 0;
  const to = w.to ?? 0;

  for (let i = 0; i < journeyTotal; i++) {
    variantOf[i] = -1;
    const j = selection === null ? i : selection[i]!;
    // The window, inline (this runs for every journey): event mode cuts the journey to it, cohort mode keeps or drops it.
    let start = journeyStart[j]!;
    let end = journeyEnd[j]!;
    if (mode === 1) {
      while (start < end && at[start]! < from) start++;
      let e = start;
      while (e < end && at[e]! < to) e++;
      end = e;
    } else if (mode === 2) {
      let f = start;
      while (f < end && local[act[f]!]! < 0) f++;
      if (f === end || at[f]! < from || at[f]! >= to) continue;
    }
    let n = 0;
    let prev = -1;
    let prevT = 0;
    let firstT = 0;
    let mask = 0;
    // The variant so far: the node of the chunks completed, and the digits of the chunk under way.
    let node = ROOT;
    let chunk = 0;
    let inChunk = 0;
    for (let e = start; e < end; e++) {
      const a = local[act[e]!]!;
      if (a < 0) continue;
      const t = at[e]!;
      if (n === 0) {
        firstT = t;
      } else {
        const x = prev * K + a;
        edgeCount[x]!++;
        const d = (t - prevT) / 1000;
        if (approximate) {
          edgeHistogram[x]![bucketOf(d)]!++;
        } else {
          const len = edgeLength[x]!;
          if (len === buffers[x]!.length) growBuffer(buffers, x);
          buffers[x]![len] = d;
          edgeLength[x] = len + 1;
        }
      }
      if (small) {
        const bit = 1 << a;
        if ((mask & bit) === 0) {
          mask |= bit;
          const s = stageOf[a]!;
          if (s >= 0) firstAt[s] = t;
        }
      } else if (stamp[a] !== i) {
        stamp[a] = i;
        activityJourneys[a]!++;
        const s = stageOf[a]!;
        if (s >= 0) firstAt[s] = t;
      }
      chunk = chunk * base + a + 1;
      if (++inChunk === digits) {
        node = variants.node(node, chunk);
        chunk = 0;
        inChunk = 0;
      }
      n++;
      prev = a;
      prevT = t;
    }
    if (n === 0) continue;
    journeys++;
    events += n;
    lastCount[prev]!++;
    if (small) {
      for (let m = mask; m !== 0; m &= m - 1) activityJourneys[31 - Math.clz32(m & -m)]!++;
    }
    let previous = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < S; k++) {
      const reached = small ? (mask & stageBit[k]!) !== 0 : stamp[stageActivity[k]!] === i;
      const t = firstAt[k]!;
      if (!reached || !(t > previous)) break;
      stageCounts[k]!++;
      previous = t;
    }
    if (inChunk > 0) node = variants.node(node, chunk);
    variants.count[node]!++;
    variantOf[i] = node;
    durationOf[i] = (prevT - firstT) / 1000;
    const stall = cd.stallMs[prev]!;
    if (stall >= 0 && query.asOf - prevT > stall) stalledBy[prev]!++;
  }

  const { edges, dwell } = approximate
    ? percentilesFromHistograms(cd, edgeCount, edgeHistogram)
    : exactPercentiles(cd, edgeCount, buffers);

  const activities: ActivityRow[] = [];
  for (let a = 0; a < K; a++) {
    let eventsOf = lastCount[a]!;
    for (let b = 0; b < K; b++) eventsOf += edgeCount[a * K + b]!;
    if (eventsOf > 0)
      activities.push({ activity: cd.names[a]!, events: eventsOf, journeys: activityJourneys[a]! });
  }
  const funnel: FunnelStage[] = cd.stages.map((activity, k) => ({
    activity,
    count: stageCounts[k]!,
    conversion: k === 0 || stageCounts[k - 1] === 0 ? null : stageCounts[k]! / stageCounts[k - 1]!,
  }));
  const top = topVariants(variants, query.topVariants, cd.names);
  const variantRows = medianDurations(top, variantOf, durationOf, journeyTotal, variants.size);
  let stalled = 0;
  const byActivity: { activity: string; count: number }[] = [];
  for (let a = 0; a < K; a++) {
    if (stalledBy[a]! > 0) {
      stalled += stalledBy[a]!;
      byActivity.push({ activity: cd.names[a]!, count: stalledBy[a]! });
    }
  }
  let distinct = 0;
  for (let v = 0; v < variants.size; v++) if (variants.count[v]! > 0) distinct++;

  const byName = <T extends { activity: string }>(x: T, y: T) =>
    x.activity < y.activity ? -1 : x.activity > y.activity ? 1 : 0;
  const edgeKey = (e: EdgeRow) => `${e.from}\u0000${e.to}`;
  return {
    journeys,
    events,
    activities: activities.sort(byName),
    funnel,
    variants: { distinct, top: variantRows },
    edges: edges.sort((x, y) => (edgeKey(x) < edgeKey(y) ? -1 : edgeKey(x) > edgeKey(y) ? 1 : 0)),
    dwell: dwell.sort(byName),
    stalled: { count: stalled, byActivity: byActivity.sort(byName) },
  };
}

/** The exact mode's percentiles: order statistics over each transition's buffer, and over an activity's all. */
function exactPercentiles(
  cd: CompiledDefinition,
  edgeCount: Float64Array,
  buffers: Float64Array[],
): { edges: EdgeRow[]; dwell: DwellRow[] } {
  const K = cd.names.length;
  const edges: EdgeRow[] = [];
  const dwell: DwellRow[] = [];
  for (let a = 0; a < K; a++) {
    const outgoing: Part[] = [];
    for (let b = 0; b < K; b++) {
      const x = a * K + b;
      const count = edgeCount[x]!;
      if (count === 0) continue;
      const part = { values: buffers[x]!, start: 0, end: count };
      outgoing.push(part);
      const [median, p90] = percentilesOfParts([part], PS);
      edges.push({ from: cd.names[a]!, to: cd.names[b]!, count, median: median!, p90: p90! });
    }
    if (outgoing.length > 0) {
      const total = outgoing.reduce((sum, p) => sum + p.end, 0);
      const [median, p90] = percentilesOfParts(outgoing, PS);
      dwell.push({ activity: cd.names[a]!, count: total, median: median!, p90: p90! });
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
  id: number;
  activities: string[];
  text: string;
  count: number;
}

/** The N most common variants; ties by the byte order of their text (built only for the candidates at the cut). */
function topVariants(variants: VariantTable, n: number, names: string[]): TopVariant[] {
  if (n <= 0) return [];
  const counts = variants.count;
  const ids: number[] = [];
  for (let v = 0; v < variants.size; v++) if (counts[v]! > 0) ids.push(v);
  if (ids.length === 0) return [];
  // The n-th largest count, then only variants at or above it are named and sorted.
  let cutoff = 0;
  if (ids.length > n) {
    cutoff = kthSmallest(
      Float64Array.from(ids, (v) => counts[v]!),
      ids.length - n,
    );
  }
  const candidates = ids
    .filter((v) => counts[v]! >= cutoff)
    .map((id) => {
      const activities = variants.sequence(id).map((a) => names[a]!);
      return { id, activities, text: variantText(activities), count: counts[id]! };
    });
  candidates.sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  return candidates.slice(0, n);
}

function medianDurations(
  top: TopVariant[],
  variantOf: Int32Array,
  durationOf: Float64Array,
  journeys: number,
  variantCount: number,
): VariantRow[] {
  const slotOf = new Int32Array(variantCount).fill(-1);
  top.forEach((t, i) => {
    slotOf[t.id] = i;
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
