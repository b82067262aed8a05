/**
 * @module Writing many journeys at once (the benchmark's synthetic firms; an import from another system): candidates
 * and their touchpoints in batches, each batch one INSERT over arrays (`unnest`), every value a bound parameter.
 */
import { sql } from 'drizzle-orm';
import type { Db } from './database.ts';

export interface CandidateBatch {
  ids: string[];
  firstNames: string[];
  lastNames: string[];
  branchIds: string[];
  ownerIds: (string | null)[];
  sources: (string | null)[];
  categories: (string | null)[];
  createdAt: Date;
}

export async function insertCandidateBatch(db: Db, firmId: string, b: CandidateBatch) {
  await db.execute(sql`insert into candidates
      (firm_id, id, first_name, last_name, branch_id, owner_id, source, job_category, status, created_at, updated_at)
    select ${firmId}::uuid, t.id, t.first_name, t.last_name, t.branch_id, t.owner_id, t.source, t.job_category, 'active',
           ${b.createdAt.toISOString()}::timestamptz, ${b.createdAt.toISOString()}::timestamptz
      from unnest(${sql.param(b.ids)}::uuid[], ${sql.param(b.firstNames)}::text[], ${sql.param(b.lastNames)}::text[],
                  ${sql.param(b.branchIds)}::uuid[], ${sql.param(b.ownerIds)}::uuid[], ${sql.param(b.sources)}::text[],
                  ${sql.param(b.categories)}::text[])
        as t(id, first_name, last_name, branch_id, owner_id, source, job_category)`);
}

export interface TouchpointBatch {
  candidateIds: string[];
  activities: string[];
  /** Epoch milliseconds. */
  at: number[];
  actorUserIds: (string | null)[];
}

/** Appends candidates' touchpoints (the log is append-only: these are new rows in recording order). */
export async function insertTouchpointBatch(db: Db, firmId: string, b: TouchpointBatch) {
  await db.execute(sql`insert into touchpoints
      (firm_id, subject_type, candidate_id, activity, channel, actor_type, actor_user_id, occurred_at)
    select ${firmId}::uuid, 'candidate', t.candidate_id, t.activity, 'system',
           case when t.actor is null then 'system' else 'user' end, t.actor, to_timestamp(t.at / 1000.0)
      from unnest(${sql.param(b.candidateIds)}::uuid[], ${sql.param(b.activities)}::text[],
                  ${sql.param(b.at)}::float8[], ${sql.param(b.actorUserIds)}::uuid[])
        with ordinality as t(candidate_id, activity, at, actor, n)
     order by t.n`);
}
