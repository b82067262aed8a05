/** @module Client companies and their contacts. */
import { boolean, foreignKey, index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { EmailEntry, PhoneEntry } from './candidate.ts';
import { createdAt, firmId, id, updatedAt, version } from './columns.ts';
import { branches, users } from './firm.ts';
import type { Attribution } from './front-door.ts';

export const clients = pgTable(
  'clients',
  {
    firmId: firmId(),
    id: id(),
    branchId: uuid().notNull(),
    ownerId: uuid(),
    name: text().notNull(),
    status: text().notNull().default('prospect'),
    industry: text(),
    website: text(),
    phone: text(),
    addressLine: text(),
    city: text(),
    region: text(),
    postcode: text(),
    source: text(),
    sourceDetail: text(),
    attribution: jsonb().$type<Attribution>(),
    notes: text(),
    createdBy: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    foreignKey({ columns: [t.firmId, t.branchId], foreignColumns: [branches.firmId, branches.id] }),
    foreignKey({ columns: [t.firmId, t.ownerId], foreignColumns: [users.firmId, users.id] }),
    index('clients_name_idx').on(t.firmId, t.name),
  ],
);

export const contacts = pgTable(
  'contacts',
  {
    firmId: firmId(),
    id: id(),
    clientId: uuid().notNull(),
    firstName: text().notNull(),
    lastName: text().notNull(),
    title: text(),
    role: text().notNull().default('hiring_manager'),
    emails: jsonb().$type<EmailEntry[]>().notNull().default([]),
    phones: jsonb().$type<PhoneEntry[]>().notNull().default([]),
    active: boolean().notNull().default(true),
    notes: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    foreignKey({ columns: [t.firmId, t.clientId], foreignColumns: [clients.firmId, clients.id] }),
    index('contacts_client_idx').on(t.firmId, t.clientId),
    index('contacts_name_idx').on(t.firmId, t.lastName, t.firstName),
  ],
);
