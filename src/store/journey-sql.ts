/**
 * @module The journey map computed in SQL on the store, by the definitions in ../shared/journeys.md: the
 * independent computation the engine is tested against, and the baseline the benchmark compares it with. Slow by
 * design (window functions over the whole log); never on a request path.
 */
import { type SQL, sql } from 'drizzle-orm';
import type {
  ActivityRow,
  DwellRow,
  EdgeRow,
  FunnelStage,
  JourneyMap,
  MapDefinition,
  MapQuery,
  VariantRow,
} from '../journeys/model.ts';
import type { Db } from './database.ts';
import type { SubjectKind } from './journey-log.ts';

export interface SqlPopulation {
  source?: string | undefined;
  branchId?: string | undefined;
  ownerId?: string | undefined;
  category?: string | undefined;
}

const num = (v: unknown) => (v === null || v === undefined ? Number.NaN : Number(v));

/** The journeys' events after definition, filters and window: a CTE every part of the map reads. */
function eventsCte(
  firmId: string,
  type: SubjectKind,
  def: MapDefinition,
  query: MapQuery,
  population: SqlPopulation,
): SQL {
  const subject = type === 'candidate' ? sql`t.candidate_id` : sql`t.client_id`;
  const table = type === 'candidate' ? sql`candidates` : sql`clients`;
  const categoryColumn = type === 'candidate' ? sql`s.job_category` : sql`s.industry`;
  const filters: SQL[] = [];
  if (population.source !== undefined) filters.push(sql`and s.source = ${population.source}`);
  if (population.branchId !== undefined) filters.push(sql`and s.branch_id = ${population.branchId}`);
  if (population.ownerId !== undefined) filters.push(sql`and s.owner_id = ${population.ownerId}`);
  if (population.category !== undefined) filters.push(sql`and ${categoryColumn} = ${population.category}`);
  const w = query.window;
  const from = w.from === undefined ? null : new Date(w.from).toISOString();
  const to = w.to === undefined ? null : new Date(w.to).toISOString();
  const windowed =
    w.mode === 'event'
      ? sql`select * from ev where at >= ${from}::timestamptz and at < ${to}::timestamptz`
      : w.mode === 'cohort'
        ? sql`select * from ev where j in (select j from ev group by j
            having min(at) >= ${from}::timestamptz and min(at) < ${to}::timestamptz)`
        : sql`select * from ev`;
  return sql`with ev as (
      select ${subject} as j, t.activity as a, t.occurred_at as at, t.id as seq
        from touchpoints t join ${table} s on s.firm_id = t.firm_id and s.id = ${subject}
       where t.firm_id = ${firmId} and t.subject_type = ${type}
         and t.activity = any(${sql.param([...def.activities])}::text[])
         and t.voids_id is null
         and not exists (select 1 from touchpoints v where v.firm_id = t.firm_id and v.voids_id = t.id)
         ${sql.join(filters, sql` `)}
    ),
    w as (${windowed}),
    o as (
      select j, a, at, seq,
             row_number() over (partition by j order by at, seq) as rn,
             count(*) over (partition by j) as n,
             lead(a) over (partition by j order by at, seq) as na,
             lead(at) over (partition by j order by at, seq) as nat
        from w
    )`;
}

/** Seconds between two timestamps, as the engine computes them from milliseconds. */
const seconds = (later: SQL, earlier: SQL) =>
  sql`(extract(epoch from ${later}) - extract(epoch from ${earlier}))::float8`;

export async function journeyMapInSql(
  db: Db,
  firmId: string,
  type: SubjectKind,
  def: MapDefinition,
  query: MapQuery,
  population: SqlPopulation = {},
): Promise<JourneyMap> {
  const cte = eventsCte(firmId, type, def, query, population);
  const rows = async (body: SQL) =>
    ((await db.execute(sql`${cte} ${body}`)) as unknown as { rows: Record<string, unknown>[] }).rows;

  const [totals] = await rows(sql`select count(distinct j) as journeys, count(*) as events from o`);
  const activities: ActivityRow[] = (
    await rows(
      sql`select a, count(*) as events, count(distinct j) as journeys from o group by a order by a collate "C"`,
    )
  ).map((r) => ({ activity: r.a as string, events: num(r.events), journeys: num(r.journeys) }));

  const edges: EdgeRow[] = (
    await rows(sql`select a, na, count(*) as n,
        percentile_cont(0.5) within group (order by ${seconds(sql`nat`, sql`at`)}) as median,
        percentile_cont(0.9) within group (order by ${seconds(sql`nat`, sql`at`)}) as p90
      from o where na is not null group by a, na order by a collate "C", na collate "C"`)
  ).map((r) => ({
    from: r.a as string,
    to: r.na as string,
    count: num(r.n),
    median: num(r.median),
    p90: num(r.p90),
  }));

  const dwell: DwellRow[] = (
    await rows(sql`select a, count(*) as n,
        percentile_cont(0.5) within group (order by ${seconds(sql`nat`, sql`at`)}) as median,
        percentile_cont(0.9) within group (order by ${seconds(sql`nat`, sql`at`)}) as p90
      from o where na is not null group by a order by a collate "C"`)
  ).map((r) => ({ activity: r.a as string, count: num(r.n), median: num(r.median), p90: num(r.p90) }));

  const variantRows = await rows(sql`, v as (
        select string_agg(a, ',' order by rn) as v, ${seconds(sql`max(at)`, sql`min(at)`)} as d from o group by j
      )
      select v, count(*) as n, percentile_cont(0.5) within group (order by d) as median
        from v group by v order by count(*) desc, v collate "C" limit ${query.topVariants}`);
  const [{ distinct } = { distinct: 0 }] = await rows(
    sql`select count(distinct v) as distinct from (select string_agg(a, ',' order by rn) as v from o group by j) x`,
  ).then((r) => r.map((x) => ({ distinct: num(x.distinct) })));
  const top: VariantRow[] = variantRows.map((r) => ({
    activities: (r.v as string).split(','),
    count: num(r.n),
    medianDuration: num(r.median),
  }));

  const stageRows = def.stages.length
    ? await rows(sql`, f as (
          select o.j, s.k, min(o.at) as m from o
            join unnest(${sql.param([...def.stages])}::text[]) with ordinality as s(name, k) on o.a = s.name
           group by o.j, s.k
        ),
        g as (
          select j, k, m, row_number() over (partition by j order by k) as rk,
                 lag(m) over (partition by j order by k) as pm from f
        ),
        h as (
          select j, k, bool_and(k = rk and (pm is null or m > pm)) over (partition by j order by k) as ok from g
        )
        select k, count(*) as n from h where ok group by k order by k`)
    : [];
  const reached = new Map(stageRows.map((r) => [num(r.k), num(r.n)]));
  const funnel: FunnelStage[] = def.stages.map((activity, i) => {
    const count = reached.get(i + 1) ?? 0;
    const before = i === 0 ? null : (reached.get(i) ?? 0);
    return { activity, count, conversion: before === null || before === 0 ? null : count / before };
  });

  const stall = Object.entries(def.stallDays).filter(([a]) => !def.terminal.includes(a));
  const stalledRows = stall.length
    ? await rows(sql`select o.a, count(*) as n from o
          join unnest(${sql.param(stall.map(([a]) => a))}::text[], ${sql.param(stall.map(([, d]) => d * 86_400_000))}::numeric[])
               as s(name, ms) on o.a = s.name
         where o.rn = o.n and (${query.asOf}::numeric - extract(epoch from o.at) * 1000) > s.ms
         group by o.a order by o.a collate "C"`)
    : [];
  const byActivity = stalledRows.map((r) => ({ activity: r.a as string, count: num(r.n) }));

  return {
    journeys: num(totals?.journeys),
    events: num(totals?.events),
    activities,
    funnel,
    variants: { distinct, top },
    edges,
    dwell,
    stalled: { count: byActivity.reduce((s, r) => s + r.count, 0), byActivity },
  };
}
