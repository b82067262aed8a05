/** @module Service standards: the firm's settings, branch calendars, and the record of what their timers did. */
import {
  boolean,
  date,
  foreignKey,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, firmId, updatedAt, version } from './columns.ts';
import { branches, users } from './firm.ts';

/** A firm's own setting of a standard (the defaults ship in code). */
export const serviceStandards = pgTable(
  'service_standards',
  {
    firmId: firmId(),
    key: text().notNull(),
    enabled: boolean().notNull().default(true),
    amount: integer().notNull(),
    unit: text().notNull(),
    escalateAfterAmount: integer(),
    escalateAfterUnit: text(),
    updatedBy: uuid(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [primaryKey({ columns: [t.firmId, t.key] })],
);

/** A branch's working week, per ISO weekday (1 = Monday): `[["09:00","17:00"]]`, none for a day off. */
export type WorkingWeek = Record<string, [string, string][]>;

export const branchCalendars = pgTable(
  'branch_calendars',
  {
    firmId: firmId(),
    branchId: uuid().notNull(),
    week: jsonb().$type<WorkingWeek>().notNull(),
    updatedBy: uuid(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.branchId] }),
    foreignKey({ columns: [t.firmId, t.branchId], foreignColumns: [branches.firmId, branches.id] }),
  ],
);

export const branchHolidays = pgTable(
  'branch_holidays',
  {
    firmId: firmId(),
    branchId: uuid().notNull(),
    day: date({ mode: 'string' }).notNull(),
    name: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.branchId, t.day] }),
    foreignKey({ columns: [t.firmId, t.branchId], foreignColumns: [branches.firmId, branches.id] }),
  ],
);

/**
 * An overdue item escalated to the branch manager: at most once per item and due moment (the primary key), so a
 * timer that runs twice, in two processes or after a restart, cannot escalate it twice.
 */
export const standardEscalations = pgTable(
  'standard_escalations',
  {
    firmId: firmId(),
    standardKey: text().notNull(),
    itemKey: text().notNull(),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    escalatedAt: timestamp({ withTimezone: true }).notNull(),
    ownerId: uuid(),
    managerIds: jsonb().$type<string[]>().notNull().default([]),
    detail: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.standardKey, t.itemKey, t.dueAt] }),
    foreignKey({ columns: [t.firmId, t.ownerId], foreignColumns: [users.firmId, users.id] }),
  ],
);

/** One daily digest per user and day, written in the transaction that queues its mail: never sent twice. */
export const digestRuns = pgTable(
  'digest_runs',
  {
    firmId: firmId(),
    userId: uuid().notNull(),
    day: date({ mode: 'string' }).notNull(),
    messageId: uuid(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.userId, t.day] }),
    foreignKey({ columns: [t.firmId, t.userId], foreignColumns: [users.firmId, users.id] }),
  ],
);
