/**
 * @module SQL for exporting the touchpoint log as an event log: the touchpoints that count (neither voided nor a
 * correction), each with its case's name and segments and its actor's name, in case order (then time, then
 * recording order), read a page at a time by keyset so a log of millions streams in constant memory.
 */
import type { Store } from './database.ts';
import type { SubjectKind } from './journey-log.ts';

/** Where the previous page ended: the last row's case, its timestamp exactly as stored, and its id. */
export interface EventCursor {
  caseId: string;
  /** `occurred_at` as PostgreSQL printed it (text round-trips exactly, microseconds and all). */
  occurredAt: string;
  id: number;
}

export interface EventWindow {
  /** Inclusive start, ISO timestamp; null: from the beginning. */
  from: string | null;
  /** Exclusive end, ISO timestamp; null: to now. */
  to: string | null;
}

export interface ExportedTouchpoint {
  id: number;
  caseId: string;
  caseName: string;
  activity: string;
  /** Epoch milliseconds. */
  at: number;
  channel: string;
  direction: string | null;
  actorType: string;
  /** The staff member who acted (actor_type user). */
  actorName: string | null;
  /** The client contact the touchpoint was with, if any. */
  contactName: string | null;
  source: string | null;
  branch: string | null;
  owner: string | null;
  category: string | null;
  summary: string | null;
}

/** Touchpoints that count: not a correction, and not voided by one (as the journey engine reads the log). */
const counts = `t.voids_id is null and not exists (select 1 from touchpoints v where v.firm_id = t.firm_id and v.voids_id = t.id)`;

// The only difference between the two subject types is which table holds the case: fixed text, never input.
const caseSql = {
  candidate: {
    column: 't.candidate_id',
    name: `s.first_name || ' ' || s.last_name`,
    join: 'join candidates s on s.firm_id = t.firm_id and s.id = t.candidate_id',
    category: 's.job_category',
  },
  client: {
    column: 't.client_id',
    name: 's.name',
    join: 'join clients s on s.firm_id = t.firm_id and s.id = t.client_id',
    category: 's.industry',
  },
} as const;

const pageSql = (type: SubjectKind) => {
  const c = caseSql[type];
  return `select t.id, ${c.column}, ${c.name}, t.activity, (extract(epoch from t.occurred_at) * 1000)::float8,
      t.occurred_at::text, t.channel, t.direction, t.actor_type, u.name,
      nullif(concat_ws(' ', ct.first_name, ct.last_name), ''),
      s.source, b.name, o.name, ${c.category}, t.summary
    from touchpoints t
    ${c.join}
    left join users u on u.firm_id = t.firm_id and u.id = t.actor_user_id
    left join contacts ct on ct.firm_id = t.firm_id and ct.id = t.contact_id
    left join branches b on b.firm_id = s.firm_id and b.id = s.branch_id
    left join users o on o.firm_id = s.firm_id and o.id = s.owner_id
    where t.firm_id = $1 and t.subject_type = $2 and ${counts}
      and t.occurred_at >= $3::timestamptz and t.occurred_at < $4::timestamptz
      and (${c.column}, t.occurred_at, t.id) > ($5::uuid, $6::timestamptz, $7::bigint)
    order by ${c.column}, t.occurred_at, t.id
    limit $8`;
};

/** Before every real row: the nil uuid sorts first, and no touchpoint is at -infinity. */
const START: EventCursor = { caseId: '00000000-0000-0000-0000-000000000000', occurredAt: '-infinity', id: 0 };

/** One page of a firm's exportable touchpoints of one subject type after `after` (null: from the first). */
export async function eventLogPage(
  store: Store,
  firmId: string,
  type: SubjectKind,
  window: EventWindow,
  after: EventCursor | null,
  limit: number,
): Promise<{ rows: ExportedTouchpoint[]; next: EventCursor | null }> {
  const from = after ?? START;
  const raw = await store.queryArrays(pageSql(type), [
    firmId,
    type,
    window.from ?? '-infinity',
    window.to ?? 'infinity',
    from.caseId,
    from.occurredAt,
    from.id,
    limit,
  ]);
  const rows = raw.map((r) => ({
    id: Number(r[0]),
    caseId: r[1] as string,
    caseName: r[2] as string,
    activity: r[3] as string,
    at: Number(r[4]),
    channel: r[6] as string,
    direction: r[7] as string | null,
    actorType: r[8] as string,
    actorName: r[9] as string | null,
    contactName: r[10] as string | null,
    source: r[11] as string | null,
    branch: r[12] as string | null,
    owner: r[13] as string | null,
    category: r[14] as string | null,
    summary: r[15] as string | null,
  }));
  const last = raw.at(-1);
  return {
    rows,
    next:
      raw.length < limit || !last
        ? null
        : { caseId: last[1] as string, occurredAt: last[5] as string, id: Number(last[0]) },
  };
}
