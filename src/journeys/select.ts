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

/** The values at sorted ranks `ranks` (ascending) of the given ranges' union, using the high words `hi`. */
function orderStatistics(
  values: Float64Array,
  hi: Uint32Array,
  ranges: ArrayLike<number>,
  ranks: readonly number[],
): number[] {
  counts.fill(0);
  for (let r = 0; r < ranges.length; r += 2) {
    for (let i = ranges[r]!; i < ranges[r + 1]!; i++) counts[hi[2 * i + 1]! >>> 16]!++;
  }
  // Find the bucket of each rank and how many values lie below it.
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
      for (let r = 0; r < ranges.length; r += 2) {
        for (let i = ranges[r]!; i < ranges[r + 1]!; i++) {
          if (hi[2 * i + 1]! >>> 16 === bucket) bucketValues[n++] = values[i]!;
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

/**
 * percentile_cont at each of `ps` (ascending) over the union of ranges [start, end) of `values` — linear
 * interpolation between the closest ranks, exactly as PostgreSQL computes it. Values must be non-negative.
 * `ranges` is flat: start0, end0, start1, end1, …
 */
export function percentilesOfRanges(
  values: Float64Array,
  ranges: ArrayLike<number>,
  ps: readonly number[],
): number[] {
  let n = 0;
  for (let r = 0; r < ranges.length; r += 2) n += ranges[r + 1]! - ranges[r]!;
  if (n === 0) return ps.map(() => Number.NaN);
  const hi = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
  const wanted = new Set<number>();
  for (const p of ps) {
    const row = p * (n - 1);
    wanted.add(Math.floor(row)).add(Math.ceil(row));
  }
  const ranks = [...wanted].sort((x, y) => x - y);
  const stats = orderStatistics(values, hi, ranges, ranks);
  const at = (rank: number) => stats[ranks.indexOf(rank)]!;
  return ps.map((p) => {
    const row = p * (n - 1);
    const lo = Math.floor(row);
    const low = at(lo);
    return row === lo ? low : low + (row - lo) * (at(Math.ceil(row)) - low);
  });
}

/** percentile_cont(p) of a[start..end). */
export const percentileOfRange = (a: Float64Array, start: number, end: number, p: number) =>
  percentilesOfRanges(a, [start, end], [p])[0]!;
