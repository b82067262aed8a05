/**
 * @module The journey model (see ../shared/journeys.md): what a population of journeys is and what a journey map
 * holds. Plain data, shared by the reference implementation, the columnar engine and the SQL computation.
 */

/** One touchpoint as the engine sees it: whose journey, which activity, when (epoch ms), in recording order. */
export interface JourneyEvent {
  journey: string;
  activity: string;
  at: number;
  /** Recording order: breaks ties on `at`. */
  seq: number;
}

/** What a map needs to know of a journey definition. */
export interface MapDefinition {
  /** Activities in the journey; touchpoints of other activities are left out. */
  activities: readonly string[];
  /** The funnel's stages, in order (a subset of `activities`). */
  stages: readonly string[];
  /** Days after which a journey whose last activity is this one is stalled; absent: never. */
  stallDays: Readonly<Record<string, number>>;
  /** Activities that end a journey: never stalled. */
  terminal: readonly string[];
}

export type WindowMode = 'all' | 'event' | 'cohort';

export interface MapWindow {
  mode: WindowMode;
  /** Inclusive start (epoch ms); event and cohort modes. */
  from?: number;
  /** Exclusive end (epoch ms); event and cohort modes. */
  to?: number;
}

export interface MapQuery {
  window: MapWindow;
  /** The moment stalls are measured at: `to` in event mode, otherwise now. */
  asOf: number;
  /** How many variants to list. */
  topVariants: number;
}

export interface Percentiles {
  /** Number of durations measured. */
  count: number;
  /** Median, seconds (percentile_cont 0.5). */
  median: number;
  /** 90th percentile, seconds (percentile_cont 0.9). */
  p90: number;
}

export interface FunnelStage {
  activity: string;
  count: number;
  /** count / previous stage's count; null for the first stage or after an empty stage. */
  conversion: number | null;
}

export interface VariantRow {
  activities: string[];
  count: number;
  /** Median of the journeys' durations (first to last touchpoint), seconds. */
  medianDuration: number;
}

export interface EdgeRow extends Percentiles {
  from: string;
  to: string;
}

export interface DwellRow extends Percentiles {
  activity: string;
}

export interface ActivityRow {
  activity: string;
  /** Touchpoints of this activity. */
  events: number;
  /** Journeys with at least one. */
  journeys: number;
}

export interface StalledSummary {
  count: number;
  byActivity: { activity: string; count: number }[];
}

export interface JourneyMap {
  journeys: number;
  events: number;
  activities: ActivityRow[];
  funnel: FunnelStage[];
  variants: { distinct: number; top: VariantRow[] };
  edges: EdgeRow[];
  dwell: DwellRow[];
  stalled: StalledSummary;
}

/** The text a variant is ordered by on ties: its activities joined by commas (activity keys have none). */
export const variantText = (activities: readonly string[]) => activities.join(',');

/** Exact percentile by linear interpolation between closest ranks, as PostgreSQL's percentile_cont. */
export function percentileCont(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const row = p * (n - 1);
  const lo = Math.floor(row);
  const hi = Math.ceil(row);
  const a = sorted[lo]!;
  if (lo === hi) return a;
  const b = sorted[hi]!;
  return a + (row - lo) * (b - a);
}
