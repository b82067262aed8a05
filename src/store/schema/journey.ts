/** @module Journey definitions (versioned per firm) and the log of changes to journeys' segments. */
import { bigint, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { firmId } from './columns.ts';

export interface StoredJourneyActivity {
  key: string;
  label: string;
  stallDays: number | null;
  terminal: boolean;
}

export const journeyDefinitions = pgTable(
  'journey_definitions',
  {
    firmId: firmId(),
    type: text().notNull(),
    version: bigint({ mode: 'number' }).notNull(),
    activities: jsonb().$type<StoredJourneyActivity[]>().notNull(),
    stages: jsonb().$type<string[]>().notNull(),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // Versions are never rewritten: an edit is the next version, so every map can say which one it used.
  (t) => [primaryKey({ columns: [t.firmId, t.type, t.version] })],
);

/**
 * A candidate's or client's segment fields (source, branch, owner, category) changed: appended by database triggers,
 * read in order by the journey engine, which keeps its segments current without rescanning every record.
 */
export const subjectChanges = pgTable(
  'subject_changes',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    firmId: firmId(),
    subjectType: text().notNull(),
    subjectId: uuid().notNull(),
  },
  (t) => [index('subject_changes_firm_idx').on(t.firmId, t.id)],
);
