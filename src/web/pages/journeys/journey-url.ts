/**
 * @module A journey map's state in the URL, so a map can be shared, reloaded and gone back to: the population of
 * segment A (plain keys), of segment B when comparing (`b.` keys), and which number is drilled into. Each value is
 * checked with the contract's own field schema; a value it refuses is dropped, and a date window needs both ends.
 */
import { type JourneyPeopleQuery, populationQuery } from '../../../contract/index.ts';

export type SubjectType = 'candidate' | 'client';

export interface Population {
  source?: string;
  branchId?: string;
  ownerId?: string;
  category?: string;
  from?: string;
  to?: string;
  mode?: 'event' | 'cohort';
}

const keys = ['source', 'branchId', 'ownerId', 'category', 'from', 'to', 'mode'] as const;
type Key = (typeof keys)[number];

export const SEGMENT_B_PREFIX = 'b.';

/** The population a URL names (`prefix` picks segment B's keys). */
export function readPopulation(params: URLSearchParams, prefix = ''): Population {
  const population: Population = {};
  for (const key of keys) {
    const raw = params.get(`${prefix}${key}`);
    if (raw === null || raw === '') continue;
    const parsed = populationQuery[key].safeParse(raw);
    if (parsed.success && parsed.data !== undefined) (population as Record<Key, string>)[key] = parsed.data;
  }
  return population;
}

/** Whether a window is set in full (both dates, from before to). */
export const hasWindow = (p: Population) => p.from !== undefined && p.to !== undefined && p.from < p.to;

/** What to send: the window only when complete, the mode only with a window (it means nothing without one). */
export function populationQueryOf(p: Population): Population {
  const { from, to, mode, ...segments } = p;
  if (!hasWindow(p)) return segments;
  return { ...segments, from, to, mode: mode ?? 'event' };
}

/** URL changes that set a population (undefined removes a key). */
export function populationPatch(p: Population, prefix = ''): Record<string, string | undefined> {
  const patch: Record<string, string | undefined> = {};
  for (const key of keys) patch[`${prefix}${key}`] = p[key];
  return patch;
}

/** What one number of a map stands for, to list the journeys behind it. */
export type Drill =
  | { kind: 'all' }
  | { kind: 'activity'; activity: string }
  | { kind: 'edge'; activity: string; to: string }
  | { kind: 'stage'; stage: number }
  | { kind: 'dropoff'; stage: number }
  | { kind: 'variant'; variant: string }
  | { kind: 'stalled'; activity?: string };

export interface DrillState {
  drill: Drill;
  segment: 'a' | 'b';
  page: number;
}

const stageNumber = (raw: string | null) => {
  const n = Number(raw);
  return raw !== null && Number.isInteger(n) && n >= 0 && n <= 19 ? n : null;
};

/** The drill-down a URL names, or null when none is open (or it is incomplete). */
export function readDrill(params: URLSearchParams): DrillState | null {
  const kind = params.get('drill');
  const activity = params.get('drillActivity') ?? undefined;
  const to = params.get('drillTo') ?? undefined;
  const stage = stageNumber(params.get('drillStage'));
  const variant = params.get('drillVariant') ?? undefined;
  let drill: Drill | null = null;
  if (kind === 'all') drill = { kind };
  if (kind === 'activity' && activity) drill = { kind, activity };
  if (kind === 'edge' && activity && to) drill = { kind, activity, to };
  if ((kind === 'stage' || kind === 'dropoff') && stage !== null) drill = { kind, stage };
  if (kind === 'variant' && variant) drill = { kind, variant };
  if (kind === 'stalled') drill = activity ? { kind, activity } : { kind };
  if (!drill) return null;
  const page = Number(params.get('drillPage'));
  return {
    drill,
    segment: params.get('drillSegment') === 'b' ? 'b' : 'a',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** URL changes that open a drill-down (or close it, with null). */
export function drillPatch(state: DrillState | null): Record<string, string | undefined> {
  const d = state?.drill;
  return {
    drill: d?.kind,
    drillActivity: d && 'activity' in d ? d.activity : undefined,
    drillTo: d?.kind === 'edge' ? d.to : undefined,
    drillStage: d?.kind === 'stage' || d?.kind === 'dropoff' ? String(d.stage) : undefined,
    drillVariant: d?.kind === 'variant' ? d.variant : undefined,
    drillSegment: state?.segment === 'b' ? 'b' : undefined,
    drillPage: state && state.page > 1 ? String(state.page) : undefined,
  };
}

/** The `journeyPeople` query for a drill-down over a population. */
export function peopleQueryOf(p: Population, state: DrillState, pageSize: number): JourneyPeopleQuery {
  const d = state.drill;
  return {
    ...populationQueryOf(p),
    kind: d.kind,
    activity: 'activity' in d ? d.activity : undefined,
    to: d.kind === 'edge' ? d.to : undefined,
    stage: d.kind === 'stage' || d.kind === 'dropoff' ? d.stage : undefined,
    variant: d.kind === 'variant' ? d.variant : undefined,
    page: state.page,
    pageSize,
  };
}

/** A heading for the people behind a number: "Registered → Screened", "Stalled at Submitted". */
export function drillTitle(drill: Drill, label: (key: string) => string, stages: readonly string[]): string {
  const stage = (k: number) => label(stages[k] ?? `stage ${k + 1}`);
  switch (drill.kind) {
    case 'all':
      return 'Every journey';
    case 'activity':
      return `At ${label(drill.activity)}`;
    case 'edge':
      return `${label(drill.activity)} → ${label(drill.to)}`;
    case 'stage':
      return `Reached ${stage(drill.stage)}`;
    case 'dropoff':
      return `Reached ${stage(drill.stage)}, not ${stage(drill.stage + 1)}`;
    case 'variant':
      return `Path: ${drill.variant.split(',').map(label).join(' → ')}`;
    case 'stalled':
      return drill.activity ? `Stalled at ${label(drill.activity)}` : 'Stalled journeys';
  }
}

/** The page of a person whose journey it is. */
export const personPath = (type: SubjectType, id: string) =>
  type === 'candidate' ? `/candidates/${id}` : `/clients/${id}`;

/** The route segment of a journey type (`/journeys/candidates`) and back. */
export const typeFromSegment = (segment: string | undefined): SubjectType | null =>
  segment === 'candidates' ? 'candidate' : segment === 'clients' ? 'client' : null;
export const segmentOf = (type: SubjectType) => (type === 'candidate' ? 'candidates' : 'clients');
