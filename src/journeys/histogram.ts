/**
 * @module Durations counted in buckets a 128th of an octave wide, for percentiles that are fast to keep up to date
 * and within 1 % of the exact value (journeys.md allows that, labelled as approximate). A bucket is read from the
 * double's exponent and top 7 mantissa bits — no logarithm per value — and read back as its middle, at most 1/256
 * (0.39 %) off; percentile_cont's interpolation between two such values stays within that.
 */

/** Smallest exponent kept: 2^-10 s ≈ 1 ms (durations come from millisecond timestamps). */
const MIN_EXP = -10;
/** Largest: 2^30 s ≈ 34 years. */
const MAX_EXP = 30;
const SUB = 128;
/** Bucket 0 holds exact zeros; then 128 buckets per octave. */
export const HISTOGRAM_BUCKETS = 1 + (MAX_EXP - MIN_EXP + 1) * SUB;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// The high word is little-endian's second 32 bits on every platform Node runs on.
const HI = 1;

export function bucketOf(seconds: number): number {
  if (!(seconds > 0)) return 0;
  f64[0] = seconds;
  const hi = u32[HI]!;
  const exp = (hi >>> 20) - 1023;
  if (exp < MIN_EXP) return 1;
  if (exp > MAX_EXP) return HISTOGRAM_BUCKETS - 1;
  return 1 + (exp - MIN_EXP) * SUB + ((hi >>> 13) & (SUB - 1));
}

/** What a bucket reads back as: the middle of its range (0 for the zero bucket). */
export function bucketValue(bucket: number): number {
  if (bucket === 0) return 0;
  const i = bucket - 1;
  const exp = MIN_EXP + Math.floor(i / SUB);
  const sub = i % SUB;
  return 2 ** exp * (1 + (sub + 0.5) / SUB);
}

/** Counts per bucket; add with −1 removes a value (journeys change, and a live map follows). */
export const newHistogram = () => new Uint32Array(HISTOGRAM_BUCKETS);

export function addToHistogram(h: Uint32Array, seconds: number, delta: 1 | -1) {
  h[bucketOf(seconds)]! += delta;
}

/** The values at sorted ranks lo and hi (0-based), one walk over the buckets. */
function atRanks(h: Uint32Array, lo: number, hi: number): [number, number] {
  let seen = 0;
  let low = Number.NaN;
  for (let b = 0; b < h.length; b++) {
    const c = h[b]!;
    if (c === 0) continue;
    seen += c;
    if (Number.isNaN(low) && seen > lo) low = bucketValue(b);
    if (seen > hi) return [low, bucketValue(b)];
  }
  return [low, Number.NaN];
}

/** percentile_cont(p) read from a histogram holding `total` values: within 1 % of the exact value. */
export function histogramPercentile(h: Uint32Array, total: number, p: number): number {
  if (total === 0) return Number.NaN;
  const row = p * (total - 1);
  const lo = Math.floor(row);
  const [low, high] = atRanks(h, lo, Math.ceil(row));
  return row === lo ? low : low + (row - lo) * (high - low);
}

/** Sums histograms (an activity's dwell is the sum of its outgoing transitions). */
export function sumHistograms(hs: readonly Uint32Array[]): Uint32Array {
  const out = newHistogram();
  for (const h of hs) for (let b = 0; b < out.length; b++) out[b]! += h[b]!;
  return out;
}
