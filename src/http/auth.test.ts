import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE, type TestClock, testClock } from '../../test/clock.ts';
import { openTestStore, type TestStore } from '../../test/db.ts';
import { buildCandidate, buildWorld, candidateInput, TEST_PASSWORD } from '../../test/factories.ts';
import { type Client, send, signIn, testApp } from '../../test/http.ts';
import { auditEvents, candidates, employmentHistory, sessions } from '../store/schema/index.ts';
import { buildApp } from './app.ts';

let store: TestStore;
let app: FastifyInstance;
let clock: TestClock;

beforeAll(async () => {
  store = await openTestStore();
  clock = testClock();
  // Every world shares the store and this clock, so one app serves them all.
  const w = await buildWorld(store, clock);
  app = await testApp(w.ctx);
});
afterAll(async () => {
  await app.close();
  await store.close();
});

const world = () => buildWorld(store, clock);
const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  send(app, 'POST', '/api/auth/login', { email, password }, headers);

/** The `wp_session` Set-Cookie header of a response. */
function sessionCookie(headers: Record<string, unknown>): string {
  const raw = headers['set-cookie'];
  const all = Array.isArray(raw) ? raw : [String(raw ?? '')];
  const cookie = all.find((c) => c.startsWith('wp_session='));
  if (!cookie) throw new Error('no wp_session cookie');
  return cookie;
}
const cookieValue = (setCookie: string) => setCookie.split(';')[0]!;

const auditOf = (userId: string) =>
  store.db.select().from(auditEvents).where(eq(auditEvents.userId, userId)).orderBy(auditEvents.id);

const sessionOf = (c: Client) => send(app, 'GET', '/api/auth/session', undefined, { cookie: c.cookie });

describe('POST /api/auth/login', () => {
  it('signs in: the user and a CSRF token, an HttpOnly SameSite=Lax cookie on /, not Secure without TLS', async () => {
    const w = await world();
    const res = await login(w.recruiter.email, TEST_PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      user: {
        id: w.recruiter.userId,
        name: w.recruiter.name,
        email: w.recruiter.email,
        role: 'recruiter',
        branchId: w.branchA,
        branchName: 'Boston',
        firmId: w.firmId,
        firmName: expect.stringMatching(/^Firm /),
      },
      csrfToken: expect.stringMatching(/^[\w-]{43}$/),
    });
    const cookie = sessionCookie(res.headers);
    // 32 random bytes, base64url: 256 bits.
    expect(cookieValue(cookie)).toMatch(/^wp_session=[\w-]{43}$/);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//i);
    expect(cookie).not.toMatch(/Secure/i);
    const session = await send(app, 'GET', '/api/auth/session', undefined, { cookie: cookieValue(cookie) });
    expect(session.status).toBe(200);
    expect(session.body.user.id).toBe(w.recruiter.userId);
    expect(session.body.csrfToken).toBe(res.body.csrfToken);
  });

  it('accepts the email in any case and with spaces around it', async () => {
    const w = await world();
    const res = await login(`  ${w.manager.email.toUpperCase()} `, TEST_PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body.user.id).toBe(w.manager.userId);
  });

  it('refuses a wrong password and an unknown email with the same 401 and message, and sets no cookie', async () => {
    const w = await world();
    const wrong = await login(w.recruiter.email, 'not-the-password');
    const unknown = await login(`nobody.${Date.now()}@test.example`, TEST_PASSWORD);
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual({
        error: { code: 'unauthenticated', message: 'Email or password is incorrect' },
      });
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('sets Secure on the cookie and sends HSTS when configured for TLS', async () => {
    const w = await world();
    const secure = await buildApp({
      ctx: { store, clock },
      sessions: { idleMinutes: 60, maxHours: 24 },
      secureCookies: true,
      logLevel: 'silent',
    });
    try {
      const res = await send(secure, 'POST', '/api/auth/login', {
        email: w.admin.email,
        password: TEST_PASSWORD,
      });
      expect(res.status).toBe(200);
      expect(sessionCookie(res.headers)).toMatch(/; Secure/);
      expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    } finally {
      await secure.close();
    }
  });

  it('locks the account after 10 failures: 429 with Retry-After, even for the right password, until the lock ends', async () => {
    const w = await world();
    for (let i = 1; i <= 10; i++) {
      const res = await login(w.accountManager.email, `wrong-${i}-password`);
      expect(res.status, `attempt ${i}`).toBe(401);
    }
    const locked = await login(w.accountManager.email, TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('rate_limited');
    expect(locked.body.error.message).toMatch(/try again in 15 minutes/);
    // The clock stands still in this file: the lock has all of its 15 minutes to run.
    expect(locked.headers['retry-after']).toBe('900');
    expect(locked.headers['set-cookie']).toBeUndefined();

    clock.advance(14 * MINUTE);
    const stillLocked = await login(w.accountManager.email, TEST_PASSWORD);
    expect(stillLocked.status).toBe(429);
    expect(stillLocked.headers['retry-after']).toBe('60');
    expect(stillLocked.body.error.message).toMatch(/try again in 1 minute$/);
    clock.advance(2 * MINUTE);
    const after = await login(w.accountManager.email, TEST_PASSWORD);
    expect(after.status).toBe(200);
    // Another user of the same firm was never affected.
    expect((await login(w.recruiter.email, TEST_PASSWORD)).status).toBe(200);
    const actions = (await auditOf(w.accountManager.userId)).map((a) => a.action);
    expect(actions.filter((a) => a === 'login_failed')).toHaveLength(10);
    expect(actions.filter((a) => a === 'login_refused')).toHaveLength(2);
    expect(actions.at(-1)).toBe('login');
  });

  it('starts the count afresh once a lock has run out: one more wrong password does not lock again', async () => {
    const w = await world();
    for (let i = 1; i <= 10; i++) await login(w.accountManager.email, `wrong-${i}-password`);
    expect((await login(w.accountManager.email, TEST_PASSWORD)).status).toBe(429);
    clock.advance(16 * MINUTE);
    expect((await login(w.accountManager.email, 'wrong-again-password')).status).toBe(401);
    expect((await login(w.accountManager.email, TEST_PASSWORD)).status).toBe(200);
    for (let i = 1; i <= 9; i++) await login(w.accountManager.email, `wrong-${i}-password`);
    expect((await login(w.accountManager.email, TEST_PASSWORD)).status).toBe(200);
  });

  it('limits sign-in attempts per address (429 with Retry-After)', async () => {
    const w = await world();
    const limited = await testApp(w.ctx, { loginRateLimit: 3 });
    try {
      const attempt = () =>
        send(limited, 'POST', '/api/auth/login', { email: w.recruiter.email, password: 'wrong-password' });
      for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(401);
      const res = await attempt();
      expect(res.status).toBe(429);
      expect(res.body.error.code).toBe('rate_limited');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });

  it('gives a fresh session at every sign-in, even when a cookie is sent along', async () => {
    const w = await world();
    const first = await login(w.recruiter.email, TEST_PASSWORD);
    const second = await login(w.recruiter.email, TEST_PASSWORD, {
      cookie: cookieValue(sessionCookie(first.headers)),
    });
    expect(cookieValue(sessionCookie(second.headers))).not.toBe(cookieValue(sessionCookie(first.headers)));
    expect(second.body.csrfToken).not.toBe(first.body.csrfToken);
    // The database keeps only a hash of the token, never the cookie itself.
    const rows = await store.db.select().from(sessions).where(eq(sessions.userId, w.recruiter.userId));
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.id).toMatch(/^[0-9a-f]{64}$/);
      expect(cookieValue(sessionCookie(first.headers))).not.toContain(row.id);
    }
  });
});

describe('sessions', () => {
  it('logout ends the session: the old cookie gets 401 and the cookie is cleared', async () => {
    const w = await world();
    const c = await signIn(app, w.recruiter);
    const res = await c.post('/api/auth/logout');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true });
    expect(sessionCookie(res.headers)).toMatch(/^wp_session=;.*Expires=Thu, 01 Jan 1970/);
    const after = await sessionOf(c);
    expect(after.status).toBe(401);
    expect(after.body).toEqual({ error: { code: 'unauthenticated', message: 'Please sign in' } });
    expect((await c.get('/api/candidates')).status).toBe(401);
  });

  it('refuses requests without a cookie or with an unknown one', async () => {
    expect((await send(app, 'GET', '/api/candidates')).status).toBe(401);
    const forged = await send(app, 'GET', '/api/candidates', undefined, { cookie: 'wp_session=forged' });
    expect(forged.status).toBe(401);
    expect(forged.body.error.code).toBe('unauthenticated');
  });

  it('a disabled user cannot sign in, and their open sessions end at once', async () => {
    const w = await world();
    const admin = await signIn(app, w.admin);
    const victim = await signIn(app, w.recruiter);
    const victimElsewhere = await signIn(app, w.recruiter);
    expect((await sessionOf(victim)).status).toBe(200);
    const res = await admin.patch(`/api/users/${w.recruiter.userId}`, { version: 1, active: false });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: w.recruiter.userId, active: false, version: 2 });
    expect((await sessionOf(victim)).status).toBe(401);
    expect((await sessionOf(victimElsewhere)).status).toBe(401);
    expect((await victim.post('/api/candidates', candidateInput())).status).toBe(401);
    const rows = await store.db.select().from(sessions).where(eq(sessions.userId, w.recruiter.userId));
    expect(rows).toEqual([]);

    const again = await login(w.recruiter.email, TEST_PASSWORD);
    expect(again.status).toBe(401);
    expect(again.body.error.message).toBe('Email or password is incorrect');
    const failed = (await auditOf(w.recruiter.userId)).filter((a) => a.action === 'login_failed');
    expect(failed.map((a) => a.detail.reason)).toEqual(['disabled']);
    const disabled = await store.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'user_disabled'), eq(auditEvents.targetId, w.recruiter.userId)));
    expect(disabled).toHaveLength(1);
    expect(disabled[0]!.userId).toBe(w.admin.userId);
  });

  it('ends a session idle for more than an hour; activity keeps it alive', async () => {
    const w = await world();
    const c = await signIn(app, w.recruiter);
    clock.advance(59 * MINUTE);
    expect((await sessionOf(c)).status).toBe(200);
    // 118 minutes after sign-in, but only 59 after the last request.
    clock.advance(59 * MINUTE);
    expect((await sessionOf(c)).status).toBe(200);
    clock.advance(61 * MINUTE);
    expect((await sessionOf(c)).status).toBe(401);
    // The expired session is gone, not just refused.
    const rows = await store.db.select().from(sessions).where(eq(sessions.userId, w.recruiter.userId));
    expect(rows).toEqual([]);
  });

  it('ends a session 24 hours after sign-in, however busy', async () => {
    const w = await world();
    const c = await signIn(app, w.manager);
    for (let elapsed = 0; elapsed + 50 * MINUTE < DAY; elapsed += 50 * MINUTE) {
      clock.advance(50 * MINUTE);
      expect((await sessionOf(c)).status, `after ${elapsed / MINUTE + 50} minutes`).toBe(200);
    }
    clock.advance(HOUR);
    expect((await sessionOf(c)).status).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses POST, PATCH and DELETE without the session’s token (403) and changes nothing', async () => {
    const w = await world();
    const c = await signIn(app, w.recruiter);
    const other = await signIn(app, w.recruiter);
    const candidate = await buildCandidate(w);
    const added = await c.post(`/api/candidates/${candidate.id}/employment`, {
      employer: 'Mill',
      title: 'Packer',
    });
    const entryId = added.body.items[0].id;
    const countCandidates = async () =>
      (
        await store.db
          .select({ n: sql<number>`count(*)`.mapWith(Number) })
          .from(candidates)
          .where(eq(candidates.firmId, w.firmId))
      )[0]!.n;
    const before = await countCandidates();

    const attempts: [string, string, unknown][] = [
      ['POST', '/api/candidates', candidateInput()],
      ['PATCH', `/api/candidates/${candidate.id}`, { version: 1, city: 'Forged' }],
      ['DELETE', `/api/candidates/${candidate.id}/employment/${entryId}`, undefined],
      ['POST', '/api/auth/logout', {}],
    ];
    for (const [method, url, body] of attempts) {
      for (const token of [undefined, 'wrong-token', other.csrf, '']) {
        const headers: Record<string, string> = { cookie: c.cookie };
        if (token !== undefined) headers['x-csrf-token'] = token;
        const res = await send(app, method as 'POST', url, body, headers);
        expect(res.status, `${method} ${url} with ${token}`).toBe(403);
        expect(res.body.error).toEqual({
          code: 'forbidden',
          message: 'Missing or invalid CSRF token; reload the page and try again',
        });
      }
    }
    expect(await countCandidates()).toBe(before);
    const fresh = await c.get(`/api/candidates/${candidate.id}`);
    expect(fresh.body).toMatchObject({ version: 1, city: 'Boston' });
    const entries = await store.db
      .select()
      .from(employmentHistory)
      .where(eq(employmentHistory.candidateId, candidate.id));
    expect(entries).toHaveLength(1);
    // The session survived the forged logout.
    expect((await sessionOf(c)).status).toBe(200);
    // And the right token still works.
    expect((await c.patch(`/api/candidates/${candidate.id}`, { version: 1, city: 'Salem' })).status).toBe(
      200,
    );
  });

  it('does not ask for the token on GET', async () => {
    const w = await world();
    const c = await signIn(app, w.recruiter);
    const res = await send(app, 'GET', '/api/candidates', undefined, { cookie: c.cookie });
    expect(res.status).toBe(200);
  });
});

describe('audit trail', () => {
  it('records sign-in success, failure (wrong password, unknown email) and logout, with who, when and where', async () => {
    const w = await world();
    const unknownEmail = `ghost.${Date.now()}@test.example`;
    await login(w.recruiter.email, 'bad-password-1');
    await login(unknownEmail, 'bad-password-2');
    const c = await signIn(app, w.recruiter);
    await c.post('/api/auth/logout');

    const rows = await auditOf(w.recruiter.userId);
    expect(rows.map((r) => [r.action, r.firmId, r.detail.reason ?? null])).toEqual([
      ['login_failed', w.firmId, 'wrong_password'],
      ['login', w.firmId, null],
      ['logout', w.firmId, null],
    ]);
    for (const row of rows) {
      expect(row.at).toBeInstanceOf(Date);
      expect(row.ip).toBe('127.0.0.1');
    }
    // Never the password, right or wrong.
    expect(JSON.stringify(rows)).not.toContain('bad-password');
    expect(JSON.stringify(rows)).not.toContain(TEST_PASSWORD);

    const ghost = await store.db
      .select()
      .from(auditEvents)
      .where(sql`${auditEvents.detail}->>'email' = ${unknownEmail}`);
    expect(ghost.map((r) => [r.action, r.firmId, r.userId, r.detail.reason])).toEqual([
      ['login_failed', null, null, 'unknown_email'],
    ]);
  });
});

describe('security headers', () => {
  it('sends CSP with frame-ancestors none, nosniff, a referrer policy and no-store on API responses', async () => {
    const w = await world();
    const c = await signIn(app, w.recruiter);
    const responses = [
      await c.get('/api/candidates'),
      await send(app, 'GET', '/api/candidates'),
      await send(app, 'GET', '/api/no-such-thing'),
      await send(app, 'POST', '/api/auth/login', { email: 'x@y.example', password: 'nope-nope' }),
    ];
    for (const res of responses) {
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('same-origin');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });
});
