/** @module Job orders: a client's staffing request. */

import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { clients, contacts } from './client.ts';
import { createdAt, firmId, id, updatedAt, version } from './columns.ts';
import { branches, users } from './firm.ts';
import type { StaffingRequestDetails } from './front-door.ts';

export const jobOrders = pgTable(
  'job_orders',
  {
    firmId: firmId(),
    id: id(),
    clientId: uuid().notNull(),
    contactId: uuid(),
    branchId: uuid().notNull(),
    ownerId: uuid(),
    title: text().notNull(),
    description: text(),
    category: text(),
    type: text().notNull(),
    openings: integer().notNull().default(1),
    payRate: numeric({ precision: 12, scale: 2, mode: 'number' }),
    billRate: numeric({ precision: 12, scale: 2, mode: 'number' }),
    rateUnit: text().notNull().default('hour'),
    startDate: date({ mode: 'string' }),
    endDate: date({ mode: 'string' }),
    shift: text(),
    locationLine: text(),
    city: text(),
    postcode: text(),
    requiredSkills: jsonb().$type<string[]>().notNull().default([]),
    status: text().notNull().default('requested'),
    published: boolean().notNull().default(false),
    /** Set when the order came in through the public staffing-request form. */
    request: jsonb().$type<StaffingRequestDetails>(),
    closedAt: timestamp({ withTimezone: true }),
    createdBy: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    foreignKey({ columns: [t.firmId, t.clientId], foreignColumns: [clients.firmId, clients.id] }),
    foreignKey({ columns: [t.firmId, t.contactId], foreignColumns: [contacts.firmId, contacts.id] }),
    foreignKey({ columns: [t.firmId, t.branchId], foreignColumns: [branches.firmId, branches.id] }),
    foreignKey({ columns: [t.firmId, t.ownerId], foreignColumns: [users.firmId, users.id] }),
    index('job_orders_client_idx').on(t.firmId, t.clientId),
    index('job_orders_status_idx').on(t.firmId, t.status, t.createdAt),
    check('job_orders_openings_ck', sql`${t.openings} between 1 and 10000`),
  ],
);
