/** @module SQL for client companies. */
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from './database.ts';
import { pageTotal, totalOver } from './paging.ts';
import { branches, clients, jobOrders, touchpoints, users } from './schema/index.ts';
import { matchesQuery } from './search.ts';
import { isContactTouchpoint } from './touchpoints.ts';

export type ClientRow = typeof clients.$inferSelect;
export type NewClient = typeof clients.$inferInsert;
export type ClientView = ClientRow & { ownerName: string | null; branchName: string };

const owner = alias(users, 'owner');

export async function insertClient(db: Db, values: NewClient) {
  const [row] = await db.insert(clients).values(values).returning();
  return row!;
}

export async function findClient(db: Db, firmId: string, id: string): Promise<ClientView | null> {
  const [row] = await db
    .select({ client: clients, ownerName: owner.name, branchName: branches.name })
    .from(clients)
    .innerJoin(branches, and(eq(branches.firmId, clients.firmId), eq(branches.id, clients.branchId)))
    .leftJoin(owner, and(eq(owner.firmId, clients.firmId), eq(owner.id, clients.ownerId)))
    .where(and(eq(clients.firmId, firmId), eq(clients.id, id)));
  return row ? { ...row.client, ownerName: row.ownerName, branchName: row.branchName } : null;
}

export async function updateClient(
  db: Db,
  firmId: string,
  id: string,
  version: number,
  patch: Partial<NewClient>,
  /** When, by the service clock: the one source of "now", so a controlled clock (tests, the demo seed) holds. */
  now: Date,
) {
  const rows = await db
    .update(clients)
    .set({ ...patch, version: sql`${clients.version} + 1`, updatedAt: now })
    .where(and(eq(clients.firmId, firmId), eq(clients.id, id), eq(clients.version, version)))
    .returning({ id: clients.id });
  return rows.length === 1;
}

/** Marks a prospect active when it places its first order (a consequence, not a user's edit). */
export async function activateClient(db: Db, firmId: string, id: string, now: Date) {
  await db
    .update(clients)
    .set({ status: 'active', version: sql`${clients.version} + 1`, updatedAt: now })
    .where(
      and(eq(clients.firmId, firmId), eq(clients.id, id), inArray(clients.status, ['prospect', 'inactive'])),
    );
}

export interface ClientFilter {
  q?: string | undefined;
  status?: string | undefined;
  industry?: string | undefined;
  ownerId?: string | undefined;
  branchId?: string | undefined;
}

const sortColumns = {
  name: [clients.name],
  updatedAt: [clients.updatedAt],
  createdAt: [clients.createdAt],
  city: [clients.city],
  status: [clients.status],
} as const;
export type ClientSort = keyof typeof sortColumns;

const openOrders =
  sql<number>`(select count(*) from ${jobOrders} where ${jobOrders.firmId} = ${clients.firmId}
  and ${jobOrders.clientId} = ${clients.id} and ${jobOrders.status} in ('requested', 'open', 'on_hold'))`.mapWith(
    Number,
  );
const lastContact = sql<Date | null>`(select max(${touchpoints.occurredAt}) from ${touchpoints}
  where ${touchpoints.firmId} = ${clients.firmId} and ${touchpoints.clientId} = ${clients.id}
  and ${isContactTouchpoint})`.mapWith({
  mapFromDriverValue: (v: unknown) => (v === null ? null : new Date(v as string)),
});

export async function listClients(
  db: Db,
  firmId: string,
  filter: ClientFilter,
  sort: ClientSort,
  order: 'asc' | 'desc',
  page: number,
  pageSize: number,
) {
  const conds: (SQL | undefined)[] = [eq(clients.firmId, firmId)];
  if (filter.q) conds.push(matchesQuery(firmId, 'client', clients.id, filter.q));
  if (filter.status) conds.push(eq(clients.status, filter.status));
  if (filter.industry) conds.push(eq(clients.industry, filter.industry));
  if (filter.ownerId) conds.push(eq(clients.ownerId, filter.ownerId));
  if (filter.branchId) conds.push(eq(clients.branchId, filter.branchId));
  const dir = order === 'desc' ? desc : asc;
  const rows = await db
    .select({
      client: clients,
      ownerName: owner.name,
      branchName: branches.name,
      openOrders,
      lastContactAt: lastContact,
      total: totalOver(),
    })
    .from(clients)
    .innerJoin(branches, and(eq(branches.firmId, clients.firmId), eq(branches.id, clients.branchId)))
    .leftJoin(owner, and(eq(owner.firmId, clients.firmId), eq(owner.id, clients.ownerId)))
    .where(and(...conds))
    .orderBy(...sortColumns[sort].map((c) => sql`${dir(c)} nulls last`), asc(clients.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const total = await pageTotal(db, rows, page, clients, and(...conds));
  return {
    rows: rows.map((r) => ({
      ...r.client,
      ownerName: r.ownerName,
      branchName: r.branchName,
      openOrders: r.openOrders,
      lastContactAt: r.lastContactAt,
    })),
    total,
  };
}

/** Client companies with exactly this name (case-insensitive), for matching requests to existing accounts. */
export async function findClientsByName(db: Db, firmId: string, name: string) {
  return db
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.firmId, firmId), sql`lower(${clients.name}) = lower(${name})`));
}
