/**
 * @module The journey map computed the obvious way, straight from the definitions in ../shared/journeys.md: plain
 * objects, sorting, nothing clever. It is the yardstick the fast engine and the SQL computation are tested against.
 */
import {
  type ActivityRow,
  type DwellRow,
  type EdgeRow,
  type FunnelStage,
  type JourneyEvent,
  type JourneyMap,
  type MapDefinition,
  type MapQuery,
  percentileCont,
  type VariantRow,
  variantText,
} from './model.ts';

const percentiles = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { count: sorted.length, median: percentileCont(sorted, 0.5), p90: percentileCont(sorted, 0.9) };
};

/** Journeys of the population: each journey's events in time order (ties by recording order), window applied. */
export function referenceJourneys(
  events: JourneyEvent[],
  def: MapDefinition,
  query: MapQuery,
): Map<string, JourneyEvent[]> {
  const included = new Set(def.activities);
  const byJourney = new Map<string, JourneyEvent[]>();
  for (const e of events) {
    if (!included.has(e.activity)) continue;
    const list = byJourney.get(e.journey) ?? [];
    list.push(e);
    byJourney.set(e.journey, list);
  }
  const { window } = query;
  const result = new Map<string, JourneyEvent[]>();
  for (const [journey, list] of byJourney) {
    list.sort((a, b) => a.at - b.at || a.seq - b.seq);
    let kept = list;
    if (window.mode === 'event') kept = list.filter((e) => e.at >= window.from! && e.at < window.to!);
    if (window.mode === 'cohort') {
      const start = list[0]!.at;
      if (start < window.from! || start >= window.to!) kept = [];
    }
    if (kept.length > 0) result.set(journey, kept);
  }
  return result;
}

/** The stages a journey reaches: stage k when the first occurrences of stages 0..k are strictly increasing in time. */
export function reachedStages(journey: JourneyEvent[], stages: readonly string[]): number {
  let previous = Number.NEGATIVE_INFINITY;
  let reached = 0;
  for (const stage of stages) {
    const first = journey.find((e) => e.activity === stage);
    if (!first || first.at <= previous) break;
    previous = first.at;
    reached++;
  }
  return reached;
}

export function isStalled(journey: JourneyEvent[], def: MapDefinition, asOf: number): boolean {
  const last = journey[journey.length - 1]!;
  const days = def.stallDays[last.activity];
  if (days === undefined || def.terminal.includes(last.activity)) return false;
  return asOf - last.at > days * 86_400_000;
}

export function referenceMap(events: JourneyEvent[], def: MapDefinition, query: MapQuery): JourneyMap {
  const journeys = referenceJourneys(events, def, query);
  const activityEvents = new Map<string, number>();
  const activityJourneys = new Map<string, number>();
  const stageCounts = def.stages.map(() => 0);
  const variants = new Map<string, { activities: string[]; durations: number[] }>();
  const edges = new Map<string, { from: string; to: string; durations: number[] }>();
  const dwell = new Map<string, number[]>();
  const stalledBy = new Map<string, number>();
  let eventCount = 0;
  let stalled = 0;

  for (const journey of journeys.values()) {
    eventCount += journey.length;
    for (const e of journey) activityEvents.set(e.activity, (activityEvents.get(e.activity) ?? 0) + 1);
    for (const a of new Set(journey.map((e) => e.activity)))
      activityJourneys.set(a, (activityJourneys.get(a) ?? 0) + 1);
    const reached = reachedStages(journey, def.stages);
    for (let k = 0; k < reached; k++) stageCounts[k]!++;
    const sequence = journey.map((e) => e.activity);
    const key = variantText(sequence);
    const variant = variants.get(key) ?? { activities: sequence, durations: [] };
    variant.durations.push((journey[journey.length - 1]!.at - journey[0]!.at) / 1000);
    variants.set(key, variant);
    for (let i = 0; i + 1 < journey.length; i++) {
      const a = journey[i]!;
      const b = journey[i + 1]!;
      const seconds = (b.at - a.at) / 1000;
      const edgeKey = `${a.activity}\u0000${b.activity}`;
      const edge = edges.get(edgeKey) ?? { from: a.activity, to: b.activity, durations: [] };
      edge.durations.push(seconds);
      edges.set(edgeKey, edge);
      dwell.set(a.activity, [...(dwell.get(a.activity) ?? []), seconds]);
    }
    if (isStalled(journey, def, query.asOf)) {
      stalled++;
      const last = journey[journey.length - 1]!.activity;
      stalledBy.set(last, (stalledBy.get(last) ?? 0) + 1);
    }
  }

  const funnel: FunnelStage[] = def.stages.map((activity, k) => ({
    activity,
    count: stageCounts[k]!,
    conversion: k === 0 || stageCounts[k - 1] === 0 ? null : stageCounts[k]! / stageCounts[k - 1]!,
  }));
  const variantRows: VariantRow[] = [...variants.entries()]
    .sort(([ta, a], [tb, b]) => b.durations.length - a.durations.length || (ta < tb ? -1 : ta > tb ? 1 : 0))
    .slice(0, query.topVariants)
    .map(([, v]) => ({
      activities: v.activities,
      count: v.durations.length,
      medianDuration: percentiles(v.durations).median,
    }));
  const edgeRows: EdgeRow[] = [...edges.values()]
    .map((e) => ({ from: e.from, to: e.to, ...percentiles(e.durations) }))
    .sort(byKey((e) => `${e.from}\u0000${e.to}`));
  const dwellRows: DwellRow[] = [...dwell.entries()]
    .map(([activity, d]) => ({ activity, ...percentiles(d) }))
    .sort(byKey((d) => d.activity));
  const activityRows: ActivityRow[] = [...activityEvents.entries()]
    .map(([activity, n]) => ({ activity, events: n, journeys: activityJourneys.get(activity)! }))
    .sort(byKey((a) => a.activity));
  return {
    journeys: journeys.size,
    events: eventCount,
    activities: activityRows,
    funnel,
    variants: { distinct: variants.size, top: variantRows },
    edges: edgeRows,
    dwell: dwellRows,
    stalled: {
      count: stalled,
      byActivity: [...stalledBy.entries()]
        .map(([activity, count]) => ({ activity, count }))
        .sort(byKey((s) => s.activity)),
    },
  };
}

/** Byte-order comparison on a key, so every implementation lists rows in one order. */
export const byKey =
  <T>(key: (row: T) => string) =>
  (a: T, b: T) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
