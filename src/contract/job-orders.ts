/** @module Job orders (staffing requests). */
import { z } from 'zod';
import { jobTypes, payUnits } from '../domain/candidate.ts';
import { jobOrderStatuses, shifts } from '../domain/job-order.ts';
import { id, isoDate, money, optionalText, page, pageQuery, ref, text, version } from './common.ts';

const jobOrderFields = z.strictObject({
  title: text(160),
  description: optionalText(20_000),
  category: optionalText(80),
  type: z.enum(jobTypes),
  openings: z.number().int().min(1, 'At least 1').max(10_000),
  payRate: money.nullable().optional(),
  billRate: money.nullable().optional(),
  rateUnit: z.enum(payUnits).optional(),
  startDate: isoDate.nullable().optional(),
  endDate: isoDate.nullable().optional(),
  shift: z.enum(shifts).nullable().optional(),
  locationLine: optionalText(200),
  city: optionalText(100),
  postcode: optionalText(20),
  requiredSkills: z.array(text(60)).max(30, 'At most 30 skills').optional(),
  contactId: id.nullable().optional(),
  published: z.boolean().optional(),
});

export const createJobOrderRequest = jobOrderFields.extend({
  clientId: id,
  status: z.enum(['requested', 'open']).optional(),
  ownerId: id.optional(),
  branchId: id.optional(),
});
export type CreateJobOrderRequest = z.input<typeof createJobOrderRequest>;
export type CreateJobOrderInput = z.output<typeof createJobOrderRequest>;

export const updateJobOrderRequest = jobOrderFields.partial().extend({
  version,
  status: z.enum(jobOrderStatuses).optional(),
  ownerId: id.nullable().optional(),
  branchId: id.optional(),
});
export type UpdateJobOrderRequest = z.input<typeof updateJobOrderRequest>;
export type UpdateJobOrderInput = z.output<typeof updateJobOrderRequest>;

export const jobOrderSortKeys = ['title', 'client', 'status', 'startDate', 'createdAt', 'updatedAt'] as const;
export const listJobOrdersQuery = z.strictObject({
  ...pageQuery,
  q: z.string().trim().max(100).optional(),
  status: z.enum(jobOrderStatuses).optional(),
  /** `workable` = requested, open or on hold: the orders a recruiter can still submit to. */
  state: z.enum(['workable', 'closed']).optional(),
  type: z.enum(jobTypes).optional(),
  clientId: id.optional(),
  ownerId: id.optional(),
  branchId: id.optional(),
  sort: z.enum(jobOrderSortKeys).default('createdAt'),
});
export type ListJobOrdersQuery = z.input<typeof listJobOrdersQuery>;
export type ListJobOrdersQueryInput = z.output<typeof listJobOrdersQuery>;

export const jobOrderSummary = z.object({
  id,
  title: z.string(),
  client: ref,
  status: z.enum(jobOrderStatuses),
  type: z.enum(jobTypes),
  openings: z.number().int(),
  filled: z.number().int(),
  city: z.string().nullable(),
  startDate: z.string().nullable(),
  payRate: z.number().nullable(),
  rateUnit: z.enum(payUnits),
  owner: ref.nullable(),
  branch: ref,
  submissions: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type JobOrderSummary = z.infer<typeof jobOrderSummary>;
export const jobOrderPage = page(jobOrderSummary);

/** What an employer asked for on the public staffing-request form, as they wrote it (hourly rates). */
export const staffingRequestView = z.object({
  rateMin: z.number().nullable(),
  rateMax: z.number().nullable(),
  notes: z.string().nullable(),
  receivedAt: z.string(),
});
export type StaffingRequestView = z.infer<typeof staffingRequestView>;

export const jobOrderDetail = z.object({
  id,
  version: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  category: z.string().nullable(),
  client: ref,
  contact: ref.nullable(),
  type: z.enum(jobTypes),
  openings: z.number().int(),
  filled: z.number().int(),
  payRate: z.number().nullable(),
  billRate: z.number().nullable(),
  rateUnit: z.enum(payUnits),
  marginPercent: z.number().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  shift: z.enum(shifts).nullable(),
  locationLine: z.string().nullable(),
  city: z.string().nullable(),
  postcode: z.string().nullable(),
  requiredSkills: z.array(z.string()),
  status: z.enum(jobOrderStatuses),
  published: z.boolean(),
  /** Set when the order came in through the public staffing-request form. */
  request: staffingRequestView.nullable(),
  owner: ref.nullable(),
  branch: ref,
  createdAt: z.string(),
  updatedAt: z.string(),
  permissions: z.object({ edit: z.boolean(), reassign: z.boolean() }),
});
export type JobOrderDetail = z.infer<typeof jobOrderDetail>;
