/** @module SQL for firms and branches. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { branches, firms } from './schema/index.ts';

export type FirmRow = typeof firms.$inferSelect;
export type BranchRow = typeof branches.$inferSelect;

export async function insertFirm(db: Db, values: { name: string; slug: string; timezone?: string }) {
  const [row] = await db.insert(firms).values(values).returning();
  return row!;
}

export async function findFirmBySlug(db: Db, slug: string) {
  const [row] = await db.select().from(firms).where(eq(firms.slug, slug));
  return row ?? null;
}

/** The firm created first: the one a deployment's public pages and unmatched inbound mail belong to by default. */
export async function oldestFirm(db: Db): Promise<FirmRow | null> {
  const [row] = await db.select().from(firms).orderBy(asc(firms.createdAt), asc(firms.id)).limit(1);
  return row ?? null;
}

export async function findFirm(db: Db, firmId: string) {
  const [row] = await db.select().from(firms).where(eq(firms.id, firmId));
  return row ?? null;
}

export async function listFirms(db: Db) {
  return db.select().from(firms).orderBy(asc(firms.createdAt));
}

export async function insertBranch(
  db: Db,
  values: { firmId: string; name: string; city?: string | null; timezone?: string },
) {
  const [row] = await db.insert(branches).values(values).returning();
  return row!;
}

export async function listBranches(db: Db, firmId: string) {
  return db.select().from(branches).where(eq(branches.firmId, firmId)).orderBy(asc(branches.name));
}

export async function findBranch(db: Db, firmId: string, branchId: string) {
  const [row] = await db
    .select()
    .from(branches)
    .where(and(eq(branches.firmId, firmId), eq(branches.id, branchId)));
  return row ?? null;
}

export async function findBranchByName(db: Db, firmId: string, name: string) {
  const [row] = await db
    .select()
    .from(branches)
    .where(and(eq(branches.firmId, firmId), sql`lower(${branches.name}) = lower(${name})`));
  return row ?? null;
}
