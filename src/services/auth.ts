/** @module Signing in and out, and resolving a session cookie to the acting user. */
import { createHash, randomBytes } from 'node:crypto';
import type { SessionResponse } from '../contract/auth.ts';
import { normalizeEmail } from '../domain/contact-points.ts';
import { DomainError } from '../domain/errors.ts';
import type { Actor, Role } from '../domain/roles.ts';
import { appendAudit } from '../store/audit.ts';
import { deleteSession, findSession, insertSession, touchSession } from '../store/sessions.ts';
import {
  findUserForLogin,
  findUserView,
  recordLoginFailure,
  recordLoginSuccess,
  type UserView,
} from '../store/users.ts';
import type { ServiceContext } from './context.ts';
import { verifyDecoy, verifyPassword } from './passwords.ts';

export const LOCK_AFTER_FAILURES = 10;
export const LOCK_MINUTES = 15;

export interface SessionPolicy {
  idleMinutes: number;
  maxHours: number;
}

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

/** 128+ bits from the OS's CSPRNG, URL-safe. */
const token = () => randomBytes(32).toString('base64url');
export const hashToken = (t: string) => createHash('sha256').update(t).digest('hex');

const invalidCredentials = () => new DomainError('unauthenticated', 'Email or password is incorrect');

function present(user: UserView, csrfToken: string): SessionResponse {
  return {
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role as Role,
      branchId: user.branchId,
      branchName: user.branchName,
      firmId: user.firmId,
      firmName: user.firmName,
    },
    csrfToken,
  };
}

/**
 * Checks the credentials and opens a new session (a fresh id at every sign-in). Failures are audited; ten in a row
 * lock the account for fifteen minutes.
 */
export async function login(
  ctx: ServiceContext,
  input: { email: string; password: string },
  meta: RequestMeta,
): Promise<{ token: string; session: SessionResponse }> {
  const db = ctx.store.db;
  const user = await findUserForLogin(db, normalizeEmail(input.email));
  const audit = (action: string, detail: Record<string, unknown> = {}) =>
    appendAudit(db, {
      firmId: user?.firmId ?? null,
      userId: user?.id ?? null,
      action,
      ip: meta.ip,
      detail: { email: normalizeEmail(input.email).slice(0, 254), ...detail },
    });
  if (!user) {
    await verifyDecoy(input.password);
    await audit('login_failed', { reason: 'unknown_email' });
    throw invalidCredentials();
  }
  const now = ctx.clock.now();
  if (user.lockedUntil && user.lockedUntil.getTime() > now.getTime()) {
    await audit('login_refused', { reason: 'locked' });
    const seconds = Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 1000);
    const minutes = Math.ceil(seconds / 60);
    // Retry-After says when the lock ends: a client told "60" would retry into the lock again and again.
    throw new DomainError(
      'rate_limited',
      `Too many failed attempts; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
      [],
      { retryAfterSeconds: seconds },
    );
  }
  const ok = await verifyPassword(user.passwordHash, input.password);
  if (!ok || !user.active) {
    if (!ok) {
      const lockUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
      await recordLoginFailure(db, user.firmId, user.id, LOCK_AFTER_FAILURES, now, lockUntil);
    }
    await audit('login_failed', { reason: ok ? 'disabled' : 'wrong_password' });
    throw invalidCredentials();
  }
  const sessionToken = token();
  const csrfToken = token();
  await ctx.store.transaction(async (tx) => {
    await recordLoginSuccess(tx, user.firmId, user.id, ctx.clock.now());
    await insertSession(tx, {
      id: hashToken(sessionToken),
      firmId: user.firmId,
      userId: user.id,
      csrfToken,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
      createdAt: ctx.clock.now(),
    });
    await appendAudit(tx, { firmId: user.firmId, userId: user.id, action: 'login', ip: meta.ip });
  });
  const view = await findUserView(db, user.firmId, user.id);
  return { token: sessionToken, session: present(view!, csrfToken) };
}

export interface ResolvedSession {
  actor: Actor;
  session: SessionResponse;
  sessionId: string;
}

/**
 * The user behind a session cookie, or null when it is unknown, idle too long, too old, or its user is disabled
 * (an expired session is deleted on the way).
 */
export async function resolveSession(
  ctx: ServiceContext,
  sessionToken: string,
  policy: SessionPolicy,
): Promise<ResolvedSession | null> {
  const db = ctx.store.db;
  const id = hashToken(sessionToken);
  const session = await findSession(db, id);
  if (!session) return null;
  const now = ctx.clock.now().getTime();
  const idle = now - session.lastSeenAt.getTime() > policy.idleMinutes * 60_000;
  const old = now - session.createdAt.getTime() > policy.maxHours * 3_600_000;
  const user = idle || old ? null : await findUserView(db, session.firmId, session.userId);
  if (!user?.active) {
    await deleteSession(db, id);
    return null;
  }
  // Refresh the idle clock at most once a minute: a write per request would cost more than it tells.
  // Stamped by the service clock, not the database's `now()`: timeouts are judged by that clock, and an app and a
  // database server whose clocks differ would otherwise shorten or stretch every session.
  if (now - session.lastSeenAt.getTime() > 60_000) await touchSession(db, id, new Date(now));
  return {
    actor: { userId: user.id, firmId: user.firmId, branchId: user.branchId, role: user.role as Role },
    session: present(user, session.csrfToken),
    sessionId: id,
  };
}

export async function logout(ctx: ServiceContext, resolved: ResolvedSession, meta: RequestMeta) {
  await deleteSession(ctx.store.db, resolved.sessionId);
  await appendAudit(ctx.store.db, {
    firmId: resolved.actor.firmId,
    userId: resolved.actor.userId,
    action: 'logout',
    ip: meta.ip,
  });
}
