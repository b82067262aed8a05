/** @module SQL for messages: writing them, claiming due ones for delivery, and reading boxes and a person's mail. */
import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { messages } from './schema/index.ts';

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
