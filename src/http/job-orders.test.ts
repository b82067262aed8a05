import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/db.ts';
import {
  buildCandidate,
  buildClient,
  buildContact,
  buildJobOrder,
  buildPlacement,
  buildSubmission,
  buildWorld,
  type World,
} from '../../test/factories.ts';
import { type Client, signIn, testApp } from '../../test/http.ts';

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

async function desk(): Promise<{ w: World; am: Client }> {
  const w = await buildWorld(store);
  return { w, am: await signIn(app, w.accountManager) };
}

const titles = (res: { body: any }) => res.body.items.map((j: any) => j.title);
const activities = async (c: Client, clientId: string) =>
  (await c.get(`/api/clients/${clientId}/timeline`)).body.items.map((t: any) => t.activity);

describe('POST /api/job-orders', () => {
  it('takes the first order as a staffing request and the next as a repeat request; the prospect becomes active', async () => {
    const { w, am } = await desk();
    const client = await buildClient(w, { name: 'Willow Warehousing', city: 'Chelsea' });
    const contact = await buildContact(w, client.id, { firstName: 'Sam', lastName: 'Reyes' });
    expect(client.status).toBe('prospect');
    const first = await am.post('/api/job-orders', {
      clientId: client.id,
      contactId: contact.id,
      title: 'Forklift operator',
      type: 'temp',
      openings: 3,
      payRate: 20,
      billRate: 30,
      startDate: '2026-12-01',
      requiredSkills: ['Forklift', 'OSHA 10'],
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      version: 1,
      title: 'Forklift operator',
      client: { id: client.id, name: 'Willow Warehousing' },
      contact: { id: contact.id, name: 'Sam Reyes' },
      status: 'open',
      openings: 3,
      filled: 0,
      rateUnit: 'hour',
      marginPercent: 33.3,
      city: 'Chelsea',
      requiredSkills: ['Forklift', 'OSHA 10'],
      published: false,
      owner: { id: w.accountManager.userId },
      branch: { id: w.branchA },
      permissions: { edit: true, reassign: false },
    });
    expect((await am.get(`/api/clients/${client.id}`)).body.status).toBe('active');
    const second = await am.post('/api/job-orders', {
      clientId: client.id,
      title: 'Picker',
      type: 'temp_to_hire',
      openings: 1,
      status: 'requested',
    });
    expect(second.body.status).toBe('requested');
    const timeline = (await am.get(`/api/clients/${client.id}/timeline`)).body.items;
    expect(timeline.map((t: any) => [t.activity, t.jobOrder?.id ?? null, t.direction])).toEqual([
      ['repeat_request', second.body.id, 'in'],
      ['staffing_request', first.body.id, 'in'],
      ['heard_of_us', null, null],
    ]);
    expect(timeline[1]).toMatchObject({ summary: '3 × Forklift operator', contact: { id: contact.id } });
  });

  it('refuses a contact of another client, an end before the start, an unknown client, and a recruiter', async () => {
    const { w, am } = await desk();
    const client = await buildClient(w);
    const otherContact = await buildContact(w, (await buildClient(w)).id);
    const base = { clientId: client.id, title: 'Welder', type: 'temp', openings: 1 };
    const cases: [Record<string, unknown>, number, string][] = [
      [{ contactId: otherContact.id }, 400, 'contactId'],
      [{ startDate: '2026-12-10', endDate: '2026-12-01' }, 400, 'endDate'],
      [{ clientId: '00000000-0000-4000-8000-000000000000' }, 400, 'clientId'],
      [{ openings: 0 }, 400, 'openings'],
    ];
    for (const [overrides, status, path] of cases) {
      const res = await am.post('/api/job-orders', { ...base, ...overrides });
      expect(res.status, path).toBe(status);
      expect(res.body.error.issues.map((i: any) => i.path)).toEqual([path]);
    }
    const recruiter = await signIn(app, w.recruiter);
    expect((await recruiter.post('/api/job-orders', base)).status).toBe(403);
    expect((await am.get('/api/job-orders')).body.total).toBe(0);
    expect(await activities(am, client.id)).toEqual(['heard_of_us']);
  });
});

describe('GET /api/job-orders/:id', () => {
  it('shows the margin from pay and bill rates, or none without both', async () => {
    const { w, am } = await desk();
    const priced = await buildJobOrder(w, { payRate: 18.5, billRate: 27.25 });
    expect((await am.get(`/api/job-orders/${priced.id}`)).body).toMatchObject({
      payRate: 18.5,
      billRate: 27.25,
      marginPercent: 32.1,
    });
    const unpriced = await buildJobOrder(w, { payRate: 18.5, billRate: null });
    expect((await am.get(`/api/job-orders/${unpriced.id}`)).body.marginPercent).toBeNull();
    const recruiter = await signIn(app, w.recruiter);
    expect((await recruiter.get(`/api/job-orders/${priced.id}`)).body.permissions).toEqual({
      edit: false,
      reassign: false,
    });
  });
});

describe('GET /api/job-orders', () => {
  async function orders() {
    const d = await desk();
    const alpha = await buildClient(d.w, { name: 'Alpha Assembly' });
    const omega = await buildClient(d.w, { name: 'Omega Outfitters' });
    const a = await buildJobOrder(d.w, {
      clientId: omega.id,
      title: 'Assembler',
      type: 'temp',
      startDate: '2026-12-03',
    });
    const b = await buildJobOrder(d.w, {
      clientId: alpha.id,
      title: 'Bookkeeper',
      type: 'direct_hire',
      status: 'requested',
      startDate: '2026-12-01',
    });
    const c = await buildJobOrder(d.w, { clientId: alpha.id, title: 'Cashier', type: 'temp' });
    await d.am.patch(`/api/job-orders/${c.id}`, { version: 1, status: 'cancelled' });
    return { ...d, alpha, omega, a, b, c };
  }

  it('searches by title or company, and filters by status, state, type and client', async () => {
    const { am, alpha } = await orders();
    expect(titles(await am.get('/api/job-orders?q=book'))).toEqual(['Bookkeeper']);
    expect(titles(await am.get('/api/job-orders?q=outfitters&sort=title'))).toEqual(['Assembler']);
    expect(titles(await am.get('/api/job-orders?q=alpha%20cash'))).toEqual(['Cashier']);
    expect(titles(await am.get('/api/job-orders?status=requested'))).toEqual(['Bookkeeper']);
    expect(titles(await am.get('/api/job-orders?state=workable&sort=title'))).toEqual([
      'Assembler',
      'Bookkeeper',
    ]);
    expect(titles(await am.get('/api/job-orders?state=closed'))).toEqual(['Cashier']);
    expect(titles(await am.get('/api/job-orders?type=temp&sort=title'))).toEqual(['Assembler', 'Cashier']);
    expect(titles(await am.get(`/api/job-orders?clientId=${alpha.id}&sort=title`))).toEqual([
      'Bookkeeper',
      'Cashier',
    ]);
    expect(titles(await am.get(`/api/job-orders?clientId=${alpha.id}&state=workable`))).toEqual([
      'Bookkeeper',
    ]);
    expect((await am.get('/api/job-orders?state=open')).status).toBe(400);
  });

  it('sorts by every key both ways, and pages', async () => {
    const { am } = await orders();
    const expected: Record<string, string[]> = {
      title: ['Assembler', 'Bookkeeper', 'Cashier'],
      client: ['Bookkeeper', 'Cashier', 'Assembler'],
      status: ['Cashier', 'Assembler', 'Bookkeeper'],
      createdAt: ['Assembler', 'Bookkeeper', 'Cashier'],
      updatedAt: ['Assembler', 'Bookkeeper', 'Cashier'],
    };
    for (const [sort, asc] of Object.entries(expected)) {
      expect(titles(await am.get(`/api/job-orders?sort=${sort}&order=asc`)), sort).toEqual(asc);
      expect(titles(await am.get(`/api/job-orders?sort=${sort}&order=desc`)), sort).toEqual(
        [...asc].reverse(),
      );
    }
    // No start date sorts last both ways; dates sort newest first unless asked otherwise.
    expect(titles(await am.get('/api/job-orders?sort=startDate&order=asc'))).toEqual([
      'Bookkeeper',
      'Assembler',
      'Cashier',
    ]);
    expect(titles(await am.get('/api/job-orders?sort=startDate'))).toEqual([
      'Assembler',
      'Bookkeeper',
      'Cashier',
    ]);
    // By default the newest orders come first.
    expect(titles(await am.get('/api/job-orders'))).toEqual([...expected.createdAt!].reverse());
    const page = await am.get('/api/job-orders?sort=title&pageSize=2&page=2');
    expect(page.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(titles(page)).toEqual(['Cashier']);
    expect((await am.get('/api/job-orders?page=5')).body).toMatchObject({ items: [], total: 3 });
  });

  it('shows openings, filled and submission counts', async () => {
    const { w, am } = await desk();
    const order = await buildJobOrder(w, { openings: 2, title: 'Counter' });
    const one = await buildCandidate(w);
    const two = await buildCandidate(w);
    await buildPlacement(w, (await buildSubmission(w, one.id, order.id)).id, '2026-11-02');
    await buildSubmission(w, two.id, order.id);
    const [row] = (await am.get('/api/job-orders?q=counter')).body.items;
    expect(row).toMatchObject({ openings: 2, filled: 1, submissions: 2, status: 'open' });
  });
});

describe('PATCH /api/job-orders/:id', () => {
  it('moves the status along allowed paths and refuses the others with 409 invalid_transition', async () => {
    const { w, am } = await desk();
    const order = await buildJobOrder(w, { status: 'requested' });
    let version = 1;
    const move = async (status: string) => {
      const res = await am.patch(`/api/job-orders/${order.id}`, { version, status });
      if (res.status === 200) version = res.body.version;
      return res;
    };
    const refused = await move('filled');
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'invalid_transition',
      issues: [{ path: 'status', message: 'cannot change from requested to filled' }],
    });
    expect((await move('open')).status).toBe(200);
    const notFull = await move('filled');
    expect(notFull.status).toBe(409);
    expect(notFull.body.error.issues).toEqual([{ path: 'status', message: '0 of 1 openings are placed' }]);
    expect((await move('on_hold')).body.status).toBe('on_hold');
    expect((await move('open')).body.status).toBe('open');
    expect((await move('unfilled')).body.status).toBe('unfilled');
    expect((await move('on_hold')).status).toBe(409);
    expect((await move('open')).body).toMatchObject({ status: 'open', version: 6 });
    const stale = await am.patch(`/api/job-orders/${order.id}`, { version: 2, status: 'cancelled' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict_version');
    expect((await am.get(`/api/job-orders/${order.id}`)).body.status).toBe('open');
  });

  it('closing appends order_unfilled or order_cancelled to the client’s journey; reopening appends nothing', async () => {
    const { w, am } = await desk();
    const client = await buildClient(w);
    const unfilled = await buildJobOrder(w, { clientId: client.id, title: 'Night porter' });
    const cancelled = await buildJobOrder(w, { clientId: client.id, title: 'Day porter' });
    await am.patch(`/api/job-orders/${unfilled.id}`, { version: 1, status: 'unfilled' });
    await am.patch(`/api/job-orders/${cancelled.id}`, { version: 1, status: 'cancelled' });
    await am.patch(`/api/job-orders/${cancelled.id}`, { version: 2, status: 'open' });
    const items = (await am.get(`/api/clients/${client.id}/timeline`)).body.items;
    expect(items.map((t: any) => [t.activity, t.jobOrder?.name ?? null])).toEqual([
      ['order_cancelled', 'Day porter'],
      ['order_unfilled', 'Night porter'],
      ['repeat_request', 'Day porter'],
      ['staffing_request', 'Night porter'],
      ['heard_of_us', null],
    ]);
    expect(items[0]).toMatchObject({ summary: 'Day porter: cancelled', channel: 'system' });
  });

  it('refuses fewer openings than are filled (400 on openings) and a contact of another client (400)', async () => {
    const { w, am } = await desk();
    const client = await buildClient(w);
    const order = await buildJobOrder(w, { clientId: client.id, openings: 3 });
    for (let i = 0; i < 2; i++) {
      const c = await buildCandidate(w);
      await buildPlacement(w, (await buildSubmission(w, c.id, order.id)).id, '2026-11-01');
    }
    const current = (await am.get(`/api/job-orders/${order.id}`)).body;
    expect(current).toMatchObject({ filled: 2, openings: 3 });
    const tooFew = await am.patch(`/api/job-orders/${order.id}`, { version: current.version, openings: 1 });
    expect(tooFew.status).toBe(400);
    expect(tooFew.body.error.issues).toEqual([
      { path: 'openings', message: '2 openings are already placed' },
    ]);
    const foreign = await buildContact(w, (await buildClient(w)).id);
    const wrongContact = await am.patch(`/api/job-orders/${order.id}`, {
      version: current.version,
      contactId: foreign.id,
    });
    expect(wrongContact.status).toBe(400);
    expect(wrongContact.body.error.issues[0].path).toBe('contactId');
    const own = await buildContact(w, client.id, { firstName: 'Lee', lastName: 'Park' });
    const ok = await am.patch(`/api/job-orders/${order.id}`, {
      version: current.version,
      contactId: own.id,
      openings: 2,
      description: 'Two shifts',
    });
    expect(ok.status).toBe(200);
    // Down to the openings already placed: the order is filled, as the last placement would have made it.
    expect(ok.body).toMatchObject({
      openings: 2,
      filled: 2,
      status: 'filled',
      contact: { id: own.id, name: 'Lee Park' },
    });
    const timeline = await am.get(`/api/clients/${client.id}/timeline`);
    expect(timeline.body.items[0]).toMatchObject({ activity: 'order_filled', jobOrder: { id: order.id } });
    const cleared = await am.patch(`/api/job-orders/${order.id}`, {
      version: ok.body.version,
      contactId: null,
      description: null,
    });
    expect(cleared.body).toMatchObject({ contact: null, description: null });
  });

  it('lets only account managers of the branch, its manager and admins change an order', async () => {
    const { w } = await desk();
    const order = await buildJobOrder(w);
    for (const user of [w.recruiter, w.otherManager, w.otherRecruiter]) {
      const c = await signIn(app, user);
      expect((await c.patch(`/api/job-orders/${order.id}`, { version: 1, title: 'X' })).status).toBe(403);
    }
    const manager = await signIn(app, w.manager);
    const res = await manager.patch(`/api/job-orders/${order.id}`, {
      version: 1,
      title: 'Lead hand',
      ownerId: w.manager.userId,
    });
    expect(res.body).toMatchObject({ title: 'Lead hand', owner: { id: w.manager.userId }, version: 2 });
  });
});

describe('GET /api/job-orders/:id/pipeline', () => {
  it('shows every submission in order of arrival and the placements', async () => {
    const { w, am } = await desk();
    const order = await buildJobOrder(w, { openings: 2, title: 'Sorter' });
    const first = await buildCandidate(w, { firstName: 'Ada', lastName: 'One' });
    const second = await buildCandidate(w, { firstName: 'Ben', lastName: 'Two' });
    const s1 = await buildSubmission(w, first.id, order.id);
    const s2 = await buildSubmission(w, second.id, order.id);
    const placement = await buildPlacement(w, s1.id, '2026-11-09');
    const board = await am.get(`/api/job-orders/${order.id}/pipeline`);
    expect(board.status).toBe(200);
    expect(board.body.submissions.map((s: any) => [s.id, s.candidate.name, s.status, s.placementId])).toEqual(
      [
        [s1.id, 'Ada One', 'placed', placement.id],
        [s2.id, 'Ben Two', 'submitted', null],
      ],
    );
    expect(board.body.placements.map((p: any) => [p.id, p.candidate.id, p.jobOrder.name])).toEqual([
      [placement.id, first.id, 'Sorter'],
    ]);
    const empty = await am.get(`/api/job-orders/${(await buildJobOrder(w)).id}/pipeline`);
    expect(empty.body).toEqual({ submissions: [], placements: [] });
  });
});
