/** @module Column helpers shared by every table definition. */
import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The firm that owns a row: on every table, first in every key, so a multi-firm deployment can distribute by it. */
export const firmId = () => uuid().notNull();
export const id = () => uuid().notNull().defaultRandom();
export const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
/** Optimistic-concurrency counter: updates name the version they read, and a stale one is refused. */
export const version = () => integer().notNull().default(1);
