/** @module SQL for placements (assignments) and their check-ins. */
import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { candidates, checkIns, clients, jobOrders, placements, touchpoints, users } from './schema/index.ts';

export type PlacementRow = typeof placements.$inferSelect;
export type CheckInRow = typeof checkIns.$inferSelect;
export type CheckInView = CheckInRow & { byName: string | null };
export type PlacementView = PlacementRow & {
  candidateName: string;
  jobOrderTitle: string;
  clientName: string;
  checkIns: CheckInView[];
};

const joined = (db: Db) =>
  db
    .select({
      placement: placements,
      candidateName: sql<string>`${candidates.firstName} || ' ' || ${candidates.lastName}`,
      jobOrderTitle: jobOrders.title,
      clientName: clients.name,
    })
    .from(placements)
    .innerJoin(
      candidates,
      and(eq(candidates.firmId, placements.firmId), eq(candidates.id, placements.candidateId)),
    )
    .innerJoin(
      jobOrders,
      and(eq(jobOrders.firmId, placements.firmId), eq(jobOrders.id, placements.jobOrderId)),
    )
    .innerJoin(clients, and(eq(clients.firmId, placements.firmId), eq(clients.id, placements.clientId)));

type Joined = Awaited<ReturnType<ReturnType<typeof joined>['execute']>>[number];

/** Attaches each placement's check-ins (one query for the lot). */
async function withCheckIns(db: Db, firmId: string, rows: Joined[]): Promise<PlacementView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.placement.id);
  const found = await db
    .select({ checkIn: checkIns, byName: users.name })
    .from(checkIns)
    .leftJoin(users, and(eq(users.firmId, checkIns.firmId), eq(users.id, checkIns.byUserId)))
    .where(and(eq(checkIns.firmId, firmId), inArray(checkIns.placementId, ids)))
    .orderBy(desc(checkIns.occurredAt));
  return rows.map(({ placement, ...names }) => ({
    ...placement,
    ...names,
    checkIns: found
      .filter((c) => c.checkIn.placementId === placement.id)
      .map((c) => ({ ...c.checkIn, byName: c.byName })),
  }));
}

export async function insertPlacement(db: Db, values: typeof placements.$inferInsert) {
  const [row] = await db.insert(placements).values(values).returning();
  return row!;
}

export async function findPlacement(db: Db, firmId: string, id: string): Promise<PlacementView | null> {
  const rows = await joined(db).where(and(eq(placements.firmId, firmId), eq(placements.id, id)));
  const [view] = await withCheckIns(db, firmId, rows);
  return view ?? null;
}

export async function updatePlacement(
  db: Db,
  firmId: string,
  id: string,
  version: number,
  patch: Partial<typeof placements.$inferInsert>,
  /** When, by the service clock: the one source of "now", so a controlled clock (tests, the demo seed) holds. */
  now: Date,
) {
  const rows = await db
    .update(placements)
    .set({ ...patch, version: sql`${placements.version} + 1`, updatedAt: now })
    .where(and(eq(placements.firmId, firmId), eq(placements.id, id), eq(placements.version, version)))
    .returning({ id: placements.id });
  return rows.length === 1;
}

export async function placementsOf(
  db: Db,
  firmId: string,
  by: { candidateId?: string; jobOrderId?: string; clientId?: string },
) {
  const conds = [eq(placements.firmId, firmId)];
  if (by.candidateId) conds.push(eq(placements.candidateId, by.candidateId));
  if (by.jobOrderId) conds.push(eq(placements.jobOrderId, by.jobOrderId));
  if (by.clientId) conds.push(eq(placements.clientId, by.clientId));
  const rows = await joined(db)
    .where(and(...conds))
    .orderBy(desc(placements.startDate), asc(placements.createdAt));
  return withCheckIns(db, firmId, rows);
}

/** Whether the candidate has been placed before (a new placement is then a redeployment). */
export async function countPlacementsOfCandidate(db: Db, firmId: string, candidateId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(placements)
    .where(and(eq(placements.firmId, firmId), eq(placements.candidateId, candidateId)));
  return row!.n;
}

export async function countActivePlacementsOfCandidate(db: Db, firmId: string, candidateId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(placements)
    .where(
      and(
        eq(placements.firmId, firmId),
        eq(placements.candidateId, candidateId),
        eq(placements.status, 'active'),
      ),
    );
  return row!.n;
}

/** Active placements whose start date has come and whose `assignment_started` touchpoint is not yet logged. */
export async function placementsDueToStart(db: Db, today: string) {
  return db
    .select()
    .from(placements)
    .where(
      and(
        eq(placements.status, 'active'),
        lte(placements.startDate, today),
        sql`not exists (select 1 from ${touchpoints} where ${touchpoints.firmId} = ${placements.firmId}
          and ${touchpoints.placementId} = ${placements.id} and ${touchpoints.activity} = 'assignment_started'
          and ${touchpoints.voidsId} is null)`,
      ),
    );
}

export async function insertCheckIn(db: Db, values: typeof checkIns.$inferInsert) {
  const [row] = await db.insert(checkIns).values(values).returning();
  return row!;
}
