/** @module Client companies and their contacts. */
import { z } from 'zod';
import { sources } from '../domain/candidate.ts';
import { clientStatuses, industries } from '../domain/client.ts';
import {
  emailEntry,
  id,
  isoDate,
  optionalText,
  page,
  pageQuery,
  phoneEntry,
  phoneNumber,
  ref,
  text,
  version,
} from './common.ts';

const clientFields = z.strictObject({
  name: text(160),
  industry: z.enum(industries).nullable().optional(),
  website: optionalText(200),
  phone: phoneNumber.nullable().optional(),
  addressLine: optionalText(200),
  city: optionalText(100),
  region: optionalText(100),
  postcode: optionalText(20),
  source: z.enum(sources).nullable().optional(),
  sourceDetail: optionalText(200),
  notes: optionalText(10_000),
});

export const createClientRequest = clientFields.extend({
  status: z.enum(clientStatuses).optional(),
  firstHeardOn: isoDate.nullable().optional(),
  ownerId: id.optional(),
  branchId: id.optional(),
});
export type CreateClientRequest = z.input<typeof createClientRequest>;
export type CreateClientInput = z.output<typeof createClientRequest>;

export const updateClientRequest = clientFields.partial().extend({
  version,
  status: z.enum(clientStatuses).optional(),
  ownerId: id.nullable().optional(),
  branchId: id.optional(),
});
export type UpdateClientRequest = z.input<typeof updateClientRequest>;
export type UpdateClientInput = z.output<typeof updateClientRequest>;

export const clientSortKeys = ['name', 'updatedAt', 'createdAt', 'city', 'status'] as const;
export const listClientsQuery = z.strictObject({
  ...pageQuery,
  q: z.string().trim().max(100).optional(),
  status: z.enum(clientStatuses).optional(),
  industry: z.enum(industries).optional(),
  ownerId: id.optional(),
  branchId: id.optional(),
  sort: z.enum(clientSortKeys).default('name'),
});
export type ListClientsQuery = z.input<typeof listClientsQuery>;
export type ListClientsQueryInput = z.output<typeof listClientsQuery>;

export const clientSummary = z.object({
  id,
  name: z.string(),
  status: z.enum(clientStatuses),
  industry: z.enum(industries).nullable(),
  city: z.string().nullable(),
  phone: z.string().nullable(),
  owner: ref.nullable(),
  branch: ref,
  openOrders: z.number().int(),
  lastContactAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type ClientSummary = z.infer<typeof clientSummary>;
export const clientPage = page(clientSummary);

export const clientDetail = z.object({
  id,
  version: z.number().int(),
  name: z.string(),
  status: z.enum(clientStatuses),
  industry: z.enum(industries).nullable(),
  website: z.string().nullable(),
  phone: z.string().nullable(),
  addressLine: z.string().nullable(),
  city: z.string().nullable(),
  region: z.string().nullable(),
  postcode: z.string().nullable(),
  source: z.enum(sources).nullable(),
  sourceDetail: z.string().nullable(),
  notes: z.string().nullable(),
  owner: ref.nullable(),
  branch: ref,
  createdAt: z.string(),
  updatedAt: z.string(),
  permissions: z.object({ edit: z.boolean(), reassign: z.boolean() }),
});
export type ClientDetail = z.infer<typeof clientDetail>;

export const contactRoles = [
  'decision_maker',
  'hiring_manager',
  'hr',
  'billing',
  'site_supervisor',
  'other',
] as const;
export const contactRoleLabels: Record<(typeof contactRoles)[number], string> = {
  decision_maker: 'Decision maker',
  hiring_manager: 'Hiring manager',
  hr: 'HR',
  billing: 'Billing',
  site_supervisor: 'Site supervisor',
  other: 'Other',
};

const contactFields = z.strictObject({
  firstName: text(100),
  lastName: text(100),
  title: optionalText(120),
  role: z.enum(contactRoles).optional(),
  emails: z.array(emailEntry).max(5, 'At most 5 emails').optional(),
  phones: z.array(phoneEntry).max(5, 'At most 5 phone numbers').optional(),
  notes: optionalText(5000),
});
export const createContactRequest = contactFields;
export type CreateContactRequest = z.input<typeof createContactRequest>;
export type CreateContactInput = z.output<typeof createContactRequest>;
export const updateContactRequest = contactFields
  .partial()
  .extend({ version, active: z.boolean().optional() });
export type UpdateContactRequest = z.input<typeof updateContactRequest>;
export type UpdateContactInput = z.output<typeof updateContactRequest>;

export const contactSortKeys = ['name', 'company', 'updatedAt'] as const;
export const listContactsQuery = z.strictObject({
  ...pageQuery,
  q: z.string().trim().max(100).optional(),
  clientId: id.optional(),
  role: z.enum(contactRoles).optional(),
  active: z.enum(['true', 'false']).optional(),
  sort: z.enum(contactSortKeys).default('name'),
});
export type ListContactsQuery = z.input<typeof listContactsQuery>;
export type ListContactsQueryInput = z.output<typeof listContactsQuery>;

export const contactDetail = z.object({
  id,
  version: z.number().int(),
  client: ref,
  firstName: z.string(),
  lastName: z.string(),
  title: z.string().nullable(),
  role: z.enum(contactRoles),
  emails: z.array(z.object({ address: z.string(), label: z.string() })),
  phones: z.array(z.object({ number: z.string(), label: z.string() })),
  active: z.boolean(),
  notes: z.string().nullable(),
  lastContactAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type ContactDetail = z.infer<typeof contactDetail>;
export const contactPage = page(contactDetail);
export const contactList = z.object({ items: z.array(contactDetail) });
