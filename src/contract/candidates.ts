/** @module Candidates: list, detail, create/update, employment history. */
import { z } from 'zod';
import {
  candidateStatuses,
  jobCategories,
  jobTypes,
  payUnits,
  skillLevels,
  sources,
} from '../domain/candidate.ts';
import {
  emailEntry,
  id,
  isoDate,
  money,
  optionalText,
  page,
  pageQuery,
  phoneEntry,
  ref,
  text,
  version,
} from './common.ts';

export const skillEntry = z.strictObject({
  name: text(60),
  years: z.number().min(0).max(60).multipleOf(0.5).nullable().optional(),
  level: z.enum(skillLevels).nullable().optional(),
});
export const educationEntry = z.strictObject({
  institution: text(120),
  qualification: text(120),
  field: optionalText(120),
  fromDate: isoDate.nullable().optional(),
  toDate: isoDate.nullable().optional(),
});
export const certificationEntry = z.strictObject({
  name: text(120),
  issuer: optionalText(120),
  issuedOn: isoDate.nullable().optional(),
  expiresOn: isoDate.nullable().optional(),
});

/**
 * Fields a person types about a candidate, shared by create and update. No defaults here: zod applies a default even
 * inside `.partial()`, which would make a partial update clear fields; services fill defaults on create.
 */
const candidateFields = z.strictObject({
  firstName: text(100),
  lastName: text(100),
  headline: optionalText(160),
  emails: z.array(emailEntry).max(5, 'At most 5 emails').optional(),
  phones: z.array(phoneEntry).max(5, 'At most 5 phone numbers').optional(),
  addressLine: optionalText(200),
  city: optionalText(100),
  region: optionalText(100),
  postcode: optionalText(20),
  skills: z.array(skillEntry).max(50, 'At most 50 skills').optional(),
  education: z.array(educationEntry).max(20, 'At most 20 entries').optional(),
  certifications: z.array(certificationEntry).max(30, 'At most 30 entries').optional(),
  desiredJobTypes: z.array(z.enum(jobTypes)).max(3).optional(),
  desiredPay: money.nullable().optional(),
  desiredPayUnit: z.enum(payUnits).nullable().optional(),
  availableFrom: isoDate.nullable().optional(),
  source: z.enum(sources).nullable().optional(),
  sourceDetail: optionalText(200),
  jobCategory: z.enum(jobCategories).nullable().optional(),
  resumeText: optionalText(100_000),
});

export const createCandidateRequest = candidateFields.extend({
  /** When they first heard of the firm, if known and before today: the journey's first step. */
  firstHeardOn: isoDate.nullable().optional(),
  /** Managers and admins may hand the candidate to another recruiter or branch; others own what they create. */
  ownerId: id.optional(),
  branchId: id.optional(),
});
export type CreateCandidateRequest = z.input<typeof createCandidateRequest>;
export type CreateCandidateInput = z.output<typeof createCandidateRequest>;

export const updateCandidateRequest = candidateFields.partial().extend({
  version,
  status: z.enum(candidateStatuses).optional(),
  ownerId: id.nullable().optional(),
  branchId: id.optional(),
});
export type UpdateCandidateRequest = z.input<typeof updateCandidateRequest>;
export type UpdateCandidateInput = z.output<typeof updateCandidateRequest>;

export const candidateSortKeys = [
  'name',
  'updatedAt',
  'createdAt',
  'city',
  'status',
  'availableFrom',
] as const;

export const listCandidatesQuery = z.strictObject({
  ...pageQuery,
  q: z.string().trim().max(100).optional(),
  status: z.enum(candidateStatuses).optional(),
  ownerId: id.optional(),
  branchId: id.optional(),
  skill: z.string().trim().max(60).optional(),
  source: z.enum(sources).optional(),
  sort: z.enum(candidateSortKeys).default('updatedAt'),
});
export type ListCandidatesQuery = z.input<typeof listCandidatesQuery>;
export type ListCandidatesQueryInput = z.output<typeof listCandidatesQuery>;

export const candidateSummary = z.object({
  id,
  firstName: z.string(),
  lastName: z.string(),
  headline: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  city: z.string().nullable(),
  status: z.enum(candidateStatuses),
  skills: z.array(z.string()),
  owner: ref.nullable(),
  branch: ref,
  availableFrom: z.string().nullable(),
  updatedAt: z.string(),
});
export type CandidateSummary = z.infer<typeof candidateSummary>;
export const candidatePage = page(candidateSummary);

export const candidateDetail = z.object({
  id,
  version: z.number().int(),
  firstName: z.string(),
  lastName: z.string(),
  headline: z.string().nullable(),
  emails: z.array(z.object({ address: z.string(), label: z.string() })),
  phones: z.array(z.object({ number: z.string(), label: z.string() })),
  addressLine: z.string().nullable(),
  city: z.string().nullable(),
  region: z.string().nullable(),
  postcode: z.string().nullable(),
  skills: z.array(
    z.object({ name: z.string(), years: z.number().nullable(), level: z.enum(skillLevels).nullable() }),
  ),
  education: z.array(
    z.object({
      institution: z.string(),
      qualification: z.string(),
      field: z.string().nullable(),
      fromDate: z.string().nullable(),
      toDate: z.string().nullable(),
    }),
  ),
  certifications: z.array(
    z.object({
      name: z.string(),
      issuer: z.string().nullable(),
      issuedOn: z.string().nullable(),
      expiresOn: z.string().nullable(),
    }),
  ),
  desiredJobTypes: z.array(z.enum(jobTypes)),
  desiredPay: z.number().nullable(),
  desiredPayUnit: z.enum(payUnits).nullable(),
  availableFrom: z.string().nullable(),
  source: z.enum(sources).nullable(),
  sourceDetail: z.string().nullable(),
  jobCategory: z.enum(jobCategories).nullable(),
  status: z.enum(candidateStatuses),
  resumeText: z.string().nullable(),
  owner: ref.nullable(),
  branch: ref,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** What the signed-in user may do with this record, so the app shows only the actions that will work. */
  permissions: z.object({ edit: z.boolean(), reassign: z.boolean() }),
});
export type CandidateDetail = z.infer<typeof candidateDetail>;

const employmentFields = z.strictObject({
  employer: text(160),
  title: text(160),
  startDate: isoDate.nullable().optional(),
  endDate: isoDate.nullable().optional(),
  duties: optionalText(5000),
  payRate: money.nullable().optional(),
  payUnit: z.enum(payUnits).nullable().optional(),
  reasonForLeaving: optionalText(500),
});
export const createEmploymentRequest = employmentFields;
export type CreateEmploymentRequest = z.input<typeof createEmploymentRequest>;
export type CreateEmploymentInput = z.output<typeof createEmploymentRequest>;
export const updateEmploymentRequest = employmentFields.partial().extend({ version });
export type UpdateEmploymentRequest = z.input<typeof updateEmploymentRequest>;
export type UpdateEmploymentInput = z.output<typeof updateEmploymentRequest>;
export const employmentParams = z.strictObject({ id, entryId: id });

/** One line of employment history: typed in by staff, or an assignment the firm placed (which appears by itself). */
export const employmentEntry = z.object({
  id,
  origin: z.enum(['manual', 'placement']),
  version: z.number().int().nullable(),
  employer: z.string(),
  clientId: id.nullable(),
  title: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  current: z.boolean(),
  duties: z.string().nullable(),
  payRate: z.number().nullable(),
  payUnit: z.enum(payUnits).nullable(),
  reasonForLeaving: z.string().nullable(),
});
export type EmploymentEntry = z.infer<typeof employmentEntry>;
export const employmentHistory = z.object({ items: z.array(employmentEntry) });
