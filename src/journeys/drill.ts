/**
 * @module The journeys behind a number of a map: everyone on an activity, a transition, a funnel stage or its
 * drop-off, a path, or stalled. One scan with the map's own windowing, so the list always adds up to the number.
 */
import type { EventColumns } from './columns.ts';
import { compileDefinition, type Selection, windowBounds } from './compute-map.ts';
import type { MapDefinition, MapQuery } from './model.ts';

export type DrillCriterion =
  | { kind: 'all' }
  | { kind: 'activity'; activity: string }
  | { kind: 'edge'; from: string; to: string }
  /** Reached funnel stage k. */
  | { kind: 'stage'; stage: number }
  /** Reached stage k and got no further. */
  | { kind: 'dropoff'; stage: number }
  | { kind: 'variant'; activities: readonly string[] }
  | { kind: 'stalled'; activity?: string | undefined };

export interface JourneySummary {
  /** Index of the journey in the columns. */
  journey: number;
  firstAt: number;
  lastAt: number;
  lastActivity: string;
  events: number;
  stalled: boolean;
}

export function journeysBehind(
  columns: EventColumns,
  def: MapDefinition,
  query: MapQuery,
  criterion: DrillCriterion,
  selection: Selection = null,
): JourneySummary[] {
  const cd = compileDefinition(columns, def);
  const K = cd.names.length;
  const localOf = new Map(cd.names.map((n, i) => [n, i]));
  const want = (name: string | undefined) => (name === undefined ? -2 : (localOf.get(name) ?? -3));
  const target =
    criterion.kind === 'activity'
      ? want(criterion.activity)
      : criterion.kind === 'edge'
        ? want(criterion.from) * K + want(criterion.to)
        : criterion.kind === 'stalled'
          ? want(criterion.activity)
          : -1;
  const path = criterion.kind === 'variant' ? criterion.activities.map((a) => localOf.get(a) ?? -3) : [];
  const { act, at } = columns;
  const range = new Float64Array(2);
  const firstAt = new Float64Array(cd.stageCount);
  const total = selection ? selection.length : columns.journeyIds.length;
  const out: JourneySummary[] = [];
  for (let i = 0; i < total; i++) {
    const j = selection ? selection[i]! : i;
    if (!windowBounds(columns, cd, query, j, range)) continue;
    firstAt.fill(Number.NaN);
    let n = 0;
    let prev = -1;
    let firstT = 0;
    let lastT = 0;
    let hit = criterion.kind === 'all' || criterion.kind === 'stage' || criterion.kind === 'dropoff';
    let onPath = criterion.kind === 'variant';
    for (let e = range[0]!; e < range[1]!; e++) {
      const a = cd.local[act[e]!]!;
      if (a < 0) continue;
      const t = at[e]!;
      if (n === 0) firstT = t;
      if (onPath && path[n] !== a) onPath = false;
      n++;
      lastT = t;
      const s = cd.stageOf[a]!;
      if (s >= 0 && Number.isNaN(firstAt[s]!)) firstAt[s] = t;
      if (criterion.kind === 'activity' && a === target) hit = true;
      if (criterion.kind === 'edge' && prev >= 0 && prev * K + a === target) hit = true;
      prev = a;
    }
    if (n === 0) continue;
    const stall = cd.stallMs[prev]!;
    const stalled = stall >= 0 && query.asOf - lastT > stall;
    if (criterion.kind === 'variant') hit = onPath && n === path.length;
    if (criterion.kind === 'stalled') hit = stalled && (target === -2 || prev === target);
    if (criterion.kind === 'stage' || criterion.kind === 'dropoff') {
      let reached = 0;
      let previous = Number.NEGATIVE_INFINITY;
      while (reached < cd.stageCount && firstAt[reached]! > previous) previous = firstAt[reached++]!;
      hit = criterion.kind === 'stage' ? reached > criterion.stage : reached === criterion.stage + 1;
    }
    if (hit) {
      out.push({
        journey: j,
        firstAt: firstT,
        lastAt: lastT,
        lastActivity: cd.names[prev]!,
        events: n,
        stalled,
      });
    }
  }
  return out;
}
