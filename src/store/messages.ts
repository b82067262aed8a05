/** @module SQL for messages: writing them, claiming due ones for delivery, and reading boxes and a person's mail. */
import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from './database.ts';
import { candidates, clients, contacts, jobOrders, messages, users } from './schema/index.ts';

export type MessageRow = typeof messages.$inferSelect;
export type NewMessage = Omit<typeof messages.$inferInsert, 'id' | 'version'>;

export async function insertMessage(db: Db, values: NewMessage): Promise<MessageRow> {
  const [row] = await db.insert(messages).values(values).returning();
  return row!;
}

/**
 * Inserts an inbound message unless one with its Message-ID is already filed (a redelivery): null then.
 */
export async function insertInbound(db: Db, values: NewMessage): Promise<MessageRow | null> {
  const [row] = await db
    .insert(messages)
    .values(values)
    .onConflictDoNothing({ target: [messages.firmId, messages.direction, messages.messageId] })
    .returning();
  return row ?? null;
}

/**
 * A status update for this submission and stage, unless one was already prepared (a replayed move): null then.
 */
export async function insertStatusUpdate(db: Db, values: NewMessage): Promise<MessageRow | null> {
  const [row] = await db
    .insert(messages)
    .values(values)
    .onConflictDoNothing({
      target: [messages.firmId, messages.submissionId, messages.topic],
      where: sql`${messages.kind} = 'status_update'`,
    })
    .returning();
  return row ?? null;
}

export async function findMessage(db: Db, firmId: string, id: string): Promise<MessageRow | null> {
  const [row] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.firmId, firmId), eq(messages.id, id)));
  return row ?? null;
}

export async function findMessageByHeaderId(db: Db, messageId: string): Promise<MessageRow | null> {
  const [row] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.direction, 'out'), eq(messages.messageId, messageId)))
    .limit(1);
  return row ?? null;
}

export async function findMessageByUnsubscribeToken(db: Db, tokenHash: string): Promise<MessageRow | null> {
  const [row] = await db.select().from(messages).where(eq(messages.unsubscribeTokenHash, tokenHash));
  return row ?? null;
}

/** Changes a message if it is still at `version` (and, when given, in one of `fromStatuses`); false otherwise. */
export async function updateMessage(
  db: Db,
  firmId: string,
  id: string,
  guard: { version?: number; fromStatuses?: readonly string[] },
  patch: Partial<NewMessage>,
  now: Date,
): Promise<MessageRow | null> {
  const conds: SQL[] = [eq(messages.firmId, firmId), eq(messages.id, id)];
  if (guard.version !== undefined) conds.push(eq(messages.version, guard.version));
  if (guard.fromStatuses) conds.push(inArray(messages.status, [...guard.fromStatuses]));
  const [row] = await db
    .update(messages)
    .set({ ...patch, updatedAt: now, version: sql`${messages.version} + 1` })
    .where(and(...conds))
    .returning();
  return row ?? null;
}

/**
 * Claims up to `limit` messages due for delivery on `channels`: queued or retrying ones whose time has come, and
 * sending ones whose sender's lease lapsed (it crashed mid-send). Each claim takes a lease, in one statement with
 * SKIP LOCKED, so two workers never take the same message.
 */
export async function claimDue(
  db: Db,
  channels: readonly string[],
  now: Date,
  leaseUntil: Date,
  limit: number,
): Promise<MessageRow[]> {
  if (channels.length === 0) return [];
  const due = sql`select firm_id, id from messages
    where channel in (${sql.join(
      channels.map((c) => sql`${c}`),
      sql`, `,
    )})
      and ((status in ('queued', 'retrying') and (next_attempt_at is null or next_attempt_at <= ${now}))
        or (status = 'sending' and lease_until <= ${now}))
    order by next_attempt_at nulls first, created_at
    limit ${limit}
    for update skip locked`;
  return db
    .update(messages)
    .set({ status: 'sending', leaseUntil, attempts: sql`${messages.attempts} + 1`, updatedAt: now })
    .where(sql`(${messages.firmId}, ${messages.id}) in (${due})`)
    .returning();
}

/** Moves the messages that waited in the outbox for a transport into the queue, once one is configured. */
export async function releaseOutbox(db: Db, channels: readonly string[], now: Date): Promise<number> {
  if (channels.length === 0) return 0;
  const rows = await db
    .update(messages)
    .set({ status: 'queued', nextAttemptAt: now, updatedAt: now, version: sql`${messages.version} + 1` })
    .where(and(eq(messages.status, 'outbox'), inArray(messages.channel, [...channels])))
    .returning({ id: messages.id });
  return rows.length;
}

/** The messages to and from a person (or a company's contacts) since `since`, newest first: the guard's reading. */
export async function messagesAbout(
  db: Db,
  firmId: string,
  who: { candidateId: string } | { clientId: string },
  since: Date,
): Promise<MessageRow[]> {
  const whoCond =
    'candidateId' in who ? eq(messages.candidateId, who.candidateId) : eq(messages.clientId, who.clientId);
  return db
    .select()
    .from(messages)
    .where(
      and(
        eq(messages.firmId, firmId),
        whoCond,
        sql`${messages.createdAt} >= ${since}`,
        sql`${messages.status} not in ('cancelled', 'failed')`,
      ),
    )
    .orderBy(desc(messages.createdAt))
    .limit(200);
}

/** The names of some staff users, by id. */
export async function userNames(
  db: Db,
  firmId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.firmId, firmId), inArray(users.id, unique)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

const sender = alias(users, 'sender');
const addressee = alias(users, 'addressee');

export interface MessageViewRow extends MessageRow {
  candidateName: string | null;
  contactName: string | null;
  clientName: string | null;
  userName: string | null;
  jobOrderTitle: string | null;
  sentByName: string | null;
}

const viewColumns = {
  message: messages,
  candidateName: sql<string | null>`${candidates.firstName} || ' ' || ${candidates.lastName}`,
  contactName: sql<string | null>`${contacts.firstName} || ' ' || ${contacts.lastName}`,
  clientName: clients.name,
  userName: addressee.name,
  jobOrderTitle: jobOrders.title,
  sentByName: sender.name,
};

const viewQuery = (db: Db) =>
  db
    .select(viewColumns)
    .from(messages)
    .leftJoin(
      candidates,
      and(eq(candidates.firmId, messages.firmId), eq(candidates.id, messages.candidateId)),
    )
    .leftJoin(contacts, and(eq(contacts.firmId, messages.firmId), eq(contacts.id, messages.contactId)))
    .leftJoin(clients, and(eq(clients.firmId, messages.firmId), eq(clients.id, messages.clientId)))
    .leftJoin(addressee, and(eq(addressee.firmId, messages.firmId), eq(addressee.id, messages.userId)))
    .leftJoin(jobOrders, and(eq(jobOrders.firmId, messages.firmId), eq(jobOrders.id, messages.jobOrderId)))
    .leftJoin(sender, and(eq(sender.firmId, messages.firmId), eq(sender.id, messages.sentBy)));

type ViewSelect = Awaited<ReturnType<ReturnType<typeof viewQuery>['execute']>>[number];
const flatten = (r: ViewSelect): MessageViewRow => ({
  ...r.message,
  candidateName: r.candidateName,
  contactName: r.contactName,
  clientName: r.clientName,
  userName: r.userName,
  jobOrderTitle: r.jobOrderTitle,
  sentByName: r.sentByName,
});

export async function findMessageView(db: Db, firmId: string, id: string): Promise<MessageViewRow | null> {
  const [row] = await viewQuery(db).where(and(eq(messages.firmId, firmId), eq(messages.id, id)));
  return row ? flatten(row) : null;
}

export interface MessageFilter {
  statuses?: readonly string[];
  direction?: 'in' | 'out';
  candidateId?: string;
  clientId?: string;
  contactId?: string;
  sentBy?: string;
  /** Proposed updates for this user's people: candidates they own. */
  ownedBy?: string;
  /** Staff mail (digests, escalations) is seen only by its addressee. */
  viewerId: string;
}

function filterConds(firmId: string, f: MessageFilter): SQL[] {
  const conds: SQL[] = [
    eq(messages.firmId, firmId),
    sql`(${messages.userId} is null or ${messages.userId} = ${f.viewerId})`,
  ];
  if (f.statuses) conds.push(inArray(messages.status, [...f.statuses]));
  if (f.direction) conds.push(eq(messages.direction, f.direction));
  if (f.candidateId) conds.push(eq(messages.candidateId, f.candidateId));
  if (f.clientId) conds.push(eq(messages.clientId, f.clientId));
  if (f.contactId) conds.push(eq(messages.contactId, f.contactId));
  if (f.sentBy) conds.push(eq(messages.sentBy, f.sentBy));
  if (f.ownedBy) conds.push(eq(candidates.ownerId, f.ownedBy));
  return conds;
}

export async function listMessageViews(
  db: Db,
  firmId: string,
  f: MessageFilter,
  paging: { limit: number; offset: number },
): Promise<{ rows: MessageViewRow[]; total: number }> {
  const where = and(...filterConds(firmId, f));
  const rows = await viewQuery(db)
    .where(where)
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(paging.limit)
    .offset(paging.offset);
  const [count] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(messages)
    .leftJoin(
      candidates,
      and(eq(candidates.firmId, messages.firmId), eq(candidates.id, messages.candidateId)),
    )
    .where(where);
  return { rows: rows.map(flatten), total: count?.n ?? 0 };
}

export async function countMessages(db: Db, firmId: string, f: MessageFilter): Promise<number> {
  const [count] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(messages)
    .leftJoin(
      candidates,
      and(eq(candidates.firmId, messages.firmId), eq(candidates.id, messages.candidateId)),
    )
    .where(and(...filterConds(firmId, f)));
  return count?.n ?? 0;
}
