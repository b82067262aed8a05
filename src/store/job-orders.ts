/** @module SQL for job orders. */
import { and, asc, desc, eq, inArray, notInArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { openingFreeingEndReasons } from '../domain/placement.ts';
import type { Db } from './database.ts';
import { pageTotal, totalOver } from './paging.ts';
import { branches, clients, contacts, jobOrders, placements, submissions, users } from './schema/index.ts';
import { matchesQuery } from './search.ts';

export type JobOrderRow = typeof jobOrders.$inferSelect;
export type NewJobOrder = typeof jobOrders.$inferInsert;
export type JobOrderView = JobOrderRow & {
  clientName: string;
  contactName: string | null;
  ownerName: string | null;
  branchName: string;
  filled: number;
  submissionCount: number;
};

const owner = alias(users, 'owner');

/** A placement that counts against its order's openings (see `endReasonFreesOpening`). */
const holdsOpening = sql`not (${placements.status} = 'ended' and ${inArray(placements.endReason, [...openingFreeingEndReasons])})`;
const filledCount =
  sql<number>`(select count(*) from ${placements} where ${placements.firmId} = ${jobOrders.firmId}
  and ${placements.jobOrderId} = ${jobOrders.id} and ${holdsOpening})`.mapWith(Number);
const submissionCount =
  sql<number>`(select count(*) from ${submissions} where ${submissions.firmId} = ${jobOrders.firmId}
  and ${submissions.jobOrderId} = ${jobOrders.id})`.mapWith(Number);

const viewColumns = {
  order: jobOrders,
  clientName: clients.name,
  contactName: sql<string | null>`${contacts.firstName} || ' ' || ${contacts.lastName}`,
  ownerName: owner.name,
  branchName: branches.name,
  filled: filledCount,
  submissionCount,
  // Harmless on a single-row read; lets lists read their total in the same query.
  total: totalOver(),
};

const joined = (db: Db) =>
  db
    .select(viewColumns)
    .from(jobOrders)
    .innerJoin(clients, and(eq(clients.firmId, jobOrders.firmId), eq(clients.id, jobOrders.clientId)))
    .innerJoin(branches, and(eq(branches.firmId, jobOrders.firmId), eq(branches.id, jobOrders.branchId)))
    .leftJoin(contacts, and(eq(contacts.firmId, jobOrders.firmId), eq(contacts.id, jobOrders.contactId)))
    .leftJoin(owner, and(eq(owner.firmId, jobOrders.firmId), eq(owner.id, jobOrders.ownerId)));

const flatten = (r: {
  order: JobOrderRow;
  clientName: string;
  contactName: string | null;
  ownerName: string | null;
  branchName: string;
  filled: number;
  submissionCount: number;
}): JobOrderView => ({
  ...r.order,
  clientName: r.clientName,
  contactName: r.contactName,
  ownerName: r.ownerName,
  branchName: r.branchName,
  filled: r.filled,
  submissionCount: r.submissionCount,
});

export async function insertJobOrder(db: Db, values: NewJobOrder) {
  const [row] = await db.insert(jobOrders).values(values).returning();
  return row!;
}

export async function findJobOrder(db: Db, firmId: string, id: string): Promise<JobOrderView | null> {
  const [row] = await joined(db).where(and(eq(jobOrders.firmId, firmId), eq(jobOrders.id, id)));
  return row ? flatten(row) : null;
}

/** Locks the order's row for the rest of the transaction: two desks placing on the last opening cannot both win. */
export async function lockJobOrder(db: Db, firmId: string, id: string) {
  const [row] = await db
    .select()
    .from(jobOrders)
    .where(and(eq(jobOrders.firmId, firmId), eq(jobOrders.id, id)))
    .for('update');
  return row ?? null;
}

export async function countFilled(db: Db, firmId: string, jobOrderId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(placements)
    .where(and(eq(placements.firmId, firmId), eq(placements.jobOrderId, jobOrderId), holdsOpening));
  return row!.n;
}

export async function updateJobOrder(
  db: Db,
  firmId: string,
  id: string,
  version: number,
  patch: Partial<NewJobOrder>,
  /** When, by the service clock: the one source of "now", so a controlled clock (tests, the demo seed) holds. */
  now: Date,
) {
  const rows = await db
    .update(jobOrders)
    .set({ ...patch, version: sql`${jobOrders.version} + 1`, updatedAt: now })
    .where(and(eq(jobOrders.firmId, firmId), eq(jobOrders.id, id), eq(jobOrders.version, version)))
    .returning({ id: jobOrders.id });
  return rows.length === 1;
}

/** Sets a status as a consequence of a placement (filled) or its early end (reopened). */
export async function setJobOrderStatus(db: Db, firmId: string, id: string, status: string, now: Date) {
  await db
    .update(jobOrders)
    .set({
      status,
      closedAt: ['filled', 'cancelled', 'unfilled'].includes(status) ? now : null,
      version: sql`${jobOrders.version} + 1`,
      updatedAt: now,
    })
    .where(and(eq(jobOrders.firmId, firmId), eq(jobOrders.id, id)));
}

export async function countClientOrders(db: Db, firmId: string, clientId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(jobOrders)
    .where(and(eq(jobOrders.firmId, firmId), eq(jobOrders.clientId, clientId)));
  return row!.n;
}

export interface JobOrderFilter {
  q?: string | undefined;
  status?: string | undefined;
  state?: 'workable' | 'closed' | undefined;
  type?: string | undefined;
  clientId?: string | undefined;
  ownerId?: string | undefined;
  branchId?: string | undefined;
}

const sortColumns = {
  title: [jobOrders.title],
  client: [clients.name, jobOrders.title],
  status: [jobOrders.status],
  startDate: [jobOrders.startDate],
  createdAt: [jobOrders.createdAt],
  updatedAt: [jobOrders.updatedAt],
} as const;
export type JobOrderSort = keyof typeof sortColumns;

const WORKABLE = ['requested', 'open', 'on_hold'];

export async function listJobOrders(
  db: Db,
  firmId: string,
  filter: JobOrderFilter,
  sort: JobOrderSort,
  order: 'asc' | 'desc',
  page: number,
  pageSize: number,
) {
  const conds: (SQL | undefined)[] = [eq(jobOrders.firmId, firmId)];
  if (filter.q) conds.push(matchesQuery(firmId, 'job_order', jobOrders.id, filter.q));
  if (filter.status) conds.push(eq(jobOrders.status, filter.status));
  if (filter.state === 'workable') conds.push(inArray(jobOrders.status, WORKABLE));
  if (filter.state === 'closed') conds.push(notInArray(jobOrders.status, WORKABLE));
  if (filter.type) conds.push(eq(jobOrders.type, filter.type));
  if (filter.clientId) conds.push(eq(jobOrders.clientId, filter.clientId));
  if (filter.ownerId) conds.push(eq(jobOrders.ownerId, filter.ownerId));
  if (filter.branchId) conds.push(eq(jobOrders.branchId, filter.branchId));
  const dir = order === 'desc' ? desc : asc;
  const rows = await joined(db)
    .where(and(...conds))
    .orderBy(...sortColumns[sort].map((c) => sql`${dir(c)} nulls last`), asc(jobOrders.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { rows: rows.map(flatten), total: await pageTotal(db, rows, page, jobOrders, and(...conds)) };
}
