/** @module SQL for a firm's own message templates, status-update rules and staff signatures. */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { messageTemplates, statusUpdateRules, users } from './schema/index.ts';

export type TemplateRow = typeof messageTemplates.$inferSelect;
export type StatusRuleRow = typeof statusUpdateRules.$inferSelect;

export const firmTemplates = (db: Db, firmId: string): Promise<TemplateRow[]> =>
  db.select().from(messageTemplates).where(eq(messageTemplates.firmId, firmId));

export async function firmTemplate(db: Db, firmId: string, key: string): Promise<TemplateRow | null> {
  const [row] = await db
    .select()
    .from(messageTemplates)
    .where(and(eq(messageTemplates.firmId, firmId), eq(messageTemplates.key, key)));
  return row ?? null;
}

/**
 * Saves a firm's version of a template: the first save (from version 0, Waypoint's default) inserts, later ones
 * update only the version read. Null when someone saved in between.
 */
export async function saveFirmTemplate(
  db: Db,
  values: Omit<TemplateRow, 'version' | 'updatedAt'>,
  expectedVersion: number,
  now: Date,
): Promise<TemplateRow | null> {
  if (expectedVersion === 0) {
    const [row] = await db
      .insert(messageTemplates)
      .values({ ...values, updatedAt: now })
      .onConflictDoNothing()
      .returning();
    return row ?? null;
  }
  const [row] = await db
    .update(messageTemplates)
    .set({ ...values, updatedAt: now, version: sql`${messageTemplates.version} + 1` })
    .where(
      and(
        eq(messageTemplates.firmId, values.firmId),
        eq(messageTemplates.key, values.key),
        eq(messageTemplates.version, expectedVersion),
      ),
    )
    .returning();
  return row ?? null;
}

export const firmStatusRules = (db: Db, firmId: string): Promise<StatusRuleRow[]> =>
  db.select().from(statusUpdateRules).where(eq(statusUpdateRules.firmId, firmId));

export async function saveFirmStatusRule(
  db: Db,
  values: Omit<StatusRuleRow, 'version' | 'updatedAt'>,
  expectedVersion: number,
  now: Date,
): Promise<StatusRuleRow | null> {
  if (expectedVersion === 0) {
    const [row] = await db
      .insert(statusUpdateRules)
      .values({ ...values, updatedAt: now })
      .onConflictDoNothing()
      .returning();
    return row ?? null;
  }
  const [row] = await db
    .update(statusUpdateRules)
    .set({ ...values, updatedAt: now, version: sql`${statusUpdateRules.version} + 1` })
    .where(
      and(
        eq(statusUpdateRules.firmId, values.firmId),
        eq(statusUpdateRules.stage, values.stage),
        eq(statusUpdateRules.version, expectedVersion),
      ),
    )
    .returning();
  return row ?? null;
}

export async function setSignature(db: Db, firmId: string, userId: string, signature: string | null) {
  await db
    .update(users)
    .set({ signature })
    .where(and(eq(users.firmId, firmId), eq(users.id, userId)));
}
