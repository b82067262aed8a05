/** @module SQL for candidates. */
import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from './database.ts';
import { escapeLike, pageTotal, totalOver } from './paging.ts';
import { branches, candidates, searchTerms, users } from './schema/index.ts';
import { matchesQuery } from './search.ts';

export type CandidateRow = typeof candidates.$inferSelect;
export type NewCandidate = typeof candidates.$inferInsert;

const owner = alias(users, 'owner');

/** A candidate with the names of their owner and branch. */
export type CandidateView = CandidateRow & { ownerName: string | null; branchName: string };

const withNames = (db: Db) =>
  db
    .select({ candidate: candidates, ownerName: owner.name, branchName: branches.name })
    .from(candidates)
    .innerJoin(branches, and(eq(branches.firmId, candidates.firmId), eq(branches.id, candidates.branchId)))
    .leftJoin(owner, and(eq(owner.firmId, candidates.firmId), eq(owner.id, candidates.ownerId)));

const flatten = (r: {
  candidate: CandidateRow;
  ownerName: string | null;
  branchName: string;
}): CandidateView => ({
  ...r.candidate,
  ownerName: r.ownerName,
  branchName: r.branchName,
});

export async function insertCandidate(db: Db, values: NewCandidate) {
  const [row] = await db.insert(candidates).values(values).returning();
  return row!;
}

export async function findCandidate(db: Db, firmId: string, id: string): Promise<CandidateView | null> {
  const [row] = await withNames(db).where(and(eq(candidates.firmId, firmId), eq(candidates.id, id)));
  return row ? flatten(row) : null;
}

/** Locks the candidate's row for the rest of the transaction (concurrent placements of one person). */
export async function lockCandidate(db: Db, firmId: string, id: string) {
  const [row] = await db
    .select()
    .from(candidates)
    .where(and(eq(candidates.firmId, firmId), eq(candidates.id, id)))
    .for('update');
  return row ?? null;
}

export async function updateCandidate(
  db: Db,
  firmId: string,
  id: string,
  version: number,
  patch: Partial<NewCandidate>,
  /** When, by the service clock: the one source of "now", so a controlled clock (tests, the demo seed) holds. */
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(candidates)
    .set({ ...patch, version: sql`${candidates.version} + 1`, updatedAt: now })
    .where(and(eq(candidates.firmId, firmId), eq(candidates.id, id), eq(candidates.version, version)))
    .returning({ id: candidates.id });
  return rows.length === 1;
}

/** Sets a status as a consequence of another change (a placement starts, an assignment ends). */
export async function setCandidateStatus(db: Db, firmId: string, id: string, status: string, now: Date) {
  await db
    .update(candidates)
    .set({ status, version: sql`${candidates.version} + 1`, updatedAt: now })
    .where(and(eq(candidates.firmId, firmId), eq(candidates.id, id)));
}

export interface CandidateFilter {
  q?: string | undefined;
  status?: string | undefined;
  ownerId?: string | undefined;
  branchId?: string | undefined;
  skill?: string | undefined;
  source?: string | undefined;
}

// Sort keys come from the contract's allowlist and map to columns here; nothing a client sends reaches SQL as text.
const sortColumns = {
  name: [candidates.lastName, candidates.firstName],
  updatedAt: [candidates.updatedAt],
  createdAt: [candidates.createdAt],
  city: [candidates.city],
  status: [candidates.status],
  availableFrom: [candidates.availableFrom],
} as const;
export type CandidateSort = keyof typeof sortColumns;

export async function listCandidates(
  db: Db,
  firmId: string,
  filter: CandidateFilter,
  sort: CandidateSort,
  order: 'asc' | 'desc',
  page: number,
  pageSize: number,
) {
  const conds: (SQL | undefined)[] = [eq(candidates.firmId, firmId)];
  if (filter.q) conds.push(matchesQuery(firmId, 'candidate', candidates.id, filter.q));
  if (filter.status) conds.push(eq(candidates.status, filter.status));
  if (filter.ownerId) conds.push(eq(candidates.ownerId, filter.ownerId));
  if (filter.branchId) conds.push(eq(candidates.branchId, filter.branchId));
  if (filter.source) conds.push(eq(candidates.source, filter.source));
  if (filter.skill) {
    conds.push(
      sql`${candidates.id} in (select ${searchTerms.entityId} from ${searchTerms} where ${searchTerms.firmId} = ${firmId}
        and ${searchTerms.entityType} = 'candidate' and ${searchTerms.kind} = 'skill'
        and ${searchTerms.term} like ${`%${escapeLike(filter.skill.toLowerCase())}%`})`,
    );
  }
  const dir = order === 'desc' ? desc : asc;
  const rows = await db
    .select({
      candidate: candidates,
      ownerName: owner.name,
      branchName: branches.name,
      total: totalOver(),
    })
    .from(candidates)
    .innerJoin(branches, and(eq(branches.firmId, candidates.firmId), eq(branches.id, candidates.branchId)))
    .leftJoin(owner, and(eq(owner.firmId, candidates.firmId), eq(owner.id, candidates.ownerId)))
    .where(and(...conds))
    .orderBy(...sortColumns[sort].map((c) => sql`${dir(c)} nulls last`), asc(candidates.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { rows: rows.map(flatten), total: await pageTotal(db, rows, page, candidates, and(...conds)) };
}
