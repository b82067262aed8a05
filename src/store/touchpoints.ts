/** @module SQL for the touchpoint log: appending, and reading timelines. Nothing here updates or deletes. */
import { and, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from './database.ts';
import { candidates, clients, contacts, jobOrders, touchpoints, users } from './schema/index.ts';

export type TouchpointRow = typeof touchpoints.$inferSelect;
export type NewTouchpoint = Omit<typeof touchpoints.$inferInsert, 'id' | 'recordedAt'>;

export async function appendTouchpoint(db: Db, values: NewTouchpoint) {
  const [row] = await db.insert(touchpoints).values(values).returning();
  return row!;
}

/**
 * A touchpoint that is a contact with its subject, for "last contact": not the firm's own bookkeeping (heard of us,
 * marked lapsed, a note taken without contact), not a correction, and not voided by one. Counting those made a client
 * just marked lapsed read as contacted a moment ago.
 */
export const isContactTouchpoint = sql`${touchpoints.activity} not in ('heard_of_us', 'lapsed', 'note')
  and ${touchpoints.voidsId} is null
  and not exists (select 1 from touchpoints as correction
    where correction.firm_id = ${touchpoints.firmId} and correction.voids_id = ${touchpoints.id})`;

export async function findTouchpoint(db: Db, firmId: string, id: number) {
  const [row] = await db
    .select()
    .from(touchpoints)
    .where(and(eq(touchpoints.firmId, firmId), eq(touchpoints.id, id)));
  return row ?? null;
}

const voider = alias(touchpoints, 'voider');

export interface TimelineRow extends TouchpointRow {
  candidateName: string | null;
  clientName: string | null;
  contactName: string | null;
  actorName: string | null;
  jobOrderTitle: string | null;
  voidedBy: number | null;
}

export type TimelineScope =
  | { candidateId: string }
  | { clientId: string }
  | { firm: true }
  | { touchpointId: number };

/**
 * One page of a timeline, newest first. A client's timeline is its complete contact record: touchpoints with the
 * company and its contacts, and every touchpoint about one of its job orders (candidates submitted, placed there).
 */
export async function timeline(
  db: Db,
  firmId: string,
  scope: TimelineScope,
  opts: { before?: number | undefined; limit: number; channel?: string | undefined },
): Promise<TimelineRow[]> {
  const conds: (SQL | undefined)[] = [eq(touchpoints.firmId, firmId)];
  if ('candidateId' in scope) conds.push(eq(touchpoints.candidateId, scope.candidateId));
  if ('clientId' in scope) {
    conds.push(
      or(
        eq(touchpoints.clientId, scope.clientId),
        inArray(
          touchpoints.jobOrderId,
          db
            .select({ id: jobOrders.id })
            .from(jobOrders)
            .where(and(eq(jobOrders.firmId, firmId), eq(jobOrders.clientId, scope.clientId))),
        ),
      ),
    );
  }
  if ('touchpointId' in scope) conds.push(eq(touchpoints.id, scope.touchpointId));
  if (opts.channel) conds.push(eq(touchpoints.channel, opts.channel));
  if (opts.before !== undefined) {
    // Keyset paging on (occurred_at, id): stable while new touchpoints arrive.
    const cursor = db
      .select({ occurredAt: touchpoints.occurredAt, id: touchpoints.id })
      .from(touchpoints)
      .where(and(eq(touchpoints.firmId, firmId), eq(touchpoints.id, opts.before)));
    conds.push(sql`(${touchpoints.occurredAt}, ${touchpoints.id}) < (${cursor})`);
  }
  const rows = await db
    .select({
      tp: touchpoints,
      candidateName: sql<string | null>`${candidates.firstName} || ' ' || ${candidates.lastName}`,
      clientName: clients.name,
      contactName: sql<string | null>`${contacts.firstName} || ' ' || ${contacts.lastName}`,
      actorName: users.name,
      jobOrderTitle: jobOrders.title,
      voidedBy: voider.id,
    })
    .from(touchpoints)
    .leftJoin(
      candidates,
      and(eq(candidates.firmId, touchpoints.firmId), eq(candidates.id, touchpoints.candidateId)),
    )
    .leftJoin(clients, and(eq(clients.firmId, touchpoints.firmId), eq(clients.id, touchpoints.clientId)))
    .leftJoin(contacts, and(eq(contacts.firmId, touchpoints.firmId), eq(contacts.id, touchpoints.contactId)))
    .leftJoin(users, and(eq(users.firmId, touchpoints.firmId), eq(users.id, touchpoints.actorUserId)))
    .leftJoin(
      jobOrders,
      and(eq(jobOrders.firmId, touchpoints.firmId), eq(jobOrders.id, touchpoints.jobOrderId)),
    )
    .leftJoin(voider, and(eq(voider.firmId, touchpoints.firmId), eq(voider.voidsId, touchpoints.id)))
    .where(and(...conds))
    .orderBy(desc(touchpoints.occurredAt), desc(touchpoints.id))
    .limit(opts.limit);
  return rows.map(({ tp, ...names }) => ({ ...tp, ...names }));
}
