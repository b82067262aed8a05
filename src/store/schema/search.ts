/** @module The search index: normalised terms (names, emails, phone digits, skills, employers) per record. */
import { index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { firmId } from './columns.ts';

export const searchTerms = pgTable(
  'search_terms',
  {
    firmId: firmId(),
    entityType: text().notNull(),
    entityId: uuid().notNull(),
    kind: text().notNull(),
    term: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.entityType, t.entityId, t.kind, t.term] }),
    // Trigram index: "any part of" a name, email or phone number is found without a sequential scan.
    index('search_terms_trgm_idx').using('gin', t.term.op('gin_trgm_ops')),
    index('search_terms_exact_idx').on(t.firmId, t.kind, t.term),
    index('search_terms_entity_idx').on(t.firmId, t.entityId),
  ],
);
