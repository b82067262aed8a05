/** @module Candidates and their employment history. */
import { sql } from 'drizzle-orm';
import {
  date,
  foreignKey,
  index,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, firmId, id, updatedAt, version } from './columns.ts';
import { branches, users } from './firm.ts';
import type { Attribution } from './front-door.ts';

export interface EmailEntry {
  address: string;
  label: string;
}
export interface PhoneEntry {
  number: string;
  label: string;
}
export interface SkillEntry {
  name: string;
  years: number | null;
  level: string | null;
}
export interface EducationEntry {
  institution: string;
  qualification: string;
  field: string | null;
  fromDate: string | null;
  toDate: string | null;
}
export interface CertificationEntry {
  name: string;
  issuer: string | null;
  issuedOn: string | null;
  expiresOn: string | null;
}

const money = () => numeric({ precision: 12, scale: 2, mode: 'number' });

export const candidates = pgTable(
  'candidates',
  {
    firmId: firmId(),
    id: id(),
    branchId: uuid().notNull(),
    ownerId: uuid(),
    firstName: text().notNull(),
    lastName: text().notNull(),
    headline: text(),
    emails: jsonb().$type<EmailEntry[]>().notNull().default([]),
    phones: jsonb().$type<PhoneEntry[]>().notNull().default([]),
    addressLine: text(),
    city: text(),
    region: text(),
    postcode: text(),
    skills: jsonb().$type<SkillEntry[]>().notNull().default([]),
    education: jsonb().$type<EducationEntry[]>().notNull().default([]),
    certifications: jsonb().$type<CertificationEntry[]>().notNull().default([]),
    desiredJobTypes: text().array().notNull().default(sql`'{}'::text[]`),
    desiredPay: money(),
    desiredPayUnit: text(),
    availableFrom: date({ mode: 'string' }),
    source: text(),
    sourceDetail: text(),
    attribution: jsonb().$type<Attribution>(),
    /** The kind of work they are for (warehouse, office, healthcare…): a journey segment, like a client's industry. */
    jobCategory: text(),
    status: text().notNull().default('new'),
    resumeText: text(),
    createdBy: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    foreignKey({ columns: [t.firmId, t.branchId], foreignColumns: [branches.firmId, branches.id] }),
    foreignKey({ columns: [t.firmId, t.ownerId], foreignColumns: [users.firmId, users.id] }),
    index('candidates_name_idx').on(t.firmId, t.lastName, t.firstName),
    index('candidates_updated_idx').on(t.firmId, t.updatedAt),
    index('candidates_owner_idx').on(t.firmId, t.ownerId),
  ],
);

export const employmentHistory = pgTable(
  'employment_history',
  {
    firmId: firmId(),
    id: id(),
    candidateId: uuid().notNull(),
    employer: text().notNull(),
    title: text().notNull(),
    startDate: date({ mode: 'string' }),
    endDate: date({ mode: 'string' }),
    duties: text(),
    payRate: money(),
    payUnit: text(),
    reasonForLeaving: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    foreignKey({
      columns: [t.firmId, t.candidateId],
      foreignColumns: [candidates.firmId, candidates.id],
    }).onDelete('cascade'),
    index('employment_history_candidate_idx').on(t.firmId, t.candidateId),
  ],
);
