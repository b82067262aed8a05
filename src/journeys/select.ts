/** @module Exact order statistics without sorting: quickselect, and percentile_cont on a range of a typed array. */

/** Rearranges a[lo..hi] so that a[k] holds the value it would hold if the range were sorted (Hoare's selection). */
function select(a: Float64Array, lo: number, hi: number, k: number) {
  while (hi > lo) {
    // Median of three as pivot: robust on the already-sorted runs durations often come in.
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

/** The smallest value of a[lo..hi] (after a selection of k, the next order statistic is the minimum above k). */
function minOf(a: Float64Array, lo: number, hi: number) {
  let m = a[lo]!;
  for (let i = lo + 1; i <= hi; i++) if (a[i]! < m) m = a[i]!;
  return m;
}

/**
 * percentile_cont(p) of the values in a[start..end) — linear interpolation between the closest ranks, exactly as
 * PostgreSQL computes it. Reorders the range.
 */
export function percentileOfRange(a: Float64Array, start: number, end: number, p: number): number {
  const n = end - start;
  if (n === 0) return Number.NaN;
  const row = p * (n - 1);
  const lo = Math.floor(row);
  select(a, start, end - 1, start + lo);
  const low = a[start + lo]!;
  if (row === lo) return low;
  const high = minOf(a, start + lo + 1, end - 1);
  return low + (row - lo) * (high - low);
}
