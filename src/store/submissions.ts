/** @module SQL for submissions (a candidate put forward for a job order). */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { candidates, clients, jobOrders, placements, submissions, users } from './schema/index.ts';

export type SubmissionRow = typeof submissions.$inferSelect;
export type SubmissionView = SubmissionRow & {
  candidateName: string;
  jobOrderTitle: string;
  jobOrderStatus: string;
  clientId: string;
  clientName: string;
  createdByName: string | null;
  placementId: string | null;
};

const joined = (db: Db) =>
  db
    .select({
      submission: submissions,
      candidateName: sql<string>`${candidates.firstName} || ' ' || ${candidates.lastName}`,
      jobOrderTitle: jobOrders.title,
      jobOrderStatus: jobOrders.status,
      clientId: clients.id,
      clientName: clients.name,
      createdByName: users.name,
      placementId: placements.id,
    })
    .from(submissions)
    .innerJoin(
      candidates,
      and(eq(candidates.firmId, submissions.firmId), eq(candidates.id, submissions.candidateId)),
    )
    .innerJoin(
      jobOrders,
      and(eq(jobOrders.firmId, submissions.firmId), eq(jobOrders.id, submissions.jobOrderId)),
    )
    .innerJoin(clients, and(eq(clients.firmId, jobOrders.firmId), eq(clients.id, jobOrders.clientId)))
    .leftJoin(users, and(eq(users.firmId, submissions.firmId), eq(users.id, submissions.createdBy)))
    .leftJoin(
      placements,
      and(eq(placements.firmId, submissions.firmId), eq(placements.submissionId, submissions.id)),
    );

type Joined = Awaited<ReturnType<ReturnType<typeof joined>['execute']>>[number];
const flatten = ({ submission, ...names }: Joined): SubmissionView => ({ ...submission, ...names });

export async function insertSubmission(db: Db, values: typeof submissions.$inferInsert) {
  const [row] = await db.insert(submissions).values(values).returning();
  return row!;
}

export async function findSubmission(db: Db, firmId: string, id: string): Promise<SubmissionView | null> {
  const [row] = await joined(db).where(and(eq(submissions.firmId, firmId), eq(submissions.id, id)));
  return row ? flatten(row) : null;
}

export async function findSubmissionFor(db: Db, firmId: string, jobOrderId: string, candidateId: string) {
  const [row] = await db
    .select()
    .from(submissions)
    .where(
      and(
        eq(submissions.firmId, firmId),
        eq(submissions.jobOrderId, jobOrderId),
        eq(submissions.candidateId, candidateId),
      ),
    );
  return row ?? null;
}

export async function updateSubmission(
  db: Db,
  firmId: string,
  id: string,
  version: number,
  patch: Partial<typeof submissions.$inferInsert>,
  /** When, by the service clock: the one source of "now", so a controlled clock (tests, the demo seed) holds. */
  now: Date,
) {
  const rows = await db
    .update(submissions)
    .set({ ...patch, version: sql`${submissions.version} + 1`, updatedAt: now })
    .where(and(eq(submissions.firmId, firmId), eq(submissions.id, id), eq(submissions.version, version)))
    .returning({ id: submissions.id });
  return rows.length === 1;
}

export async function submissionsOfCandidate(db: Db, firmId: string, candidateId: string) {
  const rows = await joined(db)
    .where(and(eq(submissions.firmId, firmId), eq(submissions.candidateId, candidateId)))
    .orderBy(sql`${submissions.updatedAt} desc`);
  return rows.map(flatten);
}

export async function submissionsOfJobOrder(db: Db, firmId: string, jobOrderId: string) {
  const rows = await joined(db)
    .where(and(eq(submissions.firmId, firmId), eq(submissions.jobOrderId, jobOrderId)))
    .orderBy(asc(submissions.createdAt));
  return rows.map(flatten);
}

/** Live submissions of other candidates on an order (told "filled by someone else" when it fills). */
export async function liveSubmissionsOfJobOrder(db: Db, firmId: string, jobOrderId: string) {
  return db
    .select()
    .from(submissions)
    .where(
      and(
        eq(submissions.firmId, firmId),
        eq(submissions.jobOrderId, jobOrderId),
        sql`${submissions.status} in ('shortlisted', 'submitted', 'client_interview', 'offered')`,
      ),
    );
}
