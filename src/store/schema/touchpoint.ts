/** @module The touchpoint log: append-only, the single source of every journey. */
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { candidates } from './candidate.ts';
import { clients, contacts } from './client.ts';
import { firmId } from './columns.ts';
import { users } from './firm.ts';
import { jobOrders } from './job-order.ts';
import { placements, submissions } from './pipeline.ts';

export const touchpoints = pgTable(
  'touchpoints',
  {
    firmId: firmId(),
    // Recording order: ties on occurred_at are broken by it.
    id: bigint({ mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    subjectType: text().notNull(),
    candidateId: uuid(),
    clientId: uuid(),
    contactId: uuid(),
    activity: text().notNull(),
    channel: text().notNull(),
    direction: text(),
    actorType: text().notNull(),
    actorUserId: uuid(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    jobOrderId: uuid(),
    submissionId: uuid(),
    placementId: uuid(),
    summary: text(),
    outcome: text(),
    voidsId: bigint({ mode: 'number' }),
    meta: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    foreignKey({ columns: [t.firmId, t.candidateId], foreignColumns: [candidates.firmId, candidates.id] }),
    foreignKey({ columns: [t.firmId, t.clientId], foreignColumns: [clients.firmId, clients.id] }),
    foreignKey({ columns: [t.firmId, t.contactId], foreignColumns: [contacts.firmId, contacts.id] }),
    foreignKey({ columns: [t.firmId, t.actorUserId], foreignColumns: [users.firmId, users.id] }),
    foreignKey({ columns: [t.firmId, t.jobOrderId], foreignColumns: [jobOrders.firmId, jobOrders.id] }),
    foreignKey({ columns: [t.firmId, t.submissionId], foreignColumns: [submissions.firmId, submissions.id] }),
    foreignKey({ columns: [t.firmId, t.placementId], foreignColumns: [placements.firmId, placements.id] }),
    foreignKey({ columns: [t.firmId, t.voidsId], foreignColumns: [t.firmId, t.id] }),
    check(
      'touchpoints_subject_ck',
      sql`(${t.subjectType} = 'candidate' and ${t.candidateId} is not null and ${t.clientId} is null)
        or (${t.subjectType} = 'client' and ${t.clientId} is not null and ${t.candidateId} is null)`,
    ),
    index('touchpoints_candidate_idx').on(t.firmId, t.candidateId, t.occurredAt),
    index('touchpoints_client_idx').on(t.firmId, t.clientId, t.occurredAt),
    index('touchpoints_contact_idx').on(t.firmId, t.contactId, t.occurredAt),
    index('touchpoints_occurred_idx').on(t.firmId, t.subjectType, t.occurredAt),
    index('touchpoints_job_order_idx').on(t.firmId, t.jobOrderId, t.occurredAt),
    // The journey engine follows the log across firms in recording order.
    index('touchpoints_id_idx').on(t.id),
    // An assignment starts and ends once: a timer that fires twice (two processes, a retry) hits this and is refused.
    uniqueIndex('touchpoints_assignment_milestone_uq')
      .on(t.firmId, t.placementId, t.activity)
      .where(sql`${t.voidsId} is null and ${t.activity} in ('assignment_started', 'assignment_ended')`),
    // At most one correction per touchpoint.
    uniqueIndex('touchpoints_voids_uq').on(t.firmId, t.voidsId),
  ],
);
