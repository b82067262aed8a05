/** @module Firms, branches, staff users, their sessions, and the audit trail. */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
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
import { createdAt, firmId, id, updatedAt, version } from './columns.ts';

export const firms = pgTable('firms', {
  id: id().primaryKey(),
  name: text().notNull(),
  slug: text().notNull().unique(),
  timezone: text().notNull().default('America/New_York'),
  createdAt: createdAt(),
});

export const branches = pgTable(
  'branches',
  {
    firmId: firmId().references(() => firms.id),
    id: id(),
    name: text().notNull(),
    city: text(),
    timezone: text().notNull().default('America/New_York'),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    uniqueIndex('branches_name_uq').on(t.firmId, sql`lower(${t.name})`),
  ],
);

export const users = pgTable(
  'users',
  {
    firmId: firmId(),
    id: id(),
    branchId: uuid().notNull(),
    email: text().notNull(),
    emailNormalized: text().notNull(),
    name: text().notNull(),
    role: text().notNull(),
    passwordHash: text().notNull(),
    active: boolean().notNull().default(true),
    failedLogins: integer().notNull().default(0),
    lockedUntil: timestamp({ withTimezone: true }),
    lastLoginAt: timestamp({ withTimezone: true }),
    signature: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    // Sign-in is by email alone, so an address names one user across the deployment.
    uniqueIndex('users_email_uq').on(t.emailNormalized),
    foreignKey({ columns: [t.firmId, t.branchId], foreignColumns: [branches.firmId, branches.id] }),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    // The SHA-256 of the cookie's random token: a leaked table does not yield live cookies.
    id: text().primaryKey(),
    firmId: firmId(),
    userId: uuid().notNull(),
    csrfToken: text().notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    ip: text(),
    userAgent: text(),
  },
  (t) => [
    foreignKey({ columns: [t.firmId, t.userId], foreignColumns: [users.firmId, users.id] }).onDelete(
      'cascade',
    ),
    index('sessions_user_idx').on(t.firmId, t.userId),
  ],
);

export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    // Null only for events before anyone is known, such as a failed sign-in with an unknown email.
    firmId: uuid(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    userId: uuid(),
    action: text().notNull(),
    targetType: text(),
    targetId: text(),
    ip: text(),
    detail: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('audit_events_firm_at_idx').on(t.firmId, t.at)],
);
