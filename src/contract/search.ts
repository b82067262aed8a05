/** @module Find anything: the command palette's search over people, companies and orders. */
import { z } from 'zod';
import { id } from './common.ts';

export const searchEntityTypes = ['candidate', 'client', 'contact', 'job_order'] as const;
export type SearchEntityType = (typeof searchEntityTypes)[number];

export const searchQuery = z.strictObject({
  q: z.string().trim().min(1, 'Type something to search for').max(100),
  limit: z.coerce.number().int().min(1).max(50).default(12),
  type: z.enum(searchEntityTypes).optional(),
});
export type SearchQuery = z.input<typeof searchQuery>;
export type SearchQueryInput = z.output<typeof searchQuery>;

export const searchHit = z.object({
  type: z.enum(searchEntityTypes),
  id,
  title: z.string(),
  subtitle: z.string().nullable(),
  /** Which field matched (name, email, phone, skill, employer, company, title) and its text. */
  matchedOn: z.string(),
  matched: z.string(),
  /** The client company a contact or job order belongs to (where its page lives); null for the others. */
  clientId: id.nullable(),
});
export type SearchHit = z.infer<typeof searchHit>;
export const searchResults = z.object({ items: z.array(searchHit) });
