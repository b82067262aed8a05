/**
 * @module Journey maps through the API: a population (segments, window) → the engine's map, the people behind any
 * number of it, one person's path, the values to filter by, and the stalled journeys that need attention.
 */
import type { Page } from '../contract/common.ts';
import type {
  AttentionItem,
  AttentionPage,
  AttentionQueryInput,
  JourneyMapQueryInput,
  JourneyMapView,
  JourneyPath,
  JourneyPeopleQueryInput,
  JourneyPerson,
  JourneySegments,
} from '../contract/journeys.ts';
import { sourceLabels } from '../domain/candidate.ts';
import { DomainError } from '../domain/errors.ts';
import type { Actor } from '../domain/roles.ts';
import { type SubjectType, subjectTypes } from '../domain/touchpoint.ts';
import { computeMap } from '../journeys/compute-map.ts';
import { type DrillCriterion, type JourneySummary, journeysBehind } from '../journeys/drill.ts';
import type { JourneyMap, MapQuery } from '../journeys/model.ts';
import type { SegmentValues } from '../journeys/segments.ts';
import { listBranches } from '../store/firms.ts';
import { subjectsByIds } from '../store/journey-people.ts';
import { listUserViews } from '../store/users.ts';
import type { ServiceContext } from './context.ts';
import { presentDefinition } from './journey-definitions.ts';
import type { JourneyHost, JourneyState } from './journey-engine.ts';

const DAY_MS = 86_400_000;

function hostOf(ctx: ServiceContext): JourneyHost {
  if (!ctx.journeys) throw new DomainError('locked', 'The journey engine is not running in this process');
  return ctx.journeys;
}

/** Dates of a window are whole UTC days: [from, to). */
const dayStart = (date: string) => Date.parse(`${date}T00:00:00Z`);

interface Population {
  from?: string | undefined;
  to?: string | undefined;
  mode?: 'event' | 'cohort' | undefined;
  source?: string | undefined;
  branchId?: string | undefined;
  ownerId?: string | undefined;
  category?: string | undefined;
}

/** The journeys a population names (null: all), and the window and asOf its map is computed with. */
function populationOf(ctx: ServiceContext, state: JourneyState, p: Population, top: number) {
  const filters: SegmentValues = {};
  if (p.source !== undefined) filters.source = p.source;
  if (p.branchId !== undefined) filters.branch = p.branchId;
  if (p.ownerId !== undefined) filters.owner = p.ownerId;
  if (p.category !== undefined) filters.category = p.category;
  const selection = state.segments.select(filters, state.log.journeyCount);
  const now = ctx.clock.now().getTime();
  const query: MapQuery =
    p.from !== undefined && p.to !== undefined
      ? {
          window: { mode: p.mode ?? 'event', from: dayStart(p.from), to: dayStart(p.to) },
          // Event mode sees the log as it stood at the window's end; a cohort is followed up to now.
          asOf: (p.mode ?? 'event') === 'event' ? Math.min(dayStart(p.to), now) : now,
          topVariants: top,
        }
      : { window: { mode: 'all' }, asOf: now, topVariants: top };
  return { selection, query };
}

export async function journeyMap(
  ctx: ServiceContext,
  actor: Actor,
  type: SubjectType,
  q: JourneyMapQueryInput,
): Promise<JourneyMapView> {
  const state = await hostOf(ctx).state(actor.firmId, type);
  const started = performance.now();
  const { selection, query } = populationOf(ctx, state, q, q.top);
  const exact = q.exact === 'true';
  // The whole firm over all time is the live map, kept up to date; anything narrower is computed from the log.
  const map: JourneyMap =
    selection === null && query.window.mode === 'all' && !exact
      ? state.live.read(query.asOf, q.top)
      : computeMap(state.log.columns(), state.definition, query, {
          selection,
          scratch: state.scratch,
          percentiles: exact ? 'exact' : 'approximate',
        });
  const w = query.window;
  return {
    type,
    definition: (({ version, activities, stages }) => ({ version, activities, stages }))(
      presentDefinition({ definition: state.journeyDefinition, editedBy: null, editedAt: null }),
    ),
    window: {
      mode: w.mode,
      from: w.from === undefined ? null : new Date(w.from).toISOString(),
      to: w.to === undefined ? null : new Date(w.to).toISOString(),
      asOf: new Date(query.asOf).toISOString(),
    },
    approximate: !exact,
    journeys: map.journeys,
    events: map.events,
    activities: map.activities,
    funnel: map.funnel,
    variants: {
      distinct: map.variants.distinct,
      top: map.variants.top.map((v) => ({
        key: v.activities.join(','),
        activities: v.activities,
        count: v.count,
        share: map.journeys === 0 ? 0 : v.count / map.journeys,
        medianDuration: v.medianDuration,
      })),
    },
    edges: map.edges,
    dwell: map.dwell,
    stalled: map.stalled,
    computeMs: Math.round((performance.now() - started) * 100) / 100,
  };
}

function criterionOf(q: JourneyPeopleQueryInput): DrillCriterion {
  switch (q.kind) {
    case 'all':
      return { kind: 'all' };
    case 'activity':
      return { kind: 'activity', activity: q.activity! };
    case 'edge':
      return { kind: 'edge', from: q.activity!, to: q.to! };
    case 'stage':
      return { kind: 'stage', stage: q.stage! };
    case 'dropoff':
      return { kind: 'dropoff', stage: q.stage! };
    case 'variant':
      return { kind: 'variant', activities: q.variant!.split(',') };
    case 'stalled':
      return { kind: 'stalled', activity: q.activity };
  }
}

/** Names, owners and branches for a page of journeys, and the rows as the API shows them. */
async function presentPeople(
  ctx: ServiceContext,
  firmId: string,
  type: SubjectType,
  state: JourneyState,
  rows: JourneySummary[],
  asOf: number,
): Promise<JourneyPerson[]> {
  const ids = rows.map((r) => state.log.journeyIds[r.journey]!);
  const subjects = new Map((await subjectsByIds(ctx.store.db, firmId, type, ids)).map((s) => [s.id, s]));
  return rows.flatMap((r, i) => {
    const s = subjects.get(ids[i]!);
    // A journey whose record is gone (erased) has no one to show.
    if (!s) return [];
    return [
      {
        subject: { id: s.id, name: s.name },
        subtitle: s.subtitle,
        owner: s.ownerId && s.ownerName ? { id: s.ownerId, name: s.ownerName } : null,
        branch: s.branchId && s.branchName ? { id: s.branchId, name: s.branchName } : null,
        firstAt: new Date(r.firstAt).toISOString(),
        lastActivity: r.lastActivity,
        lastAt: new Date(r.lastAt).toISOString(),
        waitingDays: Math.floor((asOf - r.lastAt) / DAY_MS),
        stalled: r.stalled,
        touchpoints: r.events,
      },
    ];
  });
}

/** The people behind one number of a map, longest waiting first for stalls, most recent first otherwise. */
export async function journeyPeople(
  ctx: ServiceContext,
  actor: Actor,
  type: SubjectType,
  q: JourneyPeopleQueryInput,
): Promise<Page<JourneyPerson>> {
  const state = await hostOf(ctx).state(actor.firmId, type);
  const { selection, query } = populationOf(ctx, state, q, 0);
  const rows = journeysBehind(state.log.columns(), state.definition, query, criterionOf(q), selection);
  rows.sort(
    (a, b) => (q.kind === 'stalled' ? a.lastAt - b.lastAt : b.lastAt - a.lastAt) || a.journey - b.journey,
  );
  const pageRows = rows.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
  return {
    items: await presentPeople(ctx, actor.firmId, type, state, pageRows, query.asOf),
    total: rows.length,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** One candidate's or client's path through the firm's journey definition. */
export async function journeyPath(
  ctx: ServiceContext,
  actor: Actor,
  type: SubjectType,
  subjectId: string,
): Promise<JourneyPath> {
  const [subject] = await subjectsByIds(ctx.store.db, actor.firmId, type, [subjectId]);
  if (!subject)
    throw new DomainError('not_found', `${type === 'candidate' ? 'Candidate' : 'Client'} not found`);
  const state = await hostOf(ctx).state(actor.firmId, type);
  const j = state.log.indexOf(subjectId);
  const included = new Set(state.definition.activities);
  const steps = j < 0 ? [] : state.log.eventsOf(j).filter((e) => included.has(e.activity));
  const last = steps.at(-1);
  const days = last ? state.definition.stallDays[last.activity] : undefined;
  const stalled =
    !!last &&
    days !== undefined &&
    !state.definition.terminal.includes(last.activity) &&
    ctx.clock.now().getTime() - last.at > days * DAY_MS;
  return {
    subject: { id: subject.id, name: subject.name },
    steps: steps.map((e) => ({ activity: e.activity, at: new Date(e.at).toISOString() })),
    stalled,
  };
}

const humanize = (code: string) => code.charAt(0).toUpperCase() + code.slice(1).replaceAll('_', ' ');

export async function journeySegments(
  ctx: ServiceContext,
  actor: Actor,
  type: SubjectType,
): Promise<JourneySegments> {
  const state = await hostOf(ctx).state(actor.firmId, type);
  const present = (dim: 'source' | 'category') =>
    [...new Set(Array.from({ length: state.log.journeyCount }, (_, j) => state.segments.valueOf(j, dim)))]
      .filter((v): v is string => v !== null)
      .sort();
  const branches = await listBranches(ctx.store.db, actor.firmId);
  const users = await listUserViews(ctx.store.db, actor.firmId, {});
  return {
    sources: present('source').map((value) => ({
      value,
      label: sourceLabels[value as keyof typeof sourceLabels] ?? humanize(value),
    })),
    branches: branches.map((b) => ({ id: b.id, name: b.name })),
    owners: users.map((u) => ({ id: u.id, name: u.name })),
    categories: present('category').map((value) => ({ value, label: humanize(value) })),
  };
}

/** Stalled journeys of the firm, for me, my branch or everyone, longest waiting first. */
export async function attention(
  ctx: ServiceContext,
  actor: Actor,
  q: AttentionQueryInput,
): Promise<AttentionPage> {
  const host = hostOf(ctx);
  const now = ctx.clock.now().getTime();
  const filters: SegmentValues = {};
  if (q.scope === 'mine') filters.owner = q.ownerId ?? actor.userId;
  if (q.scope === 'branch') filters.branch = q.branchId ?? actor.branchId;
  if (q.scope === 'firm' && q.ownerId) filters.owner = q.ownerId;
  if (q.scope === 'firm' && q.branchId) filters.branch = q.branchId;
  const types = q.type ? [q.type] : [...subjectTypes];
  const found: { type: SubjectType; state: JourneyState; row: JourneySummary }[] = [];
  for (const type of types) {
    const state = await host.state(actor.firmId, type);
    const selection = state.segments.select(filters, state.log.journeyCount);
    const query: MapQuery = { window: { mode: 'all' }, asOf: now, topVariants: 0 };
    for (const row of journeysBehind(
      state.log.columns(),
      state.definition,
      query,
      { kind: 'stalled' },
      selection,
    )) {
      found.push({ type, state, row });
    }
  }
  found.sort((a, b) => a.row.lastAt - b.row.lastAt);
  const count = <K>(keyOf: (f: (typeof found)[number]) => K) => {
    const m = new Map<K, number>();
    for (const f of found) m.set(keyOf(f), (m.get(keyOf(f)) ?? 0) + 1);
    return m;
  };
  const owners = count((f) => f.state.segments.valueOf(f.row.journey, 'owner'));
  const branchCounts = count((f) => f.state.segments.valueOf(f.row.journey, 'branch'));
  const users = new Map((await listUserViews(ctx.store.db, actor.firmId, {})).map((u) => [u.id, u.name]));
  const branchNames = new Map((await listBranches(ctx.store.db, actor.firmId)).map((b) => [b.id, b.name]));
  const pageRows = found.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
  const items: AttentionItem[] = [];
  for (const type of types) {
    const rows = pageRows.filter((f) => f.type === type);
    if (rows.length === 0) continue;
    const people = await presentPeople(
      ctx,
      actor.firmId,
      type,
      rows[0]!.state,
      rows.map((f) => f.row),
      now,
    );
    // People, not rows: a journey whose record was erased has no person, so the two lists need not line up.
    const state = rows[0]!.state;
    for (const person of people) {
      const activity = person.lastActivity;
      const label =
        state.journeyDefinition.activities.find((a) => a.key === activity)?.label ?? humanize(activity);
      items.push({
        type,
        subject: person.subject,
        subtitle: person.subtitle,
        owner: person.owner,
        branch: person.branch,
        lastActivity: activity,
        lastActivityLabel: label,
        lastAt: person.lastAt,
        waitingDays: person.waitingDays,
        thresholdDays: state.definition.stallDays[activity] ?? 0,
      });
    }
  }
  items.sort((a, b) => b.waitingDays - a.waitingDays || a.subject.name.localeCompare(b.subject.name));
  const ref = (id: string | null, names: Map<string, string>) =>
    id && names.has(id) ? { id, name: names.get(id)! } : null;
  return {
    items,
    total: found.length,
    page: q.page,
    pageSize: q.pageSize,
    byOwner: [...owners]
      .map(([id, c]) => ({ owner: ref(id, users), count: c }))
      .sort((a, b) => b.count - a.count),
    byBranch: [...branchCounts]
      .map(([id, c]) => ({ branch: ref(id, branchNames), count: c }))
      .sort((a, b) => b.count - a.count),
  };
}
