/** @module SQL for sign-in sessions. */
import { and, eq } from 'drizzle-orm';
import type { Db } from './database.ts';
import { sessions } from './schema/index.ts';

export async function insertSession(
  db: Db,
  values: {
    id: string;
    firmId: string;
    userId: string;
    csrfToken: string;
    ip: string | null;
    userAgent: string | null;
    /** The service clock's now: the same clock judges the idle and absolute timeouts. */
    createdAt: Date;
  },
) {
  await db.insert(sessions).values({ ...values, lastSeenAt: values.createdAt });
}

export async function findSession(db: Db, idHash: string) {
  const [row] = await db.select().from(sessions).where(eq(sessions.id, idHash));
  return row ?? null;
}

export async function touchSession(db: Db, idHash: string, at: Date) {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, idHash));
}

export async function deleteSession(db: Db, idHash: string) {
  await db.delete(sessions).where(eq(sessions.id, idHash));
}

/** Ends every session of a user (disabled, or their password changed). */
export async function deleteUserSessions(db: Db, firmId: string, userId: string) {
  await db.delete(sessions).where(and(eq(sessions.firmId, firmId), eq(sessions.userId, userId)));
}
