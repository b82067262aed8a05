/**
 * @module SQL for service standards: the firm's settings, branch calendars and holidays, the touchpoints the
 * standards are measured from, the people and staff they concern, and the record of escalations and digests sent.
 */
import { and, asc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Store } from './database.ts';
import {
  branchCalendars,
  branches,
  branchHolidays,
  candidates,
  clients,
  digestRuns,
  messages,
  serviceStandards,
  standardEscalations,
  users,
} from './schema/index.ts';
import type { WorkingWeek } from './schema/standards.ts';

export type StandardSettingRow = typeof serviceStandards.$inferSelect;
export type BranchCalendarRow = typeof branchCalendars.$inferSelect;
export type BranchHolidayRow = typeof branchHolidays.$inferSelect;
export type EscalationRow = typeof standardEscalations.$inferSelect;

export const firmStandardSettings = (db: Db, firmId: string): Promise<StandardSettingRow[]> =>
  db.select().from(serviceStandards).where(eq(serviceStandards.firmId, firmId));

/**
 * Saves a firm's setting of a standard: the first save (from version 0, the default) inserts, later ones update only
 * the version read. Null when someone saved in between.
 */
export async function saveStandardSetting(
  db: Db,
  values: Omit<StandardSettingRow, 'version' | 'updatedAt'>,
  expectedVersion: number,
  now: Date,
): Promise<StandardSettingRow | null> {
  if (expectedVersion === 0) {
    const [row] = await db
      .insert(serviceStandards)
      .values({ ...values, updatedAt: now })
      .onConflictDoNothing()
      .returning();
    return row ?? null;
  }
  const [row] = await db
    .update(serviceStandards)
    .set({ ...values, updatedAt: now, version: sql`${serviceStandards.version} + 1` })
    .where(
      and(
        eq(serviceStandards.firmId, values.firmId),
        eq(serviceStandards.key, values.key),
        eq(serviceStandards.version, expectedVersion),
      ),
    )
    .returning();
  return row ?? null;
}

export const firmBranchCalendars = (db: Db, firmId: string): Promise<BranchCalendarRow[]> =>
  db.select().from(branchCalendars).where(eq(branchCalendars.firmId, firmId));

export const firmBranchHolidays = (db: Db, firmId: string): Promise<BranchHolidayRow[]> =>
  db.select().from(branchHolidays).where(eq(branchHolidays.firmId, firmId)).orderBy(asc(branchHolidays.day));

/** Saves a branch's working week (version 0: its first). Null when someone saved in between. */
export async function saveBranchCalendar(
  db: Db,
  values: { firmId: string; branchId: string; week: WorkingWeek; updatedBy: string },
  expectedVersion: number,
  now: Date,
): Promise<BranchCalendarRow | null> {
  if (expectedVersion === 0) {
    const [row] = await db
      .insert(branchCalendars)
      .values({ ...values, updatedAt: now })
      .onConflictDoNothing()
      .returning();
    return row ?? null;
  }
  const [row] = await db
    .update(branchCalendars)
    .set({
      week: values.week,
      updatedBy: values.updatedBy,
      updatedAt: now,
      version: sql`${branchCalendars.version} + 1`,
    })
    .where(
      and(
        eq(branchCalendars.firmId, values.firmId),
        eq(branchCalendars.branchId, values.branchId),
        eq(branchCalendars.version, expectedVersion),
      ),
    )
    .returning();
  return row ?? null;
}

/** Adds a holiday (or renames the one on that day). */
export async function putBranchHoliday(
  db: Db,
  values: { firmId: string; branchId: string; day: string; name: string },
): Promise<BranchHolidayRow> {
  const [row] = await db
    .insert(branchHolidays)
    .values(values)
    .onConflictDoUpdate({
      target: [branchHolidays.firmId, branchHolidays.branchId, branchHolidays.day],
      set: { name: values.name },
    })
    .returning();
  return row!;
}

export async function deleteBranchHoliday(db: Db, firmId: string, branchId: string, day: string) {
  const rows = await db
    .delete(branchHolidays)
    .where(
      and(
        eq(branchHolidays.firmId, firmId),
        eq(branchHolidays.branchId, branchId),
        eq(branchHolidays.day, day),
      ),
    )
    .returning();
  return rows.length > 0;
}

export interface StandardTouchpointRow {
  subjectType: 'candidate' | 'client';
  subjectId: string;
  activity: string;
  channel: string;
  direction: string | null;
  actorType: string;
  occurredAt: number;
  submissionId: string | null;
  placementId: string | null;
}

/**
 * The firm's touchpoints since `since` that standards are measured from, per subject in time order (ties in
 * recording order): no corrections, nothing a correction voided, no notes or "heard of us" (never a contact nor a
 * trigger). One query, rows as arrays.
 */
export async function standardTouchpoints(
  store: Pick<Store, 'queryArrays'>,
  firmId: string,
  since: Date,
): Promise<StandardTouchpointRow[]> {
  const rows = await store.queryArrays(
    `select t.subject_type, coalesce(t.candidate_id, t.client_id), t.activity, t.channel, t.direction,
            t.actor_type, t.occurred_at, t.submission_id, t.placement_id
       from touchpoints t
      where t.firm_id = $1 and t.occurred_at >= $2 and t.voids_id is null
        and t.activity not in ('note', 'heard_of_us')
        and not exists (select 1 from touchpoints c where c.firm_id = t.firm_id and c.voids_id = t.id)
      order by t.subject_type, coalesce(t.candidate_id, t.client_id), t.occurred_at, t.id`,
    [firmId, since.toISOString()],
  );
  return rows.map((r) => ({
    subjectType: r[0] as 'candidate' | 'client',
    subjectId: String(r[1]),
    activity: r[2] as string,
    channel: r[3] as string,
    direction: (r[4] as string | null) ?? null,
    actorType: r[5] as string,
    occurredAt: r[6] instanceof Date ? r[6].getTime() : Date.parse(String(r[6])),
    submissionId: (r[7] as string | null) ?? null,
    placementId: (r[8] as string | null) ?? null,
  }));
}

export interface StandardSubjectRow {
  type: 'candidate' | 'client';
  id: string;
  name: string;
  ownerId: string | null;
  branchId: string;
}

/** The candidates and clients named, with their owner and branch. */
export async function standardSubjects(
  db: Db,
  firmId: string,
  ids: { candidates: string[]; clients: string[] },
): Promise<StandardSubjectRow[]> {
  const out: StandardSubjectRow[] = [];
  for (let i = 0; i < ids.candidates.length; i += 5_000) {
    const rows = await db
      .select({
        id: candidates.id,
        name: sql<string>`${candidates.firstName} || ' ' || ${candidates.lastName}`,
        ownerId: candidates.ownerId,
        branchId: candidates.branchId,
      })
      .from(candidates)
      .where(and(eq(candidates.firmId, firmId), inArray(candidates.id, ids.candidates.slice(i, i + 5_000))));
    out.push(...rows.map((r) => ({ type: 'candidate' as const, ...r })));
  }
  for (let i = 0; i < ids.clients.length; i += 5_000) {
    const rows = await db
      .select({ id: clients.id, name: clients.name, ownerId: clients.ownerId, branchId: clients.branchId })
      .from(clients)
      .where(and(eq(clients.firmId, firmId), inArray(clients.id, ids.clients.slice(i, i + 5_000))));
    out.push(...rows.map((r) => ({ type: 'client' as const, ...r })));
  }
  return out;
}

export interface StaffRow {
  id: string;
  name: string;
  email: string;
  role: string;
  branchId: string;
  active: boolean;
}

export const firmStaff = (db: Db, firmId: string): Promise<StaffRow[]> =>
  db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      branchId: users.branchId,
      active: users.active,
    })
    .from(users)
    .where(eq(users.firmId, firmId))
    .orderBy(asc(users.name));

export const firmBranchZones = (db: Db, firmId: string) =>
  db
    .select({ id: branches.id, name: branches.name, timezone: branches.timezone })
    .from(branches)
    .where(eq(branches.firmId, firmId))
    .orderBy(asc(branches.name));

export interface WaitingMessageRow {
  id: string;
  status: string;
  kind: string;
  subject: string | null;
  candidateId: string | null;
  clientId: string | null;
  sentBy: string | null;
  ownerId: string | null;
  personName: string | null;
  createdAt: Date;
  lastError: string | null;
}

/**
 * Messages that wait on a member of staff: proposed status updates (for the candidate's owner) and messages that
 * failed for good (for whoever sent them).
 */
export async function waitingMessages(db: Db, firmId: string): Promise<WaitingMessageRow[]> {
  return db
    .select({
      id: messages.id,
      status: messages.status,
      kind: messages.kind,
      subject: messages.subject,
      candidateId: messages.candidateId,
      clientId: messages.clientId,
      sentBy: messages.sentBy,
      ownerId: sql<string | null>`coalesce(${candidates.ownerId}, ${clients.ownerId})`,
      personName: sql<
        string | null
      >`coalesce(${candidates.firstName} || ' ' || ${candidates.lastName}, ${clients.name})`,
      createdAt: messages.createdAt,
      lastError: messages.lastError,
    })
    .from(messages)
    .leftJoin(
      candidates,
      and(eq(candidates.firmId, messages.firmId), eq(candidates.id, messages.candidateId)),
    )
    .leftJoin(clients, and(eq(clients.firmId, messages.firmId), eq(clients.id, messages.clientId)))
    .where(
      and(
        eq(messages.firmId, firmId),
        sql`((${messages.status} = 'proposed' and ${messages.kind} = 'status_update')
          or (${messages.status} = 'failed' and ${messages.sentBy} is not null))`,
      ),
    )
    .orderBy(asc(messages.createdAt));
}

/** Records an escalation unless this item's due moment was already escalated: true when this call recorded it. */
export async function insertEscalation(db: Db, values: EscalationRow): Promise<boolean> {
  const rows = await db.insert(standardEscalations).values(values).onConflictDoNothing().returning({
    key: standardEscalations.itemKey,
  });
  return rows.length > 0;
}

export const firmEscalations = (db: Db, firmId: string, since?: Date): Promise<EscalationRow[]> =>
  db
    .select()
    .from(standardEscalations)
    .where(
      and(
        eq(standardEscalations.firmId, firmId),
        since ? gte(standardEscalations.escalatedAt, since) : undefined,
      ),
    );

/** Records today's digest for a user unless it was already sent: true when this call recorded it. */
export async function insertDigestRun(db: Db, values: { firmId: string; userId: string; day: string }) {
  const rows = await db
    .insert(digestRuns)
    .values(values)
    .onConflictDoNothing()
    .returning({ day: digestRuns.day });
  return rows.length > 0;
}

export async function setDigestMessage(
  db: Db,
  firmId: string,
  userId: string,
  day: string,
  messageId: string,
) {
  await db
    .update(digestRuns)
    .set({ messageId })
    .where(
      and(
        eq(digestRuns.firmId, firmId),
        eq(digestRuns.userId, userId),
        eq(digestRuns.day, day),
        isNull(digestRuns.messageId),
      ),
    );
}

/** The digests recorded for a firm from `day` on. */
export const digestRunsSince = (db: Db, firmId: string, day: string) =>
  db
    .select()
    .from(digestRuns)
    .where(and(eq(digestRuns.firmId, firmId), gte(digestRuns.day, day)));
