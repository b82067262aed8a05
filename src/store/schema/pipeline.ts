/** @module The pipeline: submissions, interviews, assessments, placements and their check-ins. */
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { candidates } from './candidate.ts';
import { clients } from './client.ts';
import { createdAt, firmId, id, updatedAt, version } from './columns.ts';
import { users } from './firm.ts';
import { jobOrders } from './job-order.ts';

const money = () => numeric({ precision: 12, scale: 2, mode: 'number' });

export const submissions = pgTable(
  'submissions',
  {
    firmId: firmId(),
    id: id(),
    jobOrderId: uuid().notNull(),
    candidateId: uuid().notNull(),
    status: text().notNull().default('shortlisted'),
    submittedAt: timestamp({ withTimezone: true }),
    notes: text(),
    createdBy: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    foreignKey({ columns: [t.firmId, t.jobOrderId], foreignColumns: [jobOrders.firmId, jobOrders.id] }),
    foreignKey({ columns: [t.firmId, t.candidateId], foreignColumns: [candidates.firmId, candidates.id] }),
    foreignKey({ columns: [t.firmId, t.createdBy], foreignColumns: [users.firmId, users.id] }),
    // One submission per candidate and order: a second "submit" is the same submission moving on.
    uniqueIndex('submissions_order_candidate_uq').on(t.firmId, t.jobOrderId, t.candidateId),
    index('submissions_candidate_idx').on(t.firmId, t.candidateId),
  ],
);

export const interviews = pgTable(
  'interviews',
  {
    firmId: firmId(),
    id: id(),
    candidateId: uuid().notNull(),
    submissionId: uuid(),
    kind: text().notNull(),
    scheduledAt: timestamp({ withTimezone: true }).notNull(),
    interviewer: text(),
    interviewerUserId: uuid(),
    outcome: text().notNull().default('scheduled'),
    notes: text(),
    createdBy: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    foreignKey({ columns: [t.firmId, t.candidateId], foreignColumns: [candidates.firmId, candidates.id] }),
    foreignKey({ columns: [t.firmId, t.submissionId], foreignColumns: [submissions.firmId, submissions.id] }),
    foreignKey({ columns: [t.firmId, t.interviewerUserId], foreignColumns: [users.firmId, users.id] }),
    index('interviews_candidate_idx').on(t.firmId, t.candidateId),
  ],
);

export const assessments = pgTable(
  'assessments',
  {
    firmId: firmId(),
    id: id(),
    candidateId: uuid().notNull(),
    name: text().notNull(),
    score: numeric({ precision: 8, scale: 2, mode: 'number' }),
    maxScore: numeric({ precision: 8, scale: 2, mode: 'number' }),
    passed: boolean(),
    takenOn: date({ mode: 'string' }).notNull(),
    notes: text(),
    createdBy: uuid(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    foreignKey({ columns: [t.firmId, t.candidateId], foreignColumns: [candidates.firmId, candidates.id] }),
    index('assessments_candidate_idx').on(t.firmId, t.candidateId),
  ],
);

export const placements = pgTable(
  'placements',
  {
    firmId: firmId(),
    id: id(),
    candidateId: uuid().notNull(),
    jobOrderId: uuid().notNull(),
    clientId: uuid().notNull(),
    submissionId: uuid().notNull(),
    startDate: date({ mode: 'string' }).notNull(),
    endDate: date({ mode: 'string' }),
    endedOn: date({ mode: 'string' }),
    payRate: money(),
    billRate: money(),
    rateUnit: text().notNull().default('hour'),
    status: text().notNull().default('active'),
    endReason: text(),
    endNotes: text(),
    createdBy: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    foreignKey({ columns: [t.firmId, t.candidateId], foreignColumns: [candidates.firmId, candidates.id] }),
    foreignKey({ columns: [t.firmId, t.jobOrderId], foreignColumns: [jobOrders.firmId, jobOrders.id] }),
    foreignKey({ columns: [t.firmId, t.clientId], foreignColumns: [clients.firmId, clients.id] }),
    foreignKey({ columns: [t.firmId, t.submissionId], foreignColumns: [submissions.firmId, submissions.id] }),
    uniqueIndex('placements_submission_uq').on(t.firmId, t.submissionId),
    index('placements_candidate_idx').on(t.firmId, t.candidateId),
    index('placements_job_order_idx').on(t.firmId, t.jobOrderId),
    index('placements_client_idx').on(t.firmId, t.clientId),
  ],
);

export const checkIns = pgTable(
  'check_ins',
  {
    firmId: firmId(),
    id: id(),
    placementId: uuid().notNull(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    kind: text().notNull(),
    satisfaction: integer(),
    notes: text(),
    byUserId: uuid(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    foreignKey({ columns: [t.firmId, t.placementId], foreignColumns: [placements.firmId, placements.id] }),
    index('check_ins_placement_idx').on(t.firmId, t.placementId),
  ],
);
