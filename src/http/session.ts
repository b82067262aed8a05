/** @module The session cookie and CSRF check: who is asking, and that a write really comes from our own app. */
import { timingSafeEqual } from 'node:crypto';
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../domain/errors.ts';
import { type ResolvedSession, resolveSession, type SessionPolicy } from '../services/auth.ts';
import type { ServiceContext } from '../services/context.ts';

export const SESSION_COOKIE = 'wp_session';
export const CSRF_HEADER = 'x-csrf-token';

export interface CookiePolicy {
  secure: boolean;
  maxAgeSeconds: number;
}

export function setSessionCookie(reply: FastifyReply, token: string, policy: CookiePolicy) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: policy.secure,
    path: '/',
    maxAge: policy.maxAgeSeconds,
  });
}

export function clearSessionCookie(reply: FastifyReply, policy: CookiePolicy) {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: policy.secure, path: '/' });
}

const sameToken = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the request's session (401 without one) and, for any state-changing method, requires the session's
 * CSRF token in `x-csrf-token`: a page on another site can make the browser send our cookie, but not read the token.
 */
export async function authenticate(
  ctx: ServiceContext,
  policy: SessionPolicy,
  request: FastifyRequest,
): Promise<ResolvedSession> {
  const token = request.cookies[SESSION_COOKIE];
  const resolved = token ? await resolveSession(ctx, token, policy) : null;
  if (!resolved) throw new DomainError('unauthenticated', 'Please sign in');
  if (!SAFE_METHODS.has(request.method)) {
    const header = request.headers[CSRF_HEADER];
    if (typeof header !== 'string' || !sameToken(header, resolved.session.csrfToken)) {
      throw new DomainError('forbidden', 'Missing or invalid CSRF token; reload the page and try again');
    }
  }
  return resolved;
}
