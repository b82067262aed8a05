/**
 * @module Exact percentile_cont over ranges of a Float64Array, fast: a radix select. Non-negative doubles order like
 * their bit patterns, so one counting pass over the top 16 bits finds the bucket holding a rank; only that bucket's
 * few values are then selected exactly. The 50th and 90th percentiles share both passes.
 */

const BUCKETS = 1 << 16;
const counts = new Uint32Array(BUCKETS);
let bucketValues = new Float64Array(1024);

/** Rearranges a[lo..hi] so that a[k] holds the value it would hold if the range were sorted (Hoare's selection). */
function select(a: Float64Array, lo: number, hi: number, k: number) {
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    const x = a[lo]!;
    const y = a[mid]!;
    const z = a[hi]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/** A stretch of a buffer: values[start..end). */
export interface Part {
  values: Float64Array;
  start: number;
  end: number;
}

const highWords = new WeakMap<ArrayBufferLike, Uint32Array>();
/** The 32-bit view of a buffer's doubles (high word of value i at 2i + 1, little-endian). */
function wordsOf(values: Float64Array): Uint32Array {
  let words = highWords.get(values.buffer);
  if (!words || words.length * 4 < values.buffer.byteLength) {
    words = new Uint32Array(values.buffer);
    highWords.set(values.buffer, words);
  }
  return words;
}

/** The values at sorted ranks `ranks` (ascending, distinct) of the parts' union. */
function orderStatistics(parts: readonly Part[], ranks: readonly number[]): number[] {
  counts.fill(0);
  for (const p of parts) {
    const hi = wordsOf(p.values);
    const base = p.values.byteOffset >> 2;
    for (let i = p.start; i < p.end; i++) counts[hi[base + 2 * i + 1]! >>> 16]!++;
  }
  const bucketOf: number[] = [];
  const below: number[] = [];
  let seen = 0;
  let b = 0;
  for (const rank of ranks) {
    while (seen + counts[b]! <= rank) seen += counts[b++]!;
    bucketOf.push(b);
    below.push(seen);
  }
  const out: number[] = [];
  let lastBucket = -1;
  let size = 0;
  for (let q = 0; q < ranks.length; q++) {
    const bucket = bucketOf[q]!;
    if (bucket !== lastBucket) {
      size = counts[bucket]!;
      if (bucketValues.length < size) bucketValues = new Float64Array(size * 2);
      let n = 0;
      for (const p of parts) {
        const hi = wordsOf(p.values);
        const base = p.values.byteOffset >> 2;
        for (let i = p.start; i < p.end; i++) {
          if (hi[base + 2 * i + 1]! >>> 16 === bucket) bucketValues[n++] = p.values[i]!;
        }
      }
      lastBucket = bucket;
    }
    const k = ranks[q]! - below[q]!;
    select(bucketValues, 0, size - 1, k);
    out.push(bucketValues[k]!);
  }
  return out;
}

/** Below this many values the radix select is as quick. */
const SMALL = 16_384;

/**
 * The values at sorted ranks `ranks` of the parts' union, usually in one pass: a sorted sample of the values brackets
 * each rank; the pass counts the values below each bracket and keeps those inside it; each rank is then selected
 * among the few kept. A bracket the data did not fall into as sampled (bad luck, or heavy ties) makes that rank fall
 * back to the radix select. Exact either way: the sample only decides how much work it is.
 */
function sampledOrderStatistics(parts: readonly Part[], n: number, ranks: readonly number[]): number[] {
  if (n <= SMALL) return orderStatistics(parts, ranks);
  // Floyd–Rivest's sample size, about n^(2/3): sorting it is cheap, and the brackets it gives keep a few per cent.
  const SAMPLE = Math.min(65_536, Math.max(2048, Math.round(n ** (2 / 3))));
  // Evenly spaced sample (data order carries no bias that matters for speed, and none at all for correctness).
  const sample = new Float64Array(SAMPLE);
  const stride = n / SAMPLE;
  let partIndex = 0;
  let offset = 0;
  for (let k = 0; k < SAMPLE; k++) {
    let pos = Math.floor(k * stride) - offset;
    while (pos >= parts[partIndex]!.end - parts[partIndex]!.start) {
      pos -= parts[partIndex]!.end - parts[partIndex]!.start;
      offset += parts[partIndex]!.end - parts[partIndex]!.start;
      partIndex++;
    }
    sample[k] = parts[partIndex]!.values[parts[partIndex]!.start + pos]!;
  }
  sample.sort();
  // Brackets wide enough to hold the rank with overwhelming probability: ±4 standard deviations of its sample rank.
  const lows: number[] = [];
  const highs: number[] = [];
  for (const r of ranks) {
    const q = r / (n - 1);
    const spread = Math.ceil(4 * Math.sqrt(SAMPLE * q * (1 - q))) + 2;
    const at = q * (SAMPLE - 1);
    lows.push(sample[Math.max(0, Math.floor(at) - spread)]!);
    highs.push(sample[Math.min(SAMPLE - 1, Math.ceil(at) + spread)]!);
  }
  // Overlapping brackets merge (the two ranks of one percentile nearly always share one).
  const groups: {
    lo: number;
    hi: number;
    ranks: number[];
    below: number;
    kept: number;
    values: Float64Array;
  }[] = [];
  ranks.forEach((r, i) => {
    const last = groups.at(-1);
    if (last && lows[i]! <= last.hi) {
      last.hi = Math.max(last.hi, highs[i]!);
      last.ranks.push(r);
    } else {
      groups.push({
        lo: lows[i]!,
        hi: highs[i]!,
        ranks: [r],
        below: 0,
        kept: 0,
        values: keptBuffer(groups.length),
      });
    }
  });
  // The pass runs on locals (not the group objects): it is the hot loop of an exact map.
  const g1 = groups[0]!;
  const g2 = groups[1];
  const lo1 = g1.lo;
  const hi1 = g1.hi;
  const lo2 = g2 ? g2.lo : Number.NEGATIVE_INFINITY;
  const hi2 = g2 ? g2.hi : Number.NEGATIVE_INFINITY;
  let below1 = 0;
  let below2 = 0;
  let kept1 = 0;
  let kept2 = 0;
  let v1 = g1.values;
  let v2 = g2 ? g2.values : v1;
  for (const p of parts) {
    const v = p.values;
    for (let i = p.start; i < p.end; i++) {
      const x = v[i]!;
      if (x < lo1) below1++;
      else if (x <= hi1) {
        if (kept1 === v1.length) v1 = doubled(v1, kept1);
        v1[kept1++] = x;
      }
      if (x < lo2) below2++;
      else if (x <= hi2) {
        if (kept2 === v2.length) v2 = doubled(v2, kept2);
        v2[kept2++] = x;
      }
    }
  }
  g1.below = below1;
  g1.kept = kept1;
  g1.values = v1;
  keptBuffers[0] = v1;
  if (g2) {
    g2.below = below2;
    g2.kept = kept2;
    g2.values = v2;
    keptBuffers[1] = v2;
  }
  const out: number[] = [];
  for (const g of groups.slice(0, 2)) {
    for (const r of g.ranks) {
      if (r < g.below || r >= g.below + g.kept) return orderStatistics(parts, ranks);
      out.push(kthSmallest(g.values.subarray(0, g.kept), r - g.below));
    }
  }
  // More than two separate brackets (not asked for today): the radix select handles any number.
  return groups.length > 2 ? orderStatistics(parts, ranks) : out;
}

const keptBuffers: Float64Array[] = [new Float64Array(4096), new Float64Array(4096)];
const keptBuffer = (i: number) => keptBuffers[Math.min(i, 1)]!;

function doubled(values: Float64Array, used: number): Float64Array {
  const grown = new Float64Array(values.length * 2);
  grown.set(values.subarray(0, used));
  return grown;
}

/**
 * percentile_cont at each of `ps` over the union of the parts — linear interpolation between the closest ranks,
 * exactly as PostgreSQL computes it. Values must be non-negative. Reorders nothing but a scratch copy.
 */
export function percentilesOfParts(parts: readonly Part[], ps: readonly number[]): number[] {
  let n = 0;
  for (const p of parts) n += p.end - p.start;
  if (n === 0) return ps.map(() => Number.NaN);
  const wanted = new Set<number>();
  for (const p of ps) {
    const row = p * (n - 1);
    wanted.add(Math.floor(row)).add(Math.ceil(row));
  }
  const ranks = [...wanted].sort((x, y) => x - y);
  const stats = sampledOrderStatistics(parts, n, ranks);
  const at = (rank: number) => stats[ranks.indexOf(rank)]!;
  return ps.map((p) => {
    const row = p * (n - 1);
    const lo = Math.floor(row);
    const low = at(lo);
    return row === lo ? low : low + (row - lo) * (at(Math.ceil(row)) - low);
  });
}

/** percentile_cont at each of `ps` over ranges [start, end) of one buffer (`ranges` flat: s0, e0, s1, e1, …). */
export function percentilesOfRanges(
  values: Float64Array,
  ranges: ArrayLike<number>,
  ps: readonly number[],
): number[] {
  const parts: Part[] = [];
  for (let r = 0; r < ranges.length; r += 2) parts.push({ values, start: ranges[r]!, end: ranges[r + 1]! });
  return percentilesOfParts(parts, ps);
}

/** percentile_cont(p) of a[start..end). */
export const percentileOfRange = (a: Float64Array, start: number, end: number, p: number) =>
  percentilesOfParts([{ values: a, start, end }], [p])[0]!;

/** The k-th smallest (0-based) of `values` (reorders them). */
export function kthSmallest(values: Float64Array, k: number): number {
  select(values, 0, values.length - 1, k);
  return values[k]!;
}
