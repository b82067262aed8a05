import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/db.ts';
import {
  buildClient,
  buildJobOrder,
  buildPlacement,
  buildSubmission,
  buildWorld,
  candidateInput,
  type World,
} from '../../test/factories.ts';
import { type Client, signIn, testApp } from '../../test/http.ts';

let store: TestStore;
let app: FastifyInstance;
let w: World;
let recruiter: Client;

beforeAll(async () => {
  store = await openTestStore();
  w = await buildWorld(store);
  app = await testApp(w.ctx);
  recruiter = await signIn(app, w.recruiter);
});
afterAll(async () => {
  await app.close();
  await store.close();
});

describe('POST /api/candidates', () => {
  it('registers a candidate owned by the recruiter, with registered and heard-of-us touchpoints', async () => {
    const input = candidateInput({ firstHeardOn: '2026-01-15', source: 'referral' });
    const res = await recruiter.post('/api/candidates', input);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      firstName: 'Casey',
      status: 'new',
      owner: { id: w.recruiter.userId },
      branch: { id: w.branchA, name: 'Boston' },
      version: 1,
      permissions: { edit: true, reassign: false },
    });
    const timeline = await recruiter.get(`/api/candidates/${res.body.id}/timeline`);
    expect(timeline.body.items.map((t: any) => t.activity)).toEqual(['registered', 'heard_of_us']);
    expect(timeline.body.items[1].occurredAt).toBe('2026-01-15T00:00:00.000Z');
    expect(timeline.body.items[0].actor).toEqual({ id: w.recruiter.userId, name: w.recruiter.name });
  });

  it('refuses an email already registered to another candidate (409, field named), whatever its case', async () => {
    const first = await recruiter.post('/api/candidates', candidateInput());
    const again = await recruiter.post(
      '/api/candidates',
      candidateInput({ emails: [{ address: ` ${first.body.emails[0].address.toUpperCase()} ` }] }),
    );
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict_duplicate');
    expect(again.body.error.issues).toEqual([
      { path: 'emails.0.address', message: 'Already registered to another candidate' },
    ]);
  });

  it('refuses an account manager (403) and a recruiter assigning another owner (403, field named)', async () => {
    const am = await signIn(app, w.accountManager);
    expect((await am.post('/api/candidates', candidateInput())).status).toBe(403);
    const res = await recruiter.post('/api/candidates', candidateInput({ ownerId: w.otherRecruiter.userId }));
    expect(res.status).toBe(403);
    expect(res.body.error.issues[0].path).toBe('ownerId');
  });

  it('lets a manager assign an owner of their branch, and rejects an owner who does not exist', async () => {
    const manager = await signIn(app, w.manager);
    const ok = await manager.post('/api/candidates', candidateInput({ ownerId: w.recruiter.userId }));
    expect(ok.status).toBe(201);
    expect(ok.body.owner.id).toBe(w.recruiter.userId);
    const missing = await manager.post(
      '/api/candidates',
      candidateInput({ ownerId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(missing.status).toBe(400);
    expect(missing.body.error.issues[0].path).toBe('ownerId');
  });
});

describe('GET /api/candidates', () => {
  it('searches, filters, sorts and pages on the server', async () => {
    const tag = `Zed${Date.now()}`;
    for (const [i, city] of ['Lowell', 'Quincy', 'Lynn'].entries()) {
      await recruiter.post(
        '/api/candidates',
        candidateInput({ lastName: `${tag}${i}`, city, skills: [{ name: i === 1 ? 'Welding' : 'Picking' }] }),
      );
    }
    const all = await recruiter.get(`/api/candidates?q=${tag}&sort=city&order=asc`);
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(3);
    expect(all.body.items.map((c: any) => c.city)).toEqual(['Lowell', 'Lynn', 'Quincy']);
    const paged = await recruiter.get(`/api/candidates?q=${tag}&sort=city&order=desc&pageSize=2&page=2`);
    expect(paged.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(paged.body.items.map((c: any) => c.city)).toEqual(['Lowell']);
    const welders = await recruiter.get(`/api/candidates?q=${tag}&skill=weld`);
    expect(welders.body.items.map((c: any) => c.lastName)).toEqual([`${tag}1`]);
    const past = await recruiter.get(`/api/candidates?q=${tag}&page=9`);
    expect(past.body).toMatchObject({ items: [], total: 3 });
  });

  it('rejects a sort column outside the allowlist with 400', async () => {
    const res = await recruiter.get('/api/candidates?sort=password_hash');
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].path).toBe('query.sort');
  });
});

describe('PATCH /api/candidates/:id', () => {
  it('changes a candidate at the version read, and refuses a stale version with 409 keeping the other change', async () => {
    const created = await recruiter.post('/api/candidates', candidateInput());
    const id = created.body.id;
    const first = await recruiter.patch(`/api/candidates/${id}`, {
      version: 1,
      city: 'Salem',
      headline: 'Picker',
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 2, city: 'Salem', headline: 'Picker', firstName: 'Casey' });
    const stale = await recruiter.patch(`/api/candidates/${id}`, { version: 1, city: 'Lynn' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict_version');
    expect((await recruiter.get(`/api/candidates/${id}`)).body.city).toBe('Salem');
  });

  it('clears optional fields with null and leaves absent ones alone', async () => {
    const created = await recruiter.post(
      '/api/candidates',
      candidateInput({ headline: 'Driver', city: 'Boston' }),
    );
    const res = await recruiter.patch(`/api/candidates/${created.body.id}`, { version: 1, headline: null });
    expect(res.body).toMatchObject({ headline: null, city: 'Boston' });
  });

  it('lets only recruiters of the branch, its manager and admins change a candidate', async () => {
    const created = await recruiter.post('/api/candidates', candidateInput());
    const other = await signIn(app, w.otherRecruiter);
    const denied = await other.patch(`/api/candidates/${created.body.id}`, { version: 1, city: 'Nowhere' });
    expect(denied.status).toBe(403);
    const view = await other.get(`/api/candidates/${created.body.id}`);
    expect(view.status).toBe(200);
    expect(view.body.permissions.edit).toBe(false);
    const admin = await signIn(app, w.admin);
    expect(
      (await admin.patch(`/api/candidates/${created.body.id}`, { version: 1, city: 'Admin town' })).status,
    ).toBe(200);
  });

  it('refuses to set "on assignment" by hand', async () => {
    const created = await recruiter.post('/api/candidates', candidateInput());
    const res = await recruiter.patch(`/api/candidates/${created.body.id}`, {
      version: 1,
      status: 'on_assignment',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].path).toBe('status');
  });
});

describe('employment history', () => {
  it('keeps typed-in lines and shows the firm placements by themselves', async () => {
    const created = await recruiter.post('/api/candidates', candidateInput());
    const id = created.body.id;
    const added = await recruiter.post(`/api/candidates/${id}/employment`, {
      employer: 'Old Mill Co',
      title: 'Packer',
      startDate: '2019-03-01',
      endDate: '2021-06-30',
      reasonForLeaving: 'Plant closed',
    });
    expect(added.status).toBe(201);
    const manual = added.body.items[0];
    expect(manual).toMatchObject({ origin: 'manual', employer: 'Old Mill Co', version: 1, current: false });

    const client = await buildClient(w, { name: `Harbor Foods ${Date.now()}` });
    const order = await buildJobOrder(w, { clientId: client.id, title: 'Line lead' });
    const submission = await buildSubmission(w, id, order.id);
    await buildPlacement(w, submission.id, '2026-02-02');

    const history = await recruiter.get(`/api/candidates/${id}/employment`);
    expect(history.body.items.map((h: any) => [h.origin, h.employer, h.title, h.current])).toEqual([
      ['placement', client.name, 'Line lead', true],
      ['manual', 'Old Mill Co', 'Packer', false],
    ]);

    const edited = await recruiter.patch(`/api/candidates/${id}/employment/${manual.id}`, {
      version: 1,
      title: 'Senior packer',
    });
    expect(edited.body.items[1]).toMatchObject({ title: 'Senior packer', version: 2 });
    const badDates = await recruiter.patch(`/api/candidates/${id}/employment/${manual.id}`, {
      version: 2,
      endDate: '2018-01-01',
    });
    expect(badDates.status).toBe(400);
    expect(badDates.body.error.issues[0].path).toBe('endDate');

    const placementLine = history.body.items[0];
    expect((await recruiter.delete(`/api/candidates/${id}/employment/${placementLine.id}`)).status).toBe(404);
    const removed = await recruiter.delete(`/api/candidates/${id}/employment/${manual.id}`);
    expect(removed.body.items.map((h: any) => h.origin)).toEqual(['placement']);

    const found = await recruiter.get(
      `/api/search?q=${encodeURIComponent(client.name.split(' ').slice(0, 2).join(' '))}&type=candidate`,
    );
    expect(found.body.items.map((h: any) => [h.id, h.matchedOn])).toContainEqual([id, 'employer']);
  });
});

describe('another firm', () => {
  it('cannot see or change this firm’s candidates (404, no data)', async () => {
    const created = await recruiter.post('/api/candidates', candidateInput());
    const outsider = await buildWorld(store);
    const them = await signIn(app, outsider.admin);
    for (const path of ['', '/employment', '/pipeline', '/timeline']) {
      const res = await them.get(`/api/candidates/${created.body.id}${path}`);
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain(created.body.lastName);
    }
    expect((await them.patch(`/api/candidates/${created.body.id}`, { version: 1, city: 'X' })).status).toBe(
      404,
    );
    const list = await them.get(`/api/candidates?q=${created.body.lastName}`);
    expect(list.body.total).toBe(0);
    const search = await them.get(`/api/search?q=${created.body.lastName}`);
    expect(search.body.items).toEqual([]);
  });
});
