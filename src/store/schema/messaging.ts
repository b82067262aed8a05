/** @module Messages (email and SMS, out and in), their templates, status-update rules and per-channel consent. */
import { sql } from 'drizzle-orm';
import {
  bigint,
  foreignKey,
  index,
  integer,
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
import { createdAt, firmId, id, updatedAt, version } from './columns.ts';
import { users } from './firm.ts';
import { jobOrders } from './job-order.ts';
import { placements, submissions } from './pipeline.ts';

/**
 * One message: written by staff, prepared by Waypoint (a status update, a digest, an escalation) or received.
 * Its `status` is where it stands in delivery; a message is never deleted, only cancelled.
 */
export const messages = pgTable(
  'messages',
  {
    firmId: firmId(),
    id: id(),
    channel: text().notNull(),
    direction: text().notNull(),
    kind: text().notNull(),
    status: text().notNull(),
    // The person it is to (out) or from (in); all null for staff mail (digest, escalation) and unmatched mail.
    candidateId: uuid(),
    clientId: uuid(),
    contactId: uuid(),
    // A staff member it is addressed to (digest, escalation, a notice).
    userId: uuid(),
    toAddress: text().notNull(),
    fromAddress: text(),
    subject: text(),
    body: text().notNull(),
    templateKey: text(),
    topic: text(),
    jobOrderId: uuid(),
    submissionId: uuid(),
    placementId: uuid(),
    sentBy: uuid(),
    // What the contact guard warned of when it was sent, and the sender's reason for sending anyway.
    guardWarnings: jsonb().$type<Record<string, unknown>[]>().notNull().default([]),
    overrideReason: text(),
    // Pay rate, bill rate, start date, job title as the message states them: what a colleague's next message is held to.
    facts: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }),
    // A sender holds the message until then; past it, a crashed sender's claim lapses and another may retry.
    leaseUntil: timestamp({ withTimezone: true }),
    lastError: text(),
    // RFC 5322 Message-ID: ours for mail we send, the sender's for mail we receive (a redelivery is ignored).
    messageId: text(),
    inReplyTo: text(),
    replyToMessageId: uuid(),
    providerId: text(),
    unsubscribeTokenHash: text(),
    touchpointId: bigint({ mode: 'number' }),
    createdAt: createdAt(),
    sentAt: timestamp({ withTimezone: true }),
    receivedAt: timestamp({ withTimezone: true }),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    foreignKey({ columns: [t.firmId, t.candidateId], foreignColumns: [candidates.firmId, candidates.id] }),
    foreignKey({ columns: [t.firmId, t.clientId], foreignColumns: [clients.firmId, clients.id] }),
    foreignKey({ columns: [t.firmId, t.contactId], foreignColumns: [contacts.firmId, contacts.id] }),
    foreignKey({ columns: [t.firmId, t.userId], foreignColumns: [users.firmId, users.id] }),
    foreignKey({ columns: [t.firmId, t.sentBy], foreignColumns: [users.firmId, users.id] }),
    foreignKey({ columns: [t.firmId, t.jobOrderId], foreignColumns: [jobOrders.firmId, jobOrders.id] }),
    foreignKey({ columns: [t.firmId, t.submissionId], foreignColumns: [submissions.firmId, submissions.id] }),
    foreignKey({ columns: [t.firmId, t.placementId], foreignColumns: [placements.firmId, placements.id] }),
    index('messages_status_idx').on(t.firmId, t.status, t.nextAttemptAt),
    // The delivery worker looks across firms for what is due.
    index('messages_due_idx').on(t.nextAttemptAt).where(sql`${t.status} in ('queued', 'retrying')`),
    index('messages_candidate_idx').on(t.firmId, t.candidateId, t.createdAt),
    index('messages_client_idx').on(t.firmId, t.clientId, t.createdAt),
    index('messages_contact_idx').on(t.firmId, t.contactId, t.createdAt),
    index('messages_user_idx').on(t.firmId, t.userId, t.createdAt),
    uniqueIndex('messages_message_id_uq').on(t.firmId, t.direction, t.messageId),
    uniqueIndex('messages_unsubscribe_uq').on(t.unsubscribeTokenHash),
    // One status update per submission and stage: a retried or replayed move does not tell the candidate twice.
    uniqueIndex('messages_status_update_uq')
      .on(t.firmId, t.submissionId, t.topic)
      .where(sql`${t.kind} = 'status_update'`),
  ],
);

/** A firm's own version of a message template (the defaults ship in code). */
export const messageTemplates = pgTable(
  'message_templates',
  {
    firmId: firmId(),
    key: text().notNull(),
    name: text().notNull(),
    channel: text().notNull(),
    audience: text().notNull(),
    subject: text(),
    body: text().notNull(),
    updatedBy: uuid(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [primaryKey({ columns: [t.firmId, t.key] })],
);

/** Per stage of the candidate's journey: whether its status update goes out by itself, is proposed, or not at all. */
export const statusUpdateRules = pgTable(
  'status_update_rules',
  {
    firmId: firmId(),
    stage: text().notNull(),
    mode: text().notNull(),
    templateKey: text().notNull(),
    updatedBy: uuid(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [primaryKey({ columns: [t.firmId, t.stage] })],
);

/** Consent and opt-out per person and channel, append-only: the latest entry is the person's current choice. */
export const consentEvents = pgTable(
  'consent_events',
  {
    firmId: firmId(),
    id: bigint({ mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    candidateId: uuid(),
    contactId: uuid(),
    channel: text().notNull(),
    status: text().notNull(),
    source: text().notNull(),
    noticeVersion: text(),
    byUserId: uuid(),
    messageId: uuid(),
    note: text(),
    at: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    foreignKey({ columns: [t.firmId, t.candidateId], foreignColumns: [candidates.firmId, candidates.id] }),
    foreignKey({ columns: [t.firmId, t.contactId], foreignColumns: [contacts.firmId, contacts.id] }),
    index('consent_events_candidate_idx').on(t.firmId, t.candidateId, t.channel, t.id),
    index('consent_events_contact_idx').on(t.firmId, t.contactId, t.channel, t.id),
  ],
);
