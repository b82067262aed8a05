/**
 * @module The public side: documents people upload (resumes), the private links to a candidate's status page, the
 * record of public form posts that makes a retried post idempotent, and the resources a firm shows per stage.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  customType,
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
import { createdAt, firmId, id, updatedAt, version } from './columns.ts';
import { users } from './firm.ts';

/** Where a person came from, as their first public visit told it: UTM parameters, the referring page, their answer. */
export interface Attribution {
  utmSource?: string;
  utmMedium?: string;
  utmCampaign?: string;
  utmTerm?: string;
  utmContent?: string;
  referrer?: string;
  landingPath?: string;
  howHeard?: string;
}

/** What an employer asked for on the public staffing-request form, kept as they wrote it beside the job order. */
export interface StaffingRequestDetails {
  rateMin: number | null;
  rateMax: number | null;
  notes: string | null;
  receivedAt: string;
}

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * A file kept for a candidate: its bytes live in the database, never under the web root, and are only ever served as
 * an attachment. The type was decided from the content; the text was extracted in an isolated worker.
 */
export const candidateDocuments = pgTable(
  'candidate_documents',
  {
    firmId: firmId(),
    id: id(),
    candidateId: uuid().notNull(),
    kind: text().notNull(),
    filename: text().notNull(),
    mediaType: text().notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    content: bytea().notNull(),
    textStatus: text().notNull(),
    textContent: text(),
    /** Null when the candidate uploaded it on a public page. */
    uploadedBy: uuid(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    foreignKey({ columns: [t.firmId, t.candidateId], foreignColumns: [candidates.firmId, candidates.id] }),
    foreignKey({ columns: [t.firmId, t.uploadedBy], foreignColumns: [users.firmId, users.id] }),
    index('candidate_documents_candidate_idx').on(t.firmId, t.candidateId, t.createdAt),
    check('candidate_documents_size_ck', sql`${t.sizeBytes} >= 0`),
  ],
);

/**
 * A private link to a candidate's status page. Only the token's SHA-256 is kept, so the table alone opens nothing;
 * links expire, and asking again by email sends a new one.
 */
export const candidateAccessLinks = pgTable(
  'candidate_access_links',
  {
    firmId: firmId(),
    id: id(),
    candidateId: uuid().notNull(),
    tokenHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    lastUsedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    foreignKey({ columns: [t.firmId, t.candidateId], foreignColumns: [candidates.firmId, candidates.id] }),
    uniqueIndex('candidate_access_links_token_idx').on(t.tokenHash),
    index('candidate_access_links_candidate_idx').on(t.firmId, t.candidateId, t.createdAt),
  ],
);

/**
 * Each public form post, by the idempotency key its form carried: posting the same form again (a double click, a
 * retry after a timeout) returns the first outcome instead of acting twice.
 */
export const publicPosts = pgTable(
  'public_posts',
  {
    firmId: firmId(),
    kind: text().notNull(),
    key: text().notNull(),
    outcome: jsonb().$type<Record<string, string | null>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.firmId, t.kind, t.key] })],
);

/** What the firm shows candidates at a stage of an application on their status page (interview tips, directions…). */
export const stageResources = pgTable(
  'stage_resources',
  {
    firmId: firmId(),
    id: id(),
    stage: text().notNull(),
    title: text().notNull(),
    url: text(),
    body: text(),
    position: integer().notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    index('stage_resources_stage_idx').on(t.firmId, t.stage, t.position),
  ],
);
