/**
 * @module The live map: the unfiltered, all-time journey map kept up to date as the log changes, so reading it
 * costs a pass over one number per journey (for stalls), not over every touchpoint. Counts and variants are exact;
 * transition, dwell and variant-duration percentiles come from log histograms (within 1 %, labelled approximate).
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
  type VariantRow,
  variantText,
} from './model.ts';
import { VariantTrie } from './variant-trie.ts';

type Sign = 1 | -1;

/** Variants whose durations are followed at once, unless one top list asks for more: 21 kB each. */
const TRACKED_VARIANTS = 64;

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
  // Per journey: its variant (dense number, -1 when it has no included event), first and last moments, last activity.
  #variantOf = new Int32Array(0);
  #firstAt = new Float64Array(0);
  #lastAt = new Float64Array(0);
  #lastLocal = new Int16Array(0);
  /** When the journey stalls (its last touchpoint plus its activity's threshold; +∞ if it never does). */
  #stallAt = new Float64Array(0);
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
  // Variants are numbered densely in order of first appearance (trie nodes are not: every prefix is a node), so the
  // per-variant arrays stay small enough for the cache when every journey is looked up in them.
  #variantCount = new Int32Array(1024);
  #variantNode = new Int32Array(1024);
  #variantIdOf = new Int32Array(1024).fill(-1);
  #variants = 0;
  // Duration histograms of the variants lately in a top list (at most #trackedBound), kept up to date per change, so a read
  // finds their typical durations without visiting every journey; a variant new to the list is filled in by one scan.
  #trackedSlot = new Int32Array(0);
  readonly #tracked: { id: number; histogram: Uint32Array; lastRead: number }[] = [];
  #reads = 0;
  readonly #trackedBound: number;
  /** Variants with at least one journey. */
  #distinct = 0;
  // Scratch for one journey's scan.
  readonly #seen: Int32Array;
  readonly #firstStage: Float64Array;
  readonly #stageSeen: Int32Array;
  #stamp = 0;

  constructor(log: JourneyLog, definition: MapDefinition, options: { trackedVariants?: number } = {}) {
    this.#trackedBound = options.trackedVariants ?? TRACKED_VARIANTS;
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
    this.#stallAt = grow(this.#stallAt, Number.POSITIVE_INFINITY);
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
      const id = this.#variantOf[j]!;
      if (--this.#variantCount[id]! === 0) this.#distinct--;
      this.#trackDuration(id, j, -1);
      this.#variantOf[j] = -1;
      this.#stallAt[j] = Number.POSITIVE_INFINITY;
      return;
    }
    const id = this.#variantId(node);
    if (this.#variantCount[id]!++ === 0) this.#distinct++;
    this.#variantOf[j] = id;
    this.#firstAt[j] = firstT;
    this.#lastAt[j] = prevT;
    this.#lastLocal[j] = prev;
    const stall = this.#cd.stallMs[prev]!;
    this.#stallAt[j] = stall >= 0 ? prevT + stall : Number.POSITIVE_INFINITY;
    this.#trackDuration(id, j, 1);
  }

  /** Keeps a tracked variant's duration histogram up to date as journey j joins (1) or leaves (−1) it. */
  #trackDuration(id: number, j: number, sign: Sign) {
    const slot = id < this.#trackedSlot.length ? this.#trackedSlot[id]! : -1;
    if (slot >= 0)
      addToHistogram(this.#tracked[slot]!.histogram, (this.#lastAt[j]! - this.#firstAt[j]!) / 1000, sign);
  }

  /** The dense number of the variant ending at trie node `node`, given on first sight. */
  #variantId(node: number): number {
    if (node >= this.#variantIdOf.length) {
      const grown = new Int32Array(Math.max(node + 1, this.#variantIdOf.length * 2)).fill(-1);
      grown.set(this.#variantIdOf);
      this.#variantIdOf = grown;
    }
    const known = this.#variantIdOf[node]!;
    if (known >= 0) return known;
    const id = this.#variants++;
    if (id === this.#variantCount.length) {
      const count = new Int32Array(id * 2);
      count.set(this.#variantCount);
      this.#variantCount = count;
      const nodes = new Int32Array(id * 2);
      nodes.set(this.#variantNode);
      this.#variantNode = nodes;
    }
    this.#variantIdOf[node] = id;
    this.#variantNode[id] = node;
    return id;
  }

  /** The map as it stands, stalls measured at `asOf`. */
  read(asOf: number, topVariants: number): JourneyMap {
    const cd = this.#cd;
    const K = this.#K;
    const names = cd.names;
    const journeysNow = this.#log.journeyCount;
    const stalledBy = new Float64Array(K);
    const stallAt = this.#stallAt;
    const lastLocal = this.#lastLocal;
    const limit = Math.min(journeysNow, stallAt.length);
    for (let j = 0; j < limit; j++) if (asOf > stallAt[j]!) stalledBy[lastLocal[j]!]!++;
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
    return {
      journeys: this.#journeys,
      events: this.#events,
      activities: activities.sort(byName),
      funnel,
      variants: { distinct: this.#distinct, top: this.#topVariants(topVariants, journeysNow) },
      edges: edges.sort((x, y) => (edgeKey(x) < edgeKey(y) ? -1 : edgeKey(x) > edgeKey(y) ? 1 : 0)),
      dwell: dwell.sort(byName),
      stalled: { count: stalled, byActivity: stalledRows.sort(byName) },
    };
  }

  /** The N commonest variants (ties by text), with the median duration of their journeys (within 1 %). */
  #topVariants(n: number, journeysNow: number): VariantRow[] {
    if (n <= 0 || this.#distinct === 0) return [];
    const counts = this.#variantCount;
    // The n-th largest count, from a bounded min-heap in one typed pass: every variant at or above it is a candidate
    // (ties at the cutoff are settled by text below), so no list of all variants is ever built or sorted.
    const heap = new Int32Array(n);
    let size = 0;
    const variants = this.#variants;
    for (let v = 0; v < variants; v++) {
      const c = counts[v]!;
      if (c === 0) continue;
      if (size < n) {
        let i = size++;
        while (i > 0 && heap[(i - 1) >> 1]! > c) {
          heap[i] = heap[(i - 1) >> 1]!;
          i = (i - 1) >> 1;
        }
        heap[i] = c;
      } else if (c > heap[0]!) {
        siftDown(heap, size, c);
      }
    }
    const cutoff = size < n ? 1 : heap[0]!;
    const candidates: number[] = [];
    for (let v = 0; v < variants; v++) if (counts[v]! >= cutoff) candidates.push(v);
    const chosen = candidates
      .map((id) => {
        const activities = this.#trie.path(this.#variantNode[id]!).map((a) => this.#cd.names[a]!);
        return { id, activities, text: variantText(activities), count: counts[id]! };
      })
      .sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
      .slice(0, n);
    this.#track(
      chosen.map((c) => c.id),
      journeysNow,
    );
    return chosen.map((c) => ({
      activities: c.activities,
      count: c.count,
      medianDuration: histogramPercentile(this.#tracked[this.#trackedSlot[c.id]!]!.histogram, c.count, 0.5),
    }));
  }

  /** Makes sure every variant of `ids` has its duration histogram, evicting those longest out of a top list. */
  #track(ids: number[], journeysNow: number) {
    const read = ++this.#reads;
    if (this.#trackedSlot.length < this.#variants) {
      const grown = new Int32Array(Math.max(this.#variants, this.#trackedSlot.length * 2)).fill(-1);
      grown.set(this.#trackedSlot);
      this.#trackedSlot = grown;
    }
    const slotOf = this.#trackedSlot;
    const fresh: number[] = [];
    for (const id of ids) {
      const slot = slotOf[id]!;
      if (slot >= 0) {
        this.#tracked[slot]!.lastRead = read;
        continue;
      }
      // The slot out of a top list longest (never one this read uses), or a new one while under the bound.
      let free = this.#tracked.length;
      if (free >= this.#trackedBound) {
        for (let s = 0; s < this.#tracked.length; s++) {
          const t = this.#tracked[s]!;
          if (
            t.lastRead < read &&
            (free === this.#tracked.length || t.lastRead < this.#tracked[free]!.lastRead)
          )
            free = s;
        }
      }
      const evicted = this.#tracked[free];
      if (evicted) {
        slotOf[evicted.id] = -1;
        evicted.histogram.fill(0);
      }
      this.#tracked[free] = { id, histogram: evicted?.histogram ?? newHistogram(), lastRead: read };
      slotOf[id] = free;
      fresh.push(free);
    }
    if (fresh.length === 0) return;
    // One pass over the journeys fills every newly tracked variant's histogram.
    const variantOf = this.#variantOf;
    const firstAt = this.#firstAt;
    const lastAt = this.#lastAt;
    const isFresh = new Uint8Array(this.#tracked.length);
    for (const f of fresh) isFresh[f] = 1;
    const limit = Math.min(journeysNow, variantOf.length);
    for (let j = 0; j < limit; j++) {
      const v = variantOf[j]!;
      if (v < 0) continue;
      const slot = slotOf[v]!;
      if (slot >= 0 && isFresh[slot] === 1)
        addToHistogram(this.#tracked[slot]!.histogram, (lastAt[j]! - firstAt[j]!) / 1000, 1);
    }
  }
}

/** Replaces a min-heap's smallest with `value` and restores the order. */
function siftDown(heap: Int32Array, size: number, value: number) {
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= size) break;
    const right = left + 1;
    const child = right < size && heap[right]! < heap[left]! ? right : left;
    if (heap[child]! >= value) break;
    heap[i] = heap[child]!;
    i = child;
  }
  heap[i] = value;
}
