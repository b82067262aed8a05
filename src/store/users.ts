/** @module SQL for staff users. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { branches, firms, users } from './schema/index.ts';

export type UserRow = typeof users.$inferSelect;

const userView = {
  id: users.id,
  firmId: users.firmId,
  branchId: users.branchId,
  branchName: branches.name,
  firmName: firms.name,
  email: users.email,
  name: users.name,
  role: users.role,
  active: users.active,
  version: users.version,
  signature: users.signature,
};
export type UserView = {
  id: string;
  firmId: string;
  branchId: string;
  branchName: string;
  firmName: string;
  email: string;
  name: string;
  role: string;
  active: boolean;
  version: number;
  signature: string | null;
};

const joined = (db: Db) =>
  db
    .select(userView)
    .from(users)
    .innerJoin(branches, and(eq(branches.firmId, users.firmId), eq(branches.id, users.branchId)))
    .innerJoin(firms, eq(firms.id, users.firmId));

export async function insertUser(
  db: Db,
  values: {
    firmId: string;
    branchId: string;
    email: string;
    emailNormalized: string;
    name: string;
    role: string;
    passwordHash: string;
  },
) {
  const [row] = await db.insert(users).values(values).returning({ id: users.id });
  return row!.id;
}

/** The user signing in with this (normalised) email, with the secrets needed to check them. */
export async function findUserForLogin(db: Db, emailNormalized: string) {
  const [row] = await db.select().from(users).where(eq(users.emailNormalized, emailNormalized));
  return row ?? null;
}

export async function findUserView(db: Db, firmId: string, userId: string): Promise<UserView | null> {
  const [row] = await joined(db).where(and(eq(users.firmId, firmId), eq(users.id, userId)));
  return row ?? null;
}

export async function listUserViews(
  db: Db,
  firmId: string,
  filter: { branchId?: string | undefined; role?: string | undefined },
) {
  const conds = [eq(users.firmId, firmId)];
  if (filter.branchId) conds.push(eq(users.branchId, filter.branchId));
  if (filter.role) conds.push(eq(users.role, filter.role));
  return joined(db)
    .where(and(...conds))
    .orderBy(asc(users.name));
}

/** Applies a change if the row is still at `version`; returns false when it is not (stale or missing). */
export async function updateUser(
  db: Db,
  firmId: string,
  userId: string,
  version: number,
  patch: Partial<{
    name: string;
    role: string;
    branchId: string;
    active: boolean;
    passwordHash: string;
    signature: string | null;
  }>,
  /** When, by the service clock: the one source of "now", so a controlled clock (tests, the demo seed) holds. */
  now: Date,
) {
  const rows = await db
    .update(users)
    .set({ ...patch, version: sql`${users.version} + 1`, updatedAt: now })
    .where(and(eq(users.firmId, firmId), eq(users.id, userId), eq(users.version, version)))
    .returning({ id: users.id });
  return rows.length === 1;
}

export async function recordLoginFailure(
  db: Db,
  firmId: string,
  userId: string,
  lockAfter: number,
  /** Now, by the service clock (which also judges the lock at sign-in). */
  now: Date,
  /** When a lock set by this failure ends. */
  lockUntil: Date,
) {
  // A lock that has run out starts the count afresh: one wrong password after it must not lock again at once.
  const expired = sql`(${users.lockedUntil} is not null and ${users.lockedUntil} <= ${now.toISOString()}::timestamptz)`;
  const failures = sql`case when ${expired} then 1 else ${users.failedLogins} + 1 end`;
  await db
    .update(users)
    .set({
      failedLogins: failures,
      lockedUntil: sql`case when ${failures} >= ${lockAfter} then ${lockUntil.toISOString()}::timestamptz when ${expired} then null else ${users.lockedUntil} end`,
    })
    .where(and(eq(users.firmId, firmId), eq(users.id, userId)));
}

export async function recordLoginSuccess(db: Db, firmId: string, userId: string, now: Date) {
  await db
    .update(users)
    .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now })
    .where(and(eq(users.firmId, firmId), eq(users.id, userId)));
}

export async function countUsers(db: Db) {
  const [row] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(users);
  return row!.n;
}
