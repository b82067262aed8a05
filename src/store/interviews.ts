/** @module SQL for interviews and assessments (tests). */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { assessments, candidates, interviews, jobOrders, submissions } from './schema/index.ts';

export type InterviewRow = typeof interviews.$inferSelect;
export type InterviewView = InterviewRow & {
  candidateName: string;
  jobOrderId: string | null;
  jobOrderTitle: string | null;
};
export type AssessmentRow = typeof assessments.$inferSelect;

const joined = (db: Db) =>
  db
    .select({
      interview: interviews,
      candidateName: sql<string>`${candidates.firstName} || ' ' || ${candidates.lastName}`,
      jobOrderId: jobOrders.id,
      jobOrderTitle: jobOrders.title,
    })
    .from(interviews)
    .innerJoin(
      candidates,
      and(eq(candidates.firmId, interviews.firmId), eq(candidates.id, interviews.candidateId)),
    )
    .leftJoin(
      submissions,
      and(eq(submissions.firmId, interviews.firmId), eq(submissions.id, interviews.submissionId)),
    )
    .leftJoin(
      jobOrders,
      and(eq(jobOrders.firmId, submissions.firmId), eq(jobOrders.id, submissions.jobOrderId)),
    );

type Joined = Awaited<ReturnType<ReturnType<typeof joined>['execute']>>[number];
const flatten = ({ interview, ...rest }: Joined): InterviewView => ({ ...interview, ...rest });

export async function insertInterview(db: Db, values: typeof interviews.$inferInsert) {
  const [row] = await db.insert(interviews).values(values).returning();
  return row!;
}

export async function findInterview(db: Db, firmId: string, id: string): Promise<InterviewView | null> {
  const [row] = await joined(db).where(and(eq(interviews.firmId, firmId), eq(interviews.id, id)));
  return row ? flatten(row) : null;
}

export async function updateInterview(
  db: Db,
  firmId: string,
  id: string,
  version: number,
  patch: Partial<typeof interviews.$inferInsert>,
  /** When, by the service clock: the one source of "now", so a controlled clock (tests, the demo seed) holds. */
  now: Date,
) {
  const rows = await db
    .update(interviews)
    .set({ ...patch, version: sql`${interviews.version} + 1`, updatedAt: now })
    .where(and(eq(interviews.firmId, firmId), eq(interviews.id, id), eq(interviews.version, version)))
    .returning({ id: interviews.id });
  return rows.length === 1;
}

export async function interviewsOfCandidate(db: Db, firmId: string, candidateId: string) {
  const rows = await joined(db)
    .where(and(eq(interviews.firmId, firmId), eq(interviews.candidateId, candidateId)))
    .orderBy(desc(interviews.scheduledAt));
  return rows.map(flatten);
}

export async function insertAssessment(db: Db, values: typeof assessments.$inferInsert) {
  const [row] = await db.insert(assessments).values(values).returning();
  return row!;
}

export async function assessmentsOfCandidate(db: Db, firmId: string, candidateId: string) {
  return db
    .select()
    .from(assessments)
    .where(and(eq(assessments.firmId, firmId), eq(assessments.candidateId, candidateId)))
    .orderBy(desc(assessments.takenOn), desc(assessments.createdAt));
}
