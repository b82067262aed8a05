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

/** A firm of its own and its account manager, signed in. */
async function desk(): Promise<{ w: World; am: Client }> {
  const w = await buildWorld(store);
  return { w, am: await signIn(app, w.accountManager) };
}

const names = (res: { body: any }) => res.body.items.map((i: any) => i.name);

describe('POST /api/clients and GET /api/clients/:id', () => {
  it('adds a prospect owned by the account manager, with a heard-of-us touchpoint, and reads it back', async () => {
    const { w, am } = await desk();
    const res = await am.post('/api/clients', {
      name: '  Harbor Logistics  ',
      industry: 'logistics',
      phone: '(617) 555-0100',
      city: 'Boston',
      website: 'https://harbor.example',
      source: 'referral',
      sourceDetail: 'Met at the chamber breakfast',
      firstHeardOn: '2026-01-10',
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      version: 1,
      name: 'Harbor Logistics',
      status: 'prospect',
      industry: 'logistics',
      website: 'https://harbor.example',
      phone: '(617) 555-0100',
      addressLine: null,
      city: 'Boston',
      region: null,
      postcode: null,
      source: 'referral',
      sourceDetail: 'Met at the chamber breakfast',
      notes: null,
      owner: { id: w.accountManager.userId, name: w.accountManager.name },
      branch: { id: w.branchA, name: 'Boston' },
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      permissions: { edit: true, reassign: false },
    });
    const got = await am.get(`/api/clients/${res.body.id}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(res.body);
    const timeline = await am.get(`/api/clients/${res.body.id}/timeline`);
    expect(timeline.body.items.map((t: any) => [t.activity, t.occurredAt, t.summary])).toEqual([
      ['heard_of_us', '2026-01-10T00:00:00.000Z', 'Met at the chamber breakfast'],
    ]);
  });

  it('refuses a first-heard date in the future and a recruiter adding clients', async () => {
    const { w, am } = await desk();
    const nextMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const future = await am.post('/api/clients', { name: 'Later Co', firstHeardOn: nextMonth });
    expect(future.status).toBe(400);
    expect(future.body.error.issues).toEqual([{ path: 'firstHeardOn', message: 'Cannot be in the future' }]);
    const recruiter = await signIn(app, w.recruiter);
    expect((await recruiter.post('/api/clients', { name: 'Nope Co' })).status).toBe(403);
    expect((await am.get('/api/clients')).body.total).toBe(0);
  });

  it('answers 404 for a client that does not exist', async () => {
    const { am } = await desk();
    const res = await am.get('/api/clients/00000000-0000-4000-8000-000000000000');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'not_found', message: 'Client not found' } });
  });
});

describe('GET /api/clients', () => {
  async function threeClients() {
    const d = await desk();
    const manager = await signIn(app, d.w.manager);
    const a = await d.am.post('/api/clients', {
      name: 'Alder Foods',
      city: 'Quincy',
      industry: 'hospitality',
      phone: '617-555-0111',
    });
    const b = await d.am.post('/api/clients', {
      name: 'Birch Freight',
      city: 'Lowell',
      industry: 'logistics',
      status: 'active',
      phone: '(508) 555-0122',
    });
    const c = await manager.post('/api/clients', {
      name: 'Cedar Clinics',
      industry: 'healthcare',
      status: 'inactive',
      branchId: d.w.branchA,
      ownerId: d.w.manager.userId,
    });
    return { ...d, a: a.body, b: b.body, c: c.body };
  }

  it('finds clients by any part of the name and by phone digits in any format', async () => {
    const { am } = await threeClients();
    expect(names(await am.get('/api/clients?q=frei'))).toEqual(['Birch Freight']);
    expect(names(await am.get('/api/clients?q=CLINIC'))).toEqual(['Cedar Clinics']);
    expect(names(await am.get(`/api/clients?q=${encodeURIComponent('508.555.0122')}`))).toEqual([
      'Birch Freight',
    ]);
    expect(names(await am.get(`/api/clients?q=${encodeURIComponent('(617) 555')}`))).toEqual(['Alder Foods']);
    expect(names(await am.get('/api/clients?q=alder%20foods'))).toEqual(['Alder Foods']);
    expect((await am.get('/api/clients?q=nothing-like-this')).body).toMatchObject({ items: [], total: 0 });
  });

  it('filters by status, industry, owner and branch', async () => {
    const { w, am } = await threeClients();
    expect(names(await am.get('/api/clients?status=active'))).toEqual(['Birch Freight']);
    expect(names(await am.get('/api/clients?status=prospect'))).toEqual(['Alder Foods']);
    expect(names(await am.get('/api/clients?industry=healthcare'))).toEqual(['Cedar Clinics']);
    expect(names(await am.get(`/api/clients?ownerId=${w.accountManager.userId}`))).toEqual([
      'Alder Foods',
      'Birch Freight',
    ]);
    expect(names(await am.get(`/api/clients?ownerId=${w.manager.userId}`))).toEqual(['Cedar Clinics']);
    expect((await am.get(`/api/clients?branchId=${w.branchA}`)).body.total).toBe(3);
    expect((await am.get(`/api/clients?branchId=${w.branchB}`)).body.total).toBe(0);
    expect((await am.get('/api/clients?status=lost')).status).toBe(400);
  });

  it('sorts by every key, both ways', async () => {
    const { am, a } = await threeClients();
    // Touch the first client so it becomes the most recently updated.
    await am.patch(`/api/clients/${a.id}`, { version: 1, notes: 'Called back' });
    const expected: Record<string, string[]> = {
      name: ['Alder Foods', 'Birch Freight', 'Cedar Clinics'],
      createdAt: ['Alder Foods', 'Birch Freight', 'Cedar Clinics'],
      updatedAt: ['Birch Freight', 'Cedar Clinics', 'Alder Foods'],
      // Cedar has no city: empty values sort last both ways.
      city: ['Birch Freight', 'Alder Foods', 'Cedar Clinics'],
      status: ['Birch Freight', 'Cedar Clinics', 'Alder Foods'],
    };
    for (const [sort, asc] of Object.entries(expected)) {
      expect(names(await am.get(`/api/clients?sort=${sort}&order=asc`)), `${sort} asc`).toEqual(asc);
      const desc = sort === 'city' ? ['Alder Foods', 'Birch Freight', 'Cedar Clinics'] : [...asc].reverse();
      expect(names(await am.get(`/api/clients?sort=${sort}&order=desc`)), `${sort} desc`).toEqual(desc);
    }
    // The default is by name.
    expect(names(await am.get('/api/clients'))).toEqual(expected.name);
    expect((await am.get('/api/clients?sort=notes')).status).toBe(400);
  });

  it('pages, including past the end', async () => {
    const { am } = await threeClients();
    const first = await am.get('/api/clients?pageSize=2');
    expect(first.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(names(first)).toEqual(['Alder Foods', 'Birch Freight']);
    const second = await am.get('/api/clients?pageSize=2&page=2');
    expect(names(second)).toEqual(['Cedar Clinics']);
    expect(second.body.total).toBe(3);
    const past = await am.get('/api/clients?pageSize=2&page=7');
    expect(past.body).toEqual({ items: [], total: 3, page: 7, pageSize: 2 });
    expect((await am.get('/api/clients?pageSize=101')).status).toBe(400);
    expect((await am.get('/api/clients?page=0')).status).toBe(400);
  });

  it('shows open orders and the last contact with each client', async () => {
    const { w, am } = await desk();
    const client = await buildClient(w, { name: 'Juniper Works' });
    const quiet = await buildClient(w, { name: 'Quiet Co' });
    const contact = await buildContact(w, client.id);
    const open = await buildJobOrder(w, { clientId: client.id });
    await buildJobOrder(w, { clientId: client.id, status: 'requested' });
    const cancelled = await buildJobOrder(w, { clientId: client.id });
    await am.patch(`/api/job-orders/${cancelled.id}`, { version: 1, status: 'cancelled' });
    const held = await buildJobOrder(w, { clientId: client.id });
    await am.patch(`/api/job-orders/${held.id}`, { version: 1, status: 'on_hold' });

    const call = await am.post('/api/touchpoints', {
      subjectType: 'client',
      subjectId: client.id,
      contactId: contact.id,
      channel: 'call',
      summary: 'Asked about the weekend shift',
      occurredAt: '2026-02-03T15:00:00Z',
    });
    expect(call.status).toBe(201);
    const list = await am.get('/api/clients?sort=name');
    const byName = new Map(list.body.items.map((c: any) => [c.name, c]));
    expect(byName.get('Juniper Works')).toMatchObject({ openOrders: 3, status: 'active' });
    expect(byName.get('Quiet Co')).toMatchObject({ openOrders: 0, status: 'prospect', lastContactAt: null });
    // The order touchpoints are later than the call (they happened now): the latest contact wins.
    const juniper: any = byName.get('Juniper Works');
    expect(new Date(juniper.lastContactAt).getTime()).toBeGreaterThan(Date.parse('2026-02-03T15:00:00Z'));
    expect(open.status).toBe('open');

    const contacts = await am.get(`/api/clients/${client.id}/contacts`);
    expect(contacts.body.items[0]).toMatchObject({
      id: contact.id,
      lastContactAt: '2026-02-03T15:00:00.000Z',
    });
    // A note is not a contact; a call logged at a later time is.
    await am.post('/api/touchpoints', {
      subjectType: 'client',
      subjectId: quiet.id,
      channel: 'note',
      summary: 'Heard they are expanding',
    });
    const quietAfterNote = (await am.get('/api/clients?q=Quiet')).body.items[0];
    expect(quietAfterNote.lastContactAt).toBeNull();
    await am.post('/api/touchpoints', {
      subjectType: 'client',
      subjectId: quiet.id,
      channel: 'email',
      summary: 'Introduced ourselves',
      occurredAt: '2026-03-01T09:00:00Z',
    });
    expect((await am.get('/api/clients?q=Quiet')).body.items[0].lastContactAt).toBe(
      '2026-03-01T09:00:00.000Z',
    );
  });
});

describe('PATCH /api/clients/:id', () => {
  it('changes a client at the version read, clears fields with null, and refuses a stale version (409)', async () => {
    const { w, am } = await desk();
    const client = await buildClient(w, {
      website: 'https://old.example',
      phone: '617-555-0199',
      city: 'Lynn',
    });
    const res = await am.patch(`/api/clients/${client.id}`, {
      version: 1,
      website: null,
      phone: null,
      notes: 'Prefers email',
      industry: 'retail',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      version: 2,
      website: null,
      phone: null,
      notes: 'Prefers email',
      industry: 'retail',
      city: 'Lynn',
      name: client.name,
    });
    const stale = await am.patch(`/api/clients/${client.id}`, { version: 1, city: 'Salem' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict_version');
    expect((await am.get(`/api/clients/${client.id}`)).body).toMatchObject({ version: 2, city: 'Lynn' });
    // The cleared phone no longer finds it.
    expect((await am.get('/api/clients?q=617-555-0199')).body.total).toBe(0);
  });

  it('renaming re-indexes the client, its contacts and its job orders for search', async () => {
    const { w, am } = await desk();
    const client = await buildClient(w, { name: 'Oldname Industries' });
    await buildContact(w, client.id, { firstName: 'Robin' });
    await buildJobOrder(w, { clientId: client.id, title: 'Picker' });
    // The first order made the prospect active, a change of its own (version 2).
    const current = await am.get(`/api/clients/${client.id}`);
    expect(current.body).toMatchObject({ status: 'active', version: 2 });
    const renamed = await am.patch(`/api/clients/${client.id}`, { version: 2, name: 'Newbrand Industries' });
    expect(renamed.status).toBe(200);
    const hits = await am.get('/api/search?q=newbrand');
    expect(hits.body.items.map((h: any) => h.type).sort()).toEqual(['client', 'contact', 'job_order']);
    expect((await am.get('/api/search?q=oldname')).body.items).toEqual([]);
  });

  it('marking a client inactive appends one `lapsed` touchpoint, which is not a contact', async () => {
    const { w, am } = await desk();
    const client = await buildClient(w, { status: 'active' });
    const res = await am.patch(`/api/clients/${client.id}`, { version: 1, status: 'inactive' });
    expect(res.body.status).toBe('inactive');
    // Saving again while inactive appends nothing more.
    await am.patch(`/api/clients/${client.id}`, { version: 2, status: 'inactive', notes: 'Closed the site' });
    const timeline = await am.get(`/api/clients/${client.id}/timeline`);
    const lapsed = timeline.body.items.filter((t: any) => t.activity === 'lapsed');
    expect(lapsed).toHaveLength(1);
    expect(lapsed[0]).toMatchObject({
      channel: 'system',
      summary: 'Marked inactive',
      actor: { id: w.accountManager.userId },
    });
    const after = (await am.get(`/api/clients?q=${encodeURIComponent(client.name)}`)).body.items[0];
    // Being added and being marked lapsed are the firm's own bookkeeping, not contact with the client.
    expect(after.lastContactAt).toBeNull();
  });
});

describe('contacts', () => {
  it('adds a contact under a client, lists the client’s contacts, reads and changes one', async () => {
    const { w, am } = await desk();
    const client = await buildClient(w, { name: 'Maple Health' });
    const created = await am.post(`/api/clients/${client.id}/contacts`, {
      firstName: 'Dana',
      lastName: 'Okafor',
      title: 'Nurse manager',
      emails: [{ address: 'dana.okafor@maple.example' }],
      phones: [{ number: '617 555 0177', label: 'work' }],
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      version: 1,
      client: { id: client.id, name: 'Maple Health' },
      firstName: 'Dana',
      lastName: 'Okafor',
      title: 'Nurse manager',
      role: 'hiring_manager',
      emails: [{ address: 'dana.okafor@maple.example', label: 'work' }],
      phones: [{ number: '617 555 0177', label: 'work' }],
      active: true,
      notes: null,
      lastContactAt: null,
      updatedAt: expect.any(String),
    });
    const second = await buildContact(w, client.id, {
      firstName: 'Abe',
      lastName: 'Zimmer',
      role: 'billing',
    });
    const inactive = await buildContact(w, client.id, { firstName: 'Ann', lastName: 'Adams' });
    await am.patch(`/api/contacts/${inactive.id}`, { version: 1, active: false });

    const list = await am.get(`/api/clients/${client.id}/contacts`);
    // Active first, then by last name.
    expect(list.body.items.map((c: any) => c.lastName)).toEqual(['Okafor', 'Zimmer', 'Adams']);

    const got = await am.get(`/api/contacts/${created.body.id}`);
    expect(got.body).toEqual(created.body);
    const changed = await am.patch(`/api/contacts/${created.body.id}`, {
      version: 1,
      role: 'decision_maker',
      title: null,
    });
    expect(changed.body).toMatchObject({
      version: 2,
      role: 'decision_maker',
      title: null,
      firstName: 'Dana',
    });
    const stale = await am.patch(`/api/contacts/${created.body.id}`, { version: 1, firstName: 'Dan' });
    expect(stale.status).toBe(409);
    expect((await am.get(`/api/contacts/${created.body.id}`)).body.firstName).toBe('Dana');
    expect(second.role).toBe('billing');
  });

  it('refuses a contact under a client the user may not change, or one that does not exist', async () => {
    const { w } = await desk();
    const client = await buildClient(w);
    const recruiter = await signIn(app, w.recruiter);
    const res = await recruiter.post(`/api/clients/${client.id}/contacts`, { firstName: 'A', lastName: 'B' });
    expect(res.status).toBe(403);
    const am = await signIn(app, w.accountManager);
    const missing = await am.post('/api/clients/00000000-0000-4000-8000-000000000000/contacts', {
      firstName: 'A',
      lastName: 'B',
    });
    expect(missing.status).toBe(404);
    expect((await am.get(`/api/clients/${client.id}/contacts`)).body.items).toEqual([]);
  });

  it('GET /api/contacts searches, filters by client, role and active, and sorts', async () => {
    const { w, am } = await desk();
    const acme = await buildClient(w, { name: 'Acme Anvils' });
    const zeta = await buildClient(w, { name: 'Zeta Zinc' });
    await buildContact(w, zeta.id, {
      firstName: 'Mia',
      lastName: 'Brown',
      role: 'hr',
      emails: [{ address: 'mia.brown@zeta.example' }],
    });
    await buildContact(w, acme.id, { firstName: 'Leo', lastName: 'Carter', role: 'hr' });
    const c3 = await buildContact(w, acme.id, { firstName: 'Ivy', lastName: 'Adams', role: 'billing' });
    await am.patch(`/api/contacts/${c3.id}`, { version: 1, active: false });
    const last = (res: { body: any }) => res.body.items.map((c: any) => c.lastName);

    expect(last(await am.get('/api/contacts'))).toEqual(['Adams', 'Brown', 'Carter']);
    expect(last(await am.get('/api/contacts?order=desc'))).toEqual(['Carter', 'Brown', 'Adams']);
    expect(last(await am.get('/api/contacts?sort=company'))).toEqual(['Adams', 'Carter', 'Brown']);
    expect(last(await am.get('/api/contacts?sort=company&order=desc'))).toEqual(['Brown', 'Carter', 'Adams']);
    expect(last(await am.get('/api/contacts?sort=updatedAt&order=asc'))).toEqual([
      'Brown',
      'Carter',
      'Adams',
    ]);
    // Dates sort newest first unless asked otherwise.
    expect(last(await am.get('/api/contacts?sort=updatedAt'))).toEqual(['Adams', 'Carter', 'Brown']);
    expect(last(await am.get('/api/contacts?q=mia.brown@zeta'))).toEqual(['Brown']);
    // A contact is found by their company's name too.
    expect(last(await am.get('/api/contacts?q=anvils'))).toEqual(['Adams', 'Carter']);
    expect(last(await am.get(`/api/contacts?clientId=${acme.id}`))).toEqual(['Adams', 'Carter']);
    expect(last(await am.get('/api/contacts?role=hr'))).toEqual(['Brown', 'Carter']);
    expect(last(await am.get('/api/contacts?active=false'))).toEqual(['Adams']);
    expect(last(await am.get('/api/contacts?active=true&role=hr&sort=company'))).toEqual(['Carter', 'Brown']);
    const paged = await am.get('/api/contacts?pageSize=1&page=2');
    expect(paged.body).toMatchObject({ total: 3, page: 2, pageSize: 1 });
    expect(last(paged)).toEqual(['Brown']);
    expect((await am.get('/api/contacts?active=yes')).status).toBe(400);
  });
});

describe('GET /api/clients/:id/timeline', () => {
  it('holds the whole record: the company, its contacts, and candidates submitted and placed on its orders', async () => {
    const { w, am } = await desk();
    const client = await buildClient(w, { name: 'Spruce Storage' });
    const other = await buildClient(w, { name: 'Other Outfit' });
    const contact = await buildContact(w, client.id, { firstName: 'Kim', lastName: 'Lopez' });
    const order = await buildJobOrder(w, {
      clientId: client.id,
      contactId: contact.id,
      title: 'Reach driver',
    });
    const otherOrder = await buildJobOrder(w, { clientId: other.id, title: 'Elsewhere job' });
    const candidate = await buildCandidate(w, { firstName: 'Pat', lastName: 'Quinn' });
    await am.post('/api/touchpoints', {
      subjectType: 'client',
      subjectId: client.id,
      contactId: contact.id,
      channel: 'meeting',
      summary: 'Site visit',
    });
    const submission = await buildSubmission(w, candidate.id, order.id);
    await buildPlacement(w, submission.id, '2026-01-05');
    const elsewhere = await buildSubmission(w, (await buildCandidate(w)).id, otherOrder.id);

    const res = await am.get(`/api/clients/${client.id}/timeline`);
    expect(res.status).toBe(200);
    const rows = res.body.items.map((t: any) => [t.subjectType, t.activity, t.contact?.name ?? null]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['client', 'heard_of_us', null],
        ['client', 'staffing_request', 'Kim Lopez'],
        ['client', 'meeting', 'Kim Lopez'],
        ['candidate', 'submitted', null],
        ['client', 'candidates_presented', 'Kim Lopez'],
        ['candidate', 'placed', null],
        ['client', 'order_filled', 'Kim Lopez'],
      ]),
    );
    const aboutCandidate = res.body.items.filter((t: any) => t.subjectType === 'candidate');
    for (const t of aboutCandidate) {
      expect(t.candidate).toEqual({ id: candidate.id, name: 'Pat Quinn' });
      expect(t.jobOrder).toEqual({ id: order.id, name: 'Reach driver' });
    }
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(otherOrder.id);
    expect(text).not.toContain(elsewhere.candidate.id);
    expect(text).not.toContain('Other Outfit');
    // Newest first.
    const times = res.body.items.map((t: any) => t.occurredAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('lists placements at the client', async () => {
    const { w, am } = await desk();
    const client = await buildClient(w);
    const order = await buildJobOrder(w, { clientId: client.id, openings: 2 });
    const candidate = await buildCandidate(w);
    const placement = await buildPlacement(
      w,
      (await buildSubmission(w, candidate.id, order.id)).id,
      '2026-01-12',
    );
    const res = await am.get(`/api/clients/${client.id}/placements`);
    expect(res.body.items.map((p: any) => [p.id, p.candidate.id, p.startDate, p.status])).toEqual([
      [placement.id, candidate.id, '2026-01-12', 'active'],
    ]);
    expect((await am.get(`/api/clients/${(await buildClient(w)).id}/placements`)).body.items).toEqual([]);
  });
});
