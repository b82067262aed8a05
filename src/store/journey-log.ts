/**
 * @module SQL for the journey engine: the touchpoint log as journeys (without voided touchpoints and their
 * corrections), what was recorded since a cursor, one journey's events, and journeys' segments.
 */
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db, Store } from './database.ts';
import { candidates, clients, subjectChanges, touchpoints } from './schema/index.ts';

export type SubjectKind = 'candidate' | 'client';

/** Touchpoints that count: not a correction, and not voided by one. */
const counts = `t.voids_id is null and not exists (select 1 from touchpoints v where v.firm_id = t.firm_id and v.voids_id = t.id)`;

/** Milliseconds since the epoch, exact for the millisecond timestamps Waypoint records. */
const epochMs = `(extract(epoch from t.occurred_at) * 1000)::float8`;

export interface LogPage {
  /** Touchpoint ids (recording order). */
  ids: number[];
  subjects: string[];
  activities: string[];
  at: number[];
}

/**
 * One page of a firm's journey log for one subject type, in recording order after `afterId`. Rows come as arrays:
 * the log can hold millions of touchpoints.
 */
export async function journeyLogPage(
  store: Store,
  firmId: string,
  type: SubjectKind,
  afterId: number,
  limit: number,
): Promise<LogPage> {
  const subject = type === 'candidate' ? 't.candidate_id' : 't.client_id';
  const rows = await store.queryArrays(
    `select t.id, ${subject}, t.activity, ${epochMs} from touchpoints t
      where t.firm_id = $1 and t.subject_type = $2 and t.id > $3 and ${counts}
      order by t.id limit $4`,
    [firmId, type, afterId, limit],
  );
  const page: LogPage = { ids: [], subjects: [], activities: [], at: [] };
  for (const r of rows) {
    page.ids.push(Number(r[0]));
    page.subjects.push(r[1] as string);
    page.activities.push(r[2] as string);
    page.at.push(Number(r[3]));
  }
  return page;
}

export interface RecordedTouchpoint {
  id: number;
  firmId: string;
  type: SubjectKind;
  subjectId: string;
  activity: string;
  at: number;
  /** Set on a correction: the touchpoint it voids. */
  voidsId: number | null;
}

/** Touchpoints recorded after `afterId`, across firms, corrections included: what the live engine follows. */
export async function touchpointsAfter(
  store: Store,
  afterId: number,
  limit: number,
): Promise<RecordedTouchpoint[]> {
  const rows = await store.queryArrays(
    `select t.id, t.firm_id, t.subject_type, coalesce(t.candidate_id, t.client_id), t.activity, ${epochMs}, t.voids_id
       from touchpoints t where t.id > $1 order by t.id limit $2`,
    [afterId, limit],
  );
  return rows.map((r) => ({
    id: Number(r[0]),
    firmId: r[1] as string,
    type: r[2] as SubjectKind,
    subjectId: r[3] as string,
    activity: r[4] as string,
    at: Number(r[5]),
    voidsId: r[6] === null ? null : Number(r[6]),
  }));
}

/** The last touchpoint id recorded (0 for none). */
export async function lastTouchpointId(db: Db): Promise<number> {
  const [row] = await db
    .select({ id: sql<number>`coalesce(max(${touchpoints.id}), 0)`.mapWith(Number) })
    .from(touchpoints);
  return row!.id;
}

/** The subject a touchpoint belongs to (for a correction: whose journey to read again). */
export async function subjectOfTouchpoint(db: Db, firmId: string, id: number) {
  const [row] = await db
    .select({
      type: touchpoints.subjectType,
      candidateId: touchpoints.candidateId,
      clientId: touchpoints.clientId,
    })
    .from(touchpoints)
    .where(and(eq(touchpoints.firmId, firmId), eq(touchpoints.id, id)));
  if (!row) return null;
  return { type: row.type as SubjectKind, subjectId: (row.candidateId ?? row.clientId)! };
}

/** One journey's touchpoints that count, in order (time, then recording). */
export async function journeyEventsOf(store: Store, firmId: string, type: SubjectKind, subjectId: string) {
  const subject = type === 'candidate' ? 't.candidate_id' : 't.client_id';
  const rows = await store.queryArrays(
    `select t.activity, ${epochMs} from touchpoints t
      where t.firm_id = $1 and t.subject_type = $2 and ${subject} = $3 and ${counts}
      order by t.occurred_at, t.id`,
    [firmId, type, subjectId],
  );
  return rows.map((r) => ({ activity: r[0] as string, at: Number(r[1]) }));
}

export interface SubjectSegments {
  id: string;
  source: string | null;
  branch: string | null;
  owner: string | null;
  category: string | null;
}

/** Segments of a firm's candidates or clients: all of them, or the ones named. */
export async function segmentsOf(
  db: Db,
  firmId: string,
  type: SubjectKind,
  ids?: string[],
): Promise<SubjectSegments[]> {
  if (ids && ids.length === 0) return [];
  if (type === 'candidate') {
    return db
      .select({
        id: candidates.id,
        source: candidates.source,
        branch: candidates.branchId,
        owner: candidates.ownerId,
        category: candidates.jobCategory,
      })
      .from(candidates)
      .where(and(eq(candidates.firmId, firmId), ids ? inArray(candidates.id, ids) : undefined));
  }
  return db
    .select({
      id: clients.id,
      source: clients.source,
      branch: clients.branchId,
      owner: clients.ownerId,
      category: clients.industry,
    })
    .from(clients)
    .where(and(eq(clients.firmId, firmId), ids ? inArray(clients.id, ids) : undefined));
}

/** Subjects whose segment fields changed after `afterId` (from the triggers' log). */
export async function subjectChangesAfter(db: Db, afterId: number, limit: number) {
  return db
    .select({
      id: subjectChanges.id,
      firmId: subjectChanges.firmId,
      type: subjectChanges.subjectType,
      subjectId: subjectChanges.subjectId,
    })
    .from(subjectChanges)
    .where(gt(subjectChanges.id, afterId))
    .orderBy(asc(subjectChanges.id))
    .limit(limit);
}

export async function lastSubjectChangeId(db: Db): Promise<number> {
  const [row] = await db
    .select({ id: sql<number>`coalesce(max(${subjectChanges.id}), 0)`.mapWith(Number) })
    .from(subjectChanges);
  return row!.id;
}
