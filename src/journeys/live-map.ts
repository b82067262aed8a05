/**
 * @module The live map: the unfiltered, all-time journey map kept up to date as the log changes, so reading it
 * costs a scan of per-journey summaries, not of every touchpoint. Counts, variants and variant durations are exact;
 * transition and dwell percentiles come from log histograms (within 1 %, and labelled approximate).
 */
import { type CompiledDefinition, compileDefinition } from './compute-map.ts';
import { addToHistogram, histogramPercentile, newHistogram } from './histogram.ts';
import type { JourneyLog } from './journey-log.ts';
import {
  type ActivityRow,
  type DwellRow,
  type EdgeRow,
  type JourneyMap,
  type MapDefinition,
  percentileCont,
  type VariantRow,
  variantText,
} from './model.ts';
import { VariantTrie } from './variant-trie.ts';

type Sign = 1 | -1;

/** The histogram in slot i, made when first needed. */
function histogramAt(slots: (Uint32Array | undefined)[], i: number): Uint32Array {
  let h = slots[i];
  if (!h) {
    h = newHistogram();
    slots[i] = h;
  }
  return h;
}

export class LiveMap {
  readonly definition: MapDefinition;
  readonly #log: JourneyLog;
  #cd: CompiledDefinition;
  readonly #K: number;
  readonly #trie: VariantTrie;
  // Per journey: its variant (trie node, -1 when it has no included event), first and last moments, last activity.
  #variantOf = new Int32Array(0);
  #firstAt = new Float64Array(0);
  #lastAt = new Float64Array(0);
  #lastLocal = new Int16Array(0);
  // Aggregates.
  #journeys = 0;
  #events = 0;
  readonly #activityEvents: Float64Array;
  readonly #activityJourneys: Float64Array;
  readonly #stageCounts: Float64Array;
  readonly #edgeCount: Float64Array;
  readonly #edgeHistogram: (Uint32Array | undefined)[];
  readonly #dwellCount: Float64Array;
  readonly #dwellHistogram: (Uint32Array | undefined)[];
  #variantCount = new Int32Array(1024);
  // Scratch for one journey's scan.
  readonly #seen: Int32Array;
  readonly #firstStage: Float64Array;
  readonly #stageSeen: Int32Array;
  #stamp = 0;

  constructor(log: JourneyLog, definition: MapDefinition) {
    this.#log = log;
    this.definition = definition;
    this.#cd = compileDefinition(log, definition);
    const K = this.#cd.names.length;
    this.#K = K;
    this.#trie = new VariantTrie(Math.max(K, 1));
    this.#activityEvents = new Float64Array(K);
    this.#activityJourneys = new Float64Array(K);
    this.#stageCounts = new Float64Array(this.#cd.stageCount);
    this.#edgeCount = new Float64Array(K * K);
    this.#edgeHistogram = new Array(K * K);
    this.#dwellCount = new Float64Array(K);
    this.#dwellHistogram = new Array(K);
    this.#seen = new Int32Array(K).fill(-1);
    this.#firstStage = new Float64Array(this.#cd.stageCount);
    this.#stageSeen = new Int32Array(this.#cd.stageCount).fill(-1);
    for (let j = 0; j < log.journeyCount; j++) this.#apply(j, 1);
  }

  /** Call before journey j changes in the log: takes its old contribution out. */
  beforeChange(j: number) {
    if (j < this.#variantOf.length && this.#variantOf[j] !== -1) this.#apply(j, -1);
  }

  /** Call after journey j changed (or first appeared) in the log: puts its new contribution in. */
  afterChange(j: number) {
    this.#apply(j, 1);
  }

  #local(code: number): number {
    if (code >= this.#cd.local.length) this.#cd = compileDefinition(this.#log, this.definition);
    return this.#cd.local[code]!;
  }

  #ensure(j: number) {
    if (j < this.#variantOf.length) return;
    const size = Math.max(j + 1, this.#variantOf.length * 2, 1024);
    const grow = <T extends Int32Array | Float64Array | Int16Array>(a: T, fill: number): T => {
      const out = new (a.constructor as new (n: number) => T)(size);
      out.fill(fill);
      out.set(a);
      return out;
    };
    this.#variantOf = grow(this.#variantOf, -1);
    this.#firstAt = grow(this.#firstAt, 0);
    this.#lastAt = grow(this.#lastAt, 0);
    this.#lastLocal = grow(this.#lastLocal, -1);
  }

  /** Adds (sign 1) or removes (−1) journey j's contribution, reading its events from the log. */
  #apply(j: number, sign: Sign) {
    this.#ensure(j);
    const log = this.#log;
    const K = this.#K;
    const stamp = ++this.#stamp;
    const start = log.journeyStart[j]!;
    const end = log.journeyEnd[j]!;
    let n = 0;
    let node = 0;
    let prev = -1;
    let prevT = 0;
    let firstT = 0;
    for (let e = start; e < end; e++) {
      const a = this.#local(log.act[e]!);
      if (a < 0) continue;
      const t = log.at[e]!;
      if (n === 0) firstT = t;
      n++;
      this.#activityEvents[a]! += sign;
      if (this.#seen[a] !== stamp) {
        this.#seen[a] = stamp;
        this.#activityJourneys[a]! += sign;
      }
      const s = this.#cd.stageOf[a]!;
      if (s >= 0 && this.#stageSeen[s] !== stamp) {
        this.#stageSeen[s] = stamp;
        this.#firstStage[s] = t;
      }
      if (sign === 1) node = this.#trie.step(node, a);
      if (prev >= 0) {
        const x = prev * K + a;
        const seconds = (t - prevT) / 1000;
        this.#edgeCount[x]! += sign;
        addToHistogram(histogramAt(this.#edgeHistogram, x), seconds, sign);
        this.#dwellCount[prev]! += sign;
        addToHistogram(histogramAt(this.#dwellHistogram, prev), seconds, sign);
      }
      prev = a;
      prevT = t;
    }
    if (n === 0) {
      if (sign === 1) this.#variantOf[j] = -1;
      return;
    }
    this.#journeys += sign;
    this.#events += sign * n;
    let previous = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < this.#cd.stageCount; k++) {
      if (this.#stageSeen[k] !== stamp || !(this.#firstStage[k]! > previous)) break;
      this.#stageCounts[k]! += sign;
      previous = this.#firstStage[k]!;
    }
    if (sign === -1) {
      this.#variantCount[this.#variantOf[j]!]!--;
      this.#variantOf[j] = -1;
      return;
    }
    if (node >= this.#variantCount.length) {
      const grown = new Int32Array(Math.max(node + 1, this.#variantCount.length * 2));
      grown.set(this.#variantCount);
      this.#variantCount = grown;
    }
    this.#variantCount[node]!++;
    this.#variantOf[j] = node;
    this.#firstAt[j] = firstT;
    this.#lastAt[j] = prevT;
    this.#lastLocal[j] = prev;
  }

  /** The map as it stands, stalls measured at `asOf`. */
  read(asOf: number, topVariants: number): JourneyMap {
    const cd = this.#cd;
    const K = this.#K;
    const names = cd.names;
    const journeysNow = this.#log.journeyCount;
    const stalledBy = new Float64Array(K);
    for (let j = 0; j < journeysNow && j < this.#variantOf.length; j++) {
      if (this.#variantOf[j] === -1) continue;
      const last = this.#lastLocal[j]!;
      const stall = cd.stallMs[last]!;
      if (stall >= 0 && asOf - this.#lastAt[j]! > stall) stalledBy[last]!++;
    }
    const edges: EdgeRow[] = [];
    const dwell: DwellRow[] = [];
    for (let a = 0; a < K; a++) {
      for (let b = 0; b < K; b++) {
        const x = a * K + b;
        const count = this.#edgeCount[x]!;
        if (count === 0) continue;
        const h = this.#edgeHistogram[x]!;
        edges.push({
          from: names[a]!,
          to: names[b]!,
          count,
          median: histogramPercentile(h, count, 0.5),
          p90: histogramPercentile(h, count, 0.9),
        });
      }
      const out = this.#dwellCount[a]!;
      if (out > 0) {
        const h = this.#dwellHistogram[a]!;
        dwell.push({
          activity: names[a]!,
          count: out,
          median: histogramPercentile(h, out, 0.5),
          p90: histogramPercentile(h, out, 0.9),
        });
      }
    }
    const activities: ActivityRow[] = [];
    for (let a = 0; a < K; a++) {
      if (this.#activityEvents[a]! > 0) {
        activities.push({
          activity: names[a]!,
          events: this.#activityEvents[a]!,
          journeys: this.#activityJourneys[a]!,
        });
      }
    }
    const funnel = cd.stages.map((activity, k) => ({
      activity,
      count: this.#stageCounts[k]!,
      conversion:
        k === 0 || this.#stageCounts[k - 1] === 0 ? null : this.#stageCounts[k]! / this.#stageCounts[k - 1]!,
    }));
    const byName = <T extends { activity: string }>(x: T, y: T) =>
      x.activity < y.activity ? -1 : x.activity > y.activity ? 1 : 0;
    const edgeKey = (e: EdgeRow) => `${e.from}\u0000${e.to}`;
    let stalled = 0;
    const stalledRows: { activity: string; count: number }[] = [];
    for (let a = 0; a < K; a++) {
      if (stalledBy[a]! > 0) {
        stalled += stalledBy[a]!;
        stalledRows.push({ activity: names[a]!, count: stalledBy[a]! });
      }
    }
    let distinct = 0;
    for (let v = 1; v < this.#variantCount.length; v++) if (this.#variantCount[v]! > 0) distinct++;
    return {
      journeys: this.#journeys,
      events: this.#events,
      activities: activities.sort(byName),
      funnel,
      variants: { distinct, top: this.#topVariants(topVariants, journeysNow) },
      edges: edges.sort((x, y) => (edgeKey(x) < edgeKey(y) ? -1 : edgeKey(x) > edgeKey(y) ? 1 : 0)),
      dwell: dwell.sort(byName),
      stalled: { count: stalled, byActivity: stalledRows.sort(byName) },
    };
  }

  /** The N commonest variants (ties by text), with the exact median duration of their journeys. */
  #topVariants(n: number, journeysNow: number): VariantRow[] {
    if (n <= 0) return [];
    const counts = this.#variantCount;
    // A threshold from a bounded sample, then only the nodes at or above it are sorted.
    const nodes: number[] = [];
    for (let v = 1; v < counts.length; v++) if (counts[v]! > 0) nodes.push(v);
    if (nodes.length === 0) return [];
    let cutoff = 0;
    if (nodes.length > n) {
      const sorted = nodes.map((v) => counts[v]!).sort((a, b) => b - a);
      cutoff = sorted[n - 1]!;
    }
    const chosen = nodes
      .filter((v) => counts[v]! >= cutoff)
      .map((node) => {
        const activities = this.#trie.path(node).map((a) => this.#cd.names[a]!);
        return { node, activities, text: variantText(activities), count: counts[node]! };
      })
      .sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
      .slice(0, n);
    const slot = new Map(chosen.map((c, i) => [c.node, i]));
    const durations = chosen.map(() => [] as number[]);
    for (let j = 0; j < journeysNow && j < this.#variantOf.length; j++) {
      const v = this.#variantOf[j]!;
      if (v < 0) continue;
      const i = slot.get(v);
      if (i !== undefined) durations[i]!.push((this.#lastAt[j]! - this.#firstAt[j]!) / 1000);
    }
    return chosen.map((c, i) => ({
      activities: c.activities,
      count: c.count,
      medianDuration: percentileCont(
        durations[i]!.sort((a, b) => a - b),
        0.5,
      ),
    }));
  }
}
