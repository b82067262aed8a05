/** @module SQL for employment history: lines typed in by staff, and the firm's own placements read as history. */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { clients, employmentHistory, jobOrders, placements } from './schema/index.ts';

export type EmploymentRow = typeof employmentHistory.$inferSelect;
export type NewEmployment = typeof employmentHistory.$inferInsert;

export async function insertEmployment(db: Db, values: NewEmployment) {
  const [row] = await db.insert(employmentHistory).values(values).returning();
  return row!;
}

export async function findEmployment(db: Db, firmId: string, candidateId: string, id: string) {
  const [row] = await db
    .select()
    .from(employmentHistory)
    .where(
      and(
        eq(employmentHistory.firmId, firmId),
        eq(employmentHistory.candidateId, candidateId),
        eq(employmentHistory.id, id),
      ),
    );
  return row ?? null;
}

export async function updateEmployment(
  db: Db,
  firmId: string,
  id: string,
  version: number,
  patch: Partial<NewEmployment>,
  /** When, by the service clock: the one source of "now", so a controlled clock (tests, the demo seed) holds. */
  now: Date,
) {
  const rows = await db
    .update(employmentHistory)
    .set({ ...patch, version: sql`${employmentHistory.version} + 1`, updatedAt: now })
    .where(
      and(
        eq(employmentHistory.firmId, firmId),
        eq(employmentHistory.id, id),
        eq(employmentHistory.version, version),
      ),
    )
    .returning({ id: employmentHistory.id });
  return rows.length === 1;
}

export async function deleteEmployment(db: Db, firmId: string, id: string) {
  await db
    .delete(employmentHistory)
    .where(and(eq(employmentHistory.firmId, firmId), eq(employmentHistory.id, id)));
}

export interface HistoryLine {
  id: string;
  origin: 'manual' | 'placement';
  version: number | null;
  employer: string;
  clientId: string | null;
  title: string;
  startDate: string | null;
  endDate: string | null;
  current: boolean;
  duties: string | null;
  payRate: number | null;
  payUnit: string | null;
  reasonForLeaving: string | null;
}

/**
 * The whole history, newest first: typed-in lines and every assignment the firm placed, which appear by themselves
 * (read from placements, so they can never drift from the assignment records).
 */
export async function employmentHistoryOf(
  db: Db,
  firmId: string,
  candidateId: string,
): Promise<HistoryLine[]> {
  const manual = await db
    .select()
    .from(employmentHistory)
    .where(and(eq(employmentHistory.firmId, firmId), eq(employmentHistory.candidateId, candidateId)));
  const placed = await db
    .select({
      id: placements.id,
      employer: clients.name,
      clientId: clients.id,
      title: jobOrders.title,
      startDate: placements.startDate,
      endDate: sql<string | null>`coalesce(${placements.endedOn}, ${placements.endDate})`,
      status: placements.status,
      payRate: placements.payRate,
      payUnit: placements.rateUnit,
      endReason: placements.endReason,
      description: jobOrders.description,
    })
    .from(placements)
    .innerJoin(
      jobOrders,
      and(eq(jobOrders.firmId, placements.firmId), eq(jobOrders.id, placements.jobOrderId)),
    )
    .innerJoin(clients, and(eq(clients.firmId, placements.firmId), eq(clients.id, placements.clientId)))
    .where(and(eq(placements.firmId, firmId), eq(placements.candidateId, candidateId)))
    .orderBy(desc(placements.startDate));
  const lines: HistoryLine[] = [
    ...manual.map((m) => ({
      id: m.id,
      origin: 'manual' as const,
      version: m.version,
      employer: m.employer,
      clientId: null,
      title: m.title,
      startDate: m.startDate,
      endDate: m.endDate,
      current: m.endDate === null && m.startDate !== null,
      duties: m.duties,
      payRate: m.payRate,
      payUnit: m.payUnit,
      reasonForLeaving: m.reasonForLeaving,
    })),
    ...placed.map((p) => ({
      id: p.id,
      origin: 'placement' as const,
      version: null,
      employer: p.employer,
      clientId: p.clientId,
      title: p.title,
      startDate: p.startDate,
      endDate: p.status === 'ended' ? p.endDate : null,
      current: p.status === 'active',
      duties: p.description,
      payRate: p.payRate,
      payUnit: p.payUnit,
      reasonForLeaving: p.endReason,
    })),
  ];
  // Current jobs first, then by start date, newest first; undated lines last.
  return lines.sort(
    (a, b) =>
      Number(b.current) - Number(a.current) ||
      (b.startDate ?? '').localeCompare(a.startDate ?? '') ||
      a.employer.localeCompare(b.employer),
  );
}

/** Employer names a candidate has worked for (for the search index). */
export async function employersOf(db: Db, firmId: string, candidateId: string) {
  const lines = await employmentHistoryOf(db, firmId, candidateId);
  return lines.map((l) => l.employer);
}
