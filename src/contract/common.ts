/** @module Building blocks of the HTTP contract: ids, text limits, paging, errors. Shared by server and web app. */
import { z } from 'zod';
import { isPlausiblePhone } from '../domain/contact-points.ts';

export const id = z.uuid();
export const idParams = z.strictObject({ id });
export type IdParams = z.infer<typeof idParams>;

/** Required text: trimmed, not empty, bounded. */
export const text = (max: number) =>
  z.string().trim().min(1, 'Required').max(max, `At most ${max} characters`);
/**
 * Optional text: trimmed; empty becomes null so "cleared" and "never set" read the same. Absent stays absent, so a
 * partial update leaves the field alone.
 */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v));

export const emailAddress = z
  .string()
  .trim()
  .max(254, 'At most 254 characters')
  .pipe(z.email('Not a valid email address'));
export const phoneNumber = z
  .string()
  .trim()
  .max(40, 'At most 40 characters')
  .refine(isPlausiblePhone, 'Not a valid phone number (7 to 15 digits)');
// Years a record can sensibly name. Outside them PostgreSQL refuses the value (year 0, year 10000: a 500) or it reads
// back wrong (JavaScript parses the year 0001 that PostgreSQL returns as 2001).
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;
const yearMessage = `Use a year from ${MIN_YEAR} to ${MAX_YEAR}`;
const sensibleYear = (year: number) => year >= MIN_YEAR && year <= MAX_YEAR;

export const isoDate = z.iso
  .date('Use a date like 2026-03-31')
  .refine((d) => sensibleYear(Number(d.slice(0, 4))), yearMessage);
export const isoDateTime = z.iso
  .datetime({ offset: true, message: 'Use a date and time like 2026-03-31T09:30:00Z' })
  .refine((d) => sensibleYear(new Date(d).getUTCFullYear()), yearMessage);
export const money = z
  .number()
  .min(0, 'Cannot be negative')
  .max(10_000_000, 'Too large')
  .multipleOf(0.01, 'At most 2 decimals');
export const version = z.number().int().min(1);

export const emailEntry = z.strictObject({
  address: emailAddress,
  label: z.string().trim().max(30).default('work'),
});
export const phoneEntry = z.strictObject({
  number: phoneNumber,
  label: z.string().trim().max(30).default('mobile'),
});

/** Paging for every list: 1-based page, bounded size. */
export const pageQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  /** Absent: newest first for dates, A to Z otherwise (see `orderFor`). */
  order: z.enum(['asc', 'desc']).optional(),
};

/** The order a list uses: the one asked for, else newest first for date columns and A to Z for the rest. */
export const orderFor = (sort: string, order: 'asc' | 'desc' | undefined): 'asc' | 'desc' =>
  order ?? (/(At|Date)$/.test(sort) ? 'desc' : 'asc');

export const page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** A reference to another record, with the name to show for it. */
export const ref = z.object({ id, name: z.string() });
export type Ref = z.infer<typeof ref>;

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;

/** The error responses every route may give, for the OpenAPI document. */
export const errorResponses = {
  400: errorBody,
  401: errorBody,
  403: errorBody,
  404: errorBody,
  409: errorBody,
};

export const okBody = z.object({ ok: z.literal(true) });
