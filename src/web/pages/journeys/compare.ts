/**
 * @module Two journey maps compared, segment B against segment A: conversion per funnel stage, time per activity,
 * stalls and paths, each with its difference and whether B does better, worse or about the same. Rates, not raw
 * counts, are compared, because the two populations are rarely the same size.
 */
import type { JourneyMapView } from '../../../contract/index.ts';
import { shareOf } from './process-graph.ts';

/** better/worse for B against A; same when the difference is too small to matter; neutral when neither is good. */
export type Tone = 'better' | 'worse' | 'same' | 'neutral';

/** Conversion and rates: differences under half a percentage point read as "the same". */
export const SAME_POINTS = 0.5;
/** Times: differences under 5 % of A's read as "the same". */
export const SAME_TIME_RATIO = 0.05;

/** B − A in percentage points, for two fractions (0..1). */
export const pointsDelta = (a: number | null, b: number | null) =>
  a === null || b === null ? null : (b - a) * 100;

/** Higher is better (conversion) or lower is better (stall rate): the tone of a difference in points. */
export function pointsTone(delta: number | null, higherIsBetter: boolean): Tone {
  if (delta === null) return 'neutral';
  if (Math.abs(delta) < SAME_POINTS) return 'same';
  return delta > 0 === higherIsBetter ? 'better' : 'worse';
}

/** Shorter is better: the tone of a difference in time, relative to A. */
export function timeTone(a: number | null, b: number | null): Tone {
  if (a === null || b === null) return 'neutral';
  const base = Math.max(a, 1);
  if (Math.abs(b - a) / base < SAME_TIME_RATIO) return 'same';
  return b < a ? 'better' : 'worse';
}

interface Side<T> {
  a: T | null;
  b: T | null;
}

const joinBy = <T>(a: readonly T[], b: readonly T[], key: (item: T) => string) => {
  const order: string[] = [];
  const rows = new Map<string, Side<T>>();
  for (const [side, items] of [
    ['a', a],
    ['b', b],
  ] as const) {
    for (const item of items) {
      const k = key(item);
      if (!rows.has(k)) {
        order.push(k);
        rows.set(k, { a: null, b: null });
      }
      rows.get(k)![side] = item;
    }
  }
  return order.map((k) => ({ key: k, ...rows.get(k)! }));
};

export interface FunnelRow {
  activity: string;
  a: { count: number; conversion: number | null; ofFirst: number | null } | null;
  b: { count: number; conversion: number | null; ofFirst: number | null } | null;
  /** B's conversion minus A's, percentage points. */
  conversionDelta: number | null;
  tone: Tone;
  /** Reached this stage, as a share of the first stage: B − A in points. */
  ofFirstDelta: number | null;
  ofFirstTone: Tone;
}

const withOfFirst = (funnel: JourneyMapView['funnel']) => {
  const first = funnel[0]?.count ?? 0;
  return funnel.map((s) => ({ ...s, ofFirst: first > 0 ? s.count / first : null }));
};

/** The funnels stage by stage, in A's order (a stage only one side has comes after). */
export function compareFunnels(a: JourneyMapView, b: JourneyMapView): FunnelRow[] {
  return joinBy(withOfFirst(a.funnel), withOfFirst(b.funnel), (s) => s.activity).map((row) => {
    const conversionDelta = pointsDelta(row.a?.conversion ?? null, row.b?.conversion ?? null);
    const ofFirstDelta = pointsDelta(row.a?.ofFirst ?? null, row.b?.ofFirst ?? null);
    const pick = (s: (typeof row)['a']) =>
      s ? { count: s.count, conversion: s.conversion, ofFirst: s.ofFirst } : null;
    return {
      activity: row.key,
      a: pick(row.a),
      b: pick(row.b),
      conversionDelta,
      tone: pointsTone(conversionDelta, true),
      ofFirstDelta,
      ofFirstTone: pointsTone(ofFirstDelta, true),
    };
  });
}

export interface DwellRow {
  activity: string;
  a: { median: number; p90: number; count: number } | null;
  b: { median: number; p90: number; count: number } | null;
  /** B's median minus A's, seconds. */
  medianDelta: number | null;
  tone: Tone;
}

/** Time spent per activity, A's slowest first. */
export function compareDwell(a: JourneyMapView, b: JourneyMapView): DwellRow[] {
  const sortedA = [...a.dwell].sort((x, y) => y.median - x.median);
  return joinBy(sortedA, b.dwell, (d) => d.activity).map((row) => {
    const ma = row.a?.median ?? null;
    const mb = row.b?.median ?? null;
    const pick = (d: (typeof row)['a']) => (d ? { median: d.median, p90: d.p90, count: d.count } : null);
    return {
      activity: row.key,
      a: pick(row.a),
      b: pick(row.b),
      medianDelta: ma === null || mb === null ? null : mb - ma,
      tone: timeTone(ma, mb),
    };
  });
}

export interface StallRow {
  /** null: all stalled journeys. */
  activity: string | null;
  a: { count: number; rate: number };
  b: { count: number; rate: number };
  /** B's stall rate minus A's (stalled per journey of the population), percentage points. */
  rateDelta: number;
  tone: Tone;
}

/** Stalled journeys, in total and per activity, as counts and as a share of each population. */
export function compareStalls(a: JourneyMapView, b: JourneyMapView): StallRow[] {
  const row = (activity: string | null, ca: number, cb: number): StallRow => {
    const ra = shareOf(ca, a.journeys);
    const rb = shareOf(cb, b.journeys);
    const rateDelta = (rb - ra) * 100;
    return {
      activity,
      a: { count: ca, rate: ra },
      b: { count: cb, rate: rb },
      rateDelta,
      tone: pointsTone(rateDelta, false),
    };
  };
  const byActivity = joinBy(a.stalled.byActivity, b.stalled.byActivity, (s) => s.activity)
    .map((r) => row(r.key, r.a?.count ?? 0, r.b?.count ?? 0))
    .sort((x, y) => y.a.count + y.b.count - (x.a.count + x.b.count));
  return [row(null, a.stalled.count, b.stalled.count), ...byActivity];
}

export interface VariantRow {
  key: string;
  activities: string[];
  a: { count: number; share: number; medianDuration: number } | null;
  b: { count: number; share: number; medianDuration: number } | null;
  /** B's share minus A's, percentage points (a path outside one side's top list counts as not listed, null). */
  shareDelta: number | null;
}

/** The commonest paths of either side, A's first; whether a path is "better" depends on the path, so no tone. */
export function compareVariants(a: JourneyMapView, b: JourneyMapView): VariantRow[] {
  return joinBy(a.variants.top, b.variants.top, (v) => v.key).map((row) => {
    const pick = (v: (typeof row)['a']) =>
      v ? { count: v.count, share: v.share, medianDuration: v.medianDuration } : null;
    return {
      key: row.key,
      activities: (row.a ?? row.b)!.activities,
      a: pick(row.a),
      b: pick(row.b),
      shareDelta: pointsDelta(row.a?.share ?? null, row.b?.share ?? null),
    };
  });
}

export interface Headline {
  journeysA: number;
  journeysB: number;
  /** Reached the last stage, as a share of the first: A, B and the difference in points. */
  endToEndA: number | null;
  endToEndB: number | null;
  endToEndDelta: number | null;
  tone: Tone;
}

/** The one line on top of a comparison: population sizes and end-to-end conversion. */
export function compareHeadline(a: JourneyMapView, b: JourneyMapView): Headline {
  const endToEnd = (m: JourneyMapView) => {
    const first = m.funnel[0]?.count ?? 0;
    const last = m.funnel[m.funnel.length - 1]?.count ?? 0;
    return first > 0 && m.funnel.length > 1 ? last / first : null;
  };
  const ea = endToEnd(a);
  const eb = endToEnd(b);
  const delta = pointsDelta(ea, eb);
  return {
    journeysA: a.journeys,
    journeysB: b.journeys,
    endToEndA: ea,
    endToEndB: eb,
    endToEndDelta: delta,
    tone: pointsTone(delta, true),
  };
}
