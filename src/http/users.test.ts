import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/db.ts';
import { buildWorld, unique } from '../../test/factories.ts';
import { send, signIn, testApp } from '../../test/http.ts';
import { users } from '../store/schema/index.ts';

let store: TestStore;
let app: FastifyInstance;

beforeAll(async () => {
  store = await openTestStore();
  app = await testApp((await buildWorld(store)).ctx);
});
afterAll(async () => {
  await app.close();
  await store.close();
});

const newUser = (overrides: Record<string, unknown> = {}) => {
  const u = unique();
  return {
    name: `Jordan Lee ${u}`,
    email: `jordan.${u}@staff.example`,
    role: 'recruiter',
    password: 'Quiet-Harbor-Lantern-9',
    ...overrides,
  };
};
const usersOfFirm = async (firmId: string) =>
  (await store.db.select().from(users).where(eq(users.firmId, firmId))).length;

describe('GET /api/users and /api/branches', () => {
  it('lists the firm’s users by name, filtered by branch and role, and never another firm’s', async () => {
    const w = await buildWorld(store);
    await buildWorld(store);
    const c = await signIn(app, w.recruiter);
    const all = await c.get('/api/users');
    expect(all.status).toBe(200);
    const mine = [w.admin, w.manager, w.recruiter, w.accountManager, w.otherRecruiter, w.otherManager];
    expect(all.body.items.map((u: any) => u.id).sort()).toEqual(mine.map((u) => u.userId).sort());
    const names = all.body.items.map((u: any) => u.name);
    expect(names).toEqual([...names].sort());
    expect(all.body.items.find((u: any) => u.id === w.otherManager.userId)).toEqual({
      id: w.otherManager.userId,
      name: w.otherManager.name,
      email: w.otherManager.email,
      role: 'branch_manager',
      branchId: w.branchB,
      branchName: 'Worcester',
      active: true,
      version: 1,
    });
    // No secrets in the listing.
    expect(JSON.stringify(all.body)).not.toMatch(/password|hash|failed|locked/i);

    const inB = await c.get(`/api/users?branchId=${w.branchB}`);
    expect(inB.body.items.map((u: any) => u.id).sort()).toEqual(
      [w.otherRecruiter.userId, w.otherManager.userId].sort(),
    );
    const recruiters = await c.get('/api/users?role=recruiter');
    expect(recruiters.body.items.map((u: any) => u.id).sort()).toEqual(
      [w.recruiter.userId, w.otherRecruiter.userId].sort(),
    );
    expect((await c.get(`/api/users?branchId=${w.branchA}&role=account_manager`)).body.items).toHaveLength(1);
    expect((await c.get('/api/users?role=owner')).status).toBe(400);
  });

  it('lists the firm’s branches by name', async () => {
    const w = await buildWorld(store);
    const c = await signIn(app, w.accountManager);
    const res = await c.get('/api/branches');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      items: [
        { id: w.branchA, name: 'Boston', city: 'Boston' },
        { id: w.branchB, name: 'Worcester', city: 'Worcester' },
      ],
    });
  });
});

describe('POST /api/users', () => {
  it('lets an admin add a user of any role and branch, who can then sign in', async () => {
    const w = await buildWorld(store);
    const admin = await signIn(app, w.admin);
    const input = newUser({
      role: 'account_manager',
      branchId: w.branchB,
      email: '  New.Person@Staff.Example ',
    });
    const res = await admin.post('/api/users', input);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      name: input.name,
      email: 'New.Person@Staff.Example',
      role: 'account_manager',
      branchId: w.branchB,
      branchName: 'Worcester',
      active: true,
      version: 1,
    });
    const signedIn = await signIn(app, { email: 'new.person@staff.example' }, input.password as string);
    expect((await signedIn.get('/api/auth/session')).body.user).toMatchObject({
      id: res.body.id,
      role: 'account_manager',
    });
    // Stored as an argon2id hash, never as typed.
    const [row] = await store.db.select().from(users).where(eq(users.id, res.body.id));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row!.passwordHash).not.toContain(input.password);
  });

  it('refuses weak passwords with 400 on `password`: too short, common, containing the email', async () => {
    const w = await buildWorld(store);
    const admin = await signIn(app, w.admin);
    const before = await usersOfFirm(w.firmId);
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ password: 'Short1!' }, /At least 8 characters/],
      [{ password: 'x'.repeat(129) }, /At most 128 characters/],
      [{ password: 'Password123' }, /common/],
      [{ password: 'Welcome2025' }, /common/],
      [{ email: 'mariana.costa@staff.example', password: 'xx-Mariana.Costa-77' }, /email/],
      [{ name: 'Bartholomew Quince', password: 'bartholomew quince 2026' }, /name/],
    ];
    for (const [overrides, message] of cases) {
      const res = await admin.post('/api/users', newUser({ branchId: w.branchA, ...overrides }));
      expect(res.status, JSON.stringify(overrides)).toBe(400);
      expect(res.body.error.code).toBe('validation');
      expect(res.body.error.issues).toEqual([{ path: 'password', message: expect.stringMatching(message) }]);
    }
    expect(await usersOfFirm(w.firmId)).toBe(before);
  });

  it('refuses an email another user has, in any case and in any firm (409 naming `email`)', async () => {
    const w = await buildWorld(store);
    const elsewhere = await buildWorld(store);
    const admin = await signIn(app, w.admin);
    for (const email of [w.recruiter.email.toUpperCase(), elsewhere.admin.email]) {
      const res = await admin.post('/api/users', newUser({ branchId: w.branchA, email }));
      expect(res.status).toBe(409);
      expect(res.body.error).toEqual({
        code: 'conflict_duplicate',
        message: 'Another user already has this email address',
        issues: [{ path: 'email', message: 'Another user already has this email address' }],
      });
    }
  });

  it('lets a branch manager add non-admins to their own branch only', async () => {
    const w = await buildWorld(store);
    const manager = await signIn(app, w.manager);
    const before = await usersOfFirm(w.firmId);
    const ok = await manager.post('/api/users', newUser({ branchId: w.branchA, role: 'recruiter' }));
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ role: 'recruiter', branchId: w.branchA });
    const asAdmin = await manager.post('/api/users', newUser({ branchId: w.branchA, role: 'admin' }));
    expect(asAdmin.status).toBe(403);
    expect(asAdmin.body.error.code).toBe('forbidden');
    const otherBranch = await manager.post('/api/users', newUser({ branchId: w.branchB, role: 'recruiter' }));
    expect(otherBranch.status).toBe(403);
    expect(await usersOfFirm(w.firmId)).toBe(before + 1);
  });

  it('refuses recruiters and account managers (403), and a branch of another firm (400)', async () => {
    const w = await buildWorld(store);
    const elsewhere = await buildWorld(store);
    const before = await usersOfFirm(w.firmId);
    for (const user of [w.recruiter, w.accountManager]) {
      const c = await signIn(app, user);
      const res = await c.post('/api/users', newUser({ branchId: w.branchA }));
      expect(res.status).toBe(403);
      expect(res.body).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
    }
    const admin = await signIn(app, w.admin);
    const foreign = await admin.post('/api/users', newUser({ branchId: elsewhere.branchA }));
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.issues).toEqual([{ path: 'branchId', message: 'No such branch' }]);
    expect(await usersOfFirm(w.firmId)).toBe(before);
    expect(await usersOfFirm(elsewhere.firmId)).toBe(6);
  });
});

describe('PATCH /api/users/:id', () => {
  it('changes role and branch at the version read; a stale version is refused (409) and the other change kept', async () => {
    const w = await buildWorld(store);
    const admin = await signIn(app, w.admin);
    const moved = await admin.patch(`/api/users/${w.recruiter.userId}`, {
      version: 1,
      role: 'account_manager',
      branchId: w.branchB,
      name: 'Renamed Person',
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      role: 'account_manager',
      branchId: w.branchB,
      branchName: 'Worcester',
      name: 'Renamed Person',
      version: 2,
    });
    const stale = await admin.patch(`/api/users/${w.recruiter.userId}`, { version: 1, role: 'recruiter' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict_version');
    const list = await admin.get(`/api/users?branchId=${w.branchB}&role=account_manager`);
    expect(list.body.items.map((u: any) => [u.id, u.version])).toEqual([[w.recruiter.userId, 2]]);
    // The change applies to the user's open session at their next request.
    const them = await signIn(app, w.recruiter);
    expect((await them.get('/api/auth/session')).body.user).toMatchObject({
      role: 'account_manager',
      branchId: w.branchB,
    });
  });

  it('lets a branch manager change their branch’s non-admins, but not promote, move away, or touch admins', async () => {
    const w = await buildWorld(store);
    const manager = await signIn(app, w.manager);
    const rename = await manager.patch(`/api/users/${w.recruiter.userId}`, { version: 1, name: 'Casey Mgr' });
    expect(rename.status).toBe(200);
    const denied: [string, Record<string, unknown>][] = [
      [w.recruiter.userId, { version: 2, role: 'admin' }],
      [w.recruiter.userId, { version: 2, branchId: w.branchB }],
      [w.admin.userId, { version: 1, name: 'Not allowed' }],
      [w.otherRecruiter.userId, { version: 1, name: 'Not allowed' }],
    ];
    for (const [id, body] of denied) {
      const res = await manager.patch(`/api/users/${id}`, body);
      expect(res.status, JSON.stringify(body)).toBe(403);
    }
    const admin = await signIn(app, w.admin);
    const after = await admin.get('/api/users');
    const byId = new Map(after.body.items.map((u: any) => [u.id, u]));
    expect(byId.get(w.recruiter.userId)).toMatchObject({
      role: 'recruiter',
      branchId: w.branchA,
      version: 2,
    });
    expect(byId.get(w.admin.userId)).toMatchObject({ version: 1 });
    expect(byId.get(w.otherRecruiter.userId)).toMatchObject({ version: 1 });
  });

  it('refuses recruiters (403) and unknown users (404)', async () => {
    const w = await buildWorld(store);
    const recruiter = await signIn(app, w.recruiter);
    const res = await recruiter.patch(`/api/users/${w.accountManager.userId}`, { version: 1, name: 'X' });
    expect(res.status).toBe(403);
    const admin = await signIn(app, w.admin);
    const missing = await admin.patch('/api/users/00000000-0000-4000-8000-000000000000', {
      version: 1,
      name: 'X',
    });
    expect(missing.status).toBe(404);
  });

  it('does not let anyone disable themselves or change their own role', async () => {
    const w = await buildWorld(store);
    const admin = await signIn(app, w.admin);
    for (const body of [
      { version: 1, active: false },
      { version: 1, role: 'recruiter' },
    ]) {
      const res = await admin.patch(`/api/users/${w.admin.userId}`, body);
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('invalid_transition');
    }
    expect((await admin.get('/api/auth/session')).status).toBe(200);
    // Their own name is theirs to change.
    const renamed = await admin.patch(`/api/users/${w.admin.userId}`, { version: 1, name: 'Admin Renamed' });
    expect(renamed.body).toMatchObject({ name: 'Admin Renamed', role: 'admin', active: true });
  });

  it('re-enables a disabled user, who can sign in again', async () => {
    const w = await buildWorld(store);
    const admin = await signIn(app, w.admin);
    await admin.patch(`/api/users/${w.accountManager.userId}`, { version: 1, active: false });
    const login = () =>
      send(app, 'POST', '/api/auth/login', {
        email: w.accountManager.email,
        password: 'Staffing-Test-Pass-1',
      });
    expect((await login()).status).toBe(401);
    const back = await admin.patch(`/api/users/${w.accountManager.userId}`, { version: 2, active: true });
    expect(back.body).toMatchObject({ active: true, version: 3 });
    expect((await login()).status).toBe(200);
  });
});
