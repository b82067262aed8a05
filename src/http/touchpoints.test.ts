import { sql } from 'drizzle-orm';
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

async function desk(): Promise<{ w: World; rec: Client }> {
  const w = await buildWorld(store);
  return { w, rec: await signIn(app, w.recruiter) };
}

const soon = () => new Date(Date.now() + 10 * 60_000).toISOString();

describe('POST /api/touchpoints', () => {
  it('logs calls, emails, texts, meetings and notes with a candidate', async () => {
    const { w, rec } = await desk();
    const candidate = await buildCandidate(w, { firstName: 'Ira', lastName: 'Bell' });
    const order = await buildJobOrder(w, { title: 'Stocker' });
    const res = await rec.post('/api/touchpoints', {
      subjectType: 'candidate',
      subjectId: candidate.id,
      channel: 'call',
      direction: 'in',
      summary: 'Asked about the stocker job',
      outcome: 'connected',
      jobOrderId: order.id,
      occurredAt: '2026-11-02T16:45:00+02:00',
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(Number),
      occurredAt: '2026-11-02T14:45:00.000Z',
      recordedAt: expect.any(String),
      subjectType: 'candidate',
      candidate: { id: candidate.id, name: 'Ira Bell' },
      client: null,
      contact: null,
      activity: 'contacted',
      activityLabel: 'Contacted',
      channel: 'call',
      direction: 'in',
      actorType: 'user',
      actor: { id: w.recruiter.userId, name: w.recruiter.name },
      jobOrder: { id: order.id, name: 'Stocker' },
      summary: 'Asked about the stocker job',
      outcome: 'connected',
      voidedBy: null,
      voidsId: null,
    });
    const logged: [string, string, string | null][] = [];
    for (const channel of ['email', 'sms', 'meeting', 'note']) {
      const r = await rec.post('/api/touchpoints', {
        subjectType: 'candidate',
        subjectId: candidate.id,
        channel,
        summary: `By ${channel}`,
      });
      expect(r.status, channel).toBe(201);
      logged.push([r.body.channel, r.body.activity, r.body.direction]);
    }
    // A note is something learnt, not a contact: no direction.
    expect(logged).toEqual([
      ['email', 'contacted', 'out'],
      ['sms', 'contacted', 'out'],
      ['meeting', 'contacted', 'out'],
      ['note', 'note', null],
    ]);
    const timeline = await rec.get(`/api/candidates/${candidate.id}/timeline`);
    expect(timeline.body.items.map((t: any) => t.summary).slice(0, 4)).toEqual([
      'By note',
      'By meeting',
      'By sms',
      'By email',
    ]);
  });

  it('logs with a client and the contact spoken to; a meeting with a client is the journey’s meeting step', async () => {
    const { w, rec } = await desk();
    const client = await buildClient(w, { name: 'Linden Labs' });
    const contact = await buildContact(w, client.id, { firstName: 'Ola', lastName: 'Nagy' });
    const meeting = await rec.post('/api/touchpoints', {
      subjectType: 'client',
      subjectId: client.id,
      contactId: contact.id,
      channel: 'meeting',
      summary: 'Quarterly review',
      outcome: 'held',
    });
    expect(meeting.status).toBe(201);
    expect(meeting.body).toMatchObject({
      subjectType: 'client',
      client: { id: client.id, name: 'Linden Labs' },
      contact: { id: contact.id, name: 'Ola Nagy' },
      candidate: null,
      activity: 'meeting',
    });
    const call = await rec.post('/api/touchpoints', {
      subjectType: 'client',
      subjectId: client.id,
      channel: 'call',
      summary: 'Switchboard',
    });
    expect(call.body).toMatchObject({ activity: 'contacted', contact: null });
    const contactView = await rec.get(`/api/contacts/${contact.id}`);
    expect(contactView.body.lastContactAt).toBe(meeting.body.occurredAt);
  });

  it('refuses a contact of another client, a contact on a candidate, a future time, and unknown records', async () => {
    const { w, rec } = await desk();
    const client = await buildClient(w);
    const candidate = await buildCandidate(w);
    const strangerContact = await buildContact(w, (await buildClient(w)).id);
    const cases: [Record<string, unknown>, number, string | null][] = [
      [{ subjectType: 'client', subjectId: client.id, contactId: strangerContact.id }, 400, 'contactId'],
      [
        { subjectType: 'candidate', subjectId: candidate.id, contactId: strangerContact.id },
        400,
        'contactId',
      ],
      [{ subjectType: 'candidate', subjectId: candidate.id, occurredAt: soon() }, 400, 'occurredAt'],
      [{ subjectType: 'candidate', subjectId: candidate.id, jobOrderId: client.id }, 400, 'jobOrderId'],
      [{ subjectType: 'candidate', subjectId: client.id }, 404, null],
      [{ subjectType: 'client', subjectId: candidate.id }, 404, null],
      [{ subjectType: 'candidate', subjectId: candidate.id, channel: 'system' }, 400, 'channel'],
      [{ subjectType: 'candidate', subjectId: candidate.id, summary: '   ' }, 400, 'summary'],
    ];
    for (const [overrides, status, path] of cases) {
      const res = await rec.post('/api/touchpoints', { channel: 'call', summary: 'Hello', ...overrides });
      expect(res.status, JSON.stringify(overrides)).toBe(status);
      if (path) expect(res.body.error.issues.map((i: any) => i.path)).toEqual([path]);
    }
    expect((await rec.get(`/api/candidates/${candidate.id}/timeline`)).body.items).toHaveLength(1);
    expect((await rec.get(`/api/clients/${client.id}/timeline`)).body.items).toHaveLength(1);
  });
});

describe('timelines', () => {
  it('page backwards with `before`/`nextBefore`: newest first, every touchpoint once, stable while new ones arrive', async () => {
    const { w, rec } = await desk();
    const candidate = await buildCandidate(w);
    // Two share a moment: the later-recorded one comes first.
    const times = [
      '2026-10-01T09:00:00Z',
      '2026-10-03T09:00:00Z',
      '2026-10-03T09:00:00Z',
      '2026-10-02T09:00:00Z',
      '2026-10-05T09:00:00Z',
      '2026-10-04T09:00:00Z',
    ];
    const ids: number[] = [];
    for (const [i, occurredAt] of times.entries()) {
      const res = await rec.post('/api/touchpoints', {
        subjectType: 'candidate',
        subjectId: candidate.id,
        channel: i % 2 === 0 ? 'call' : 'email',
        summary: `#${i}`,
        occurredAt,
      });
      ids.push(res.body.id);
    }
    const all = (await rec.get(`/api/candidates/${candidate.id}/timeline`)).body;
    expect(all.nextBefore).toBeNull();
    const expected = ['registered', '#4', '#5', '#2', '#1', '#3', '#0'];
    expect(
      all.items.map((t: any) => (t.summary === 'Registered by staff' ? 'registered' : t.summary)),
    ).toEqual(expected);

    const seen: number[] = [];
    let before: number | null = null;
    let pages = 0;
    do {
      const res: any = await rec.get(
        `/api/candidates/${candidate.id}/timeline?limit=3${before ? `&before=${before}` : ''}`,
      );
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((t: any) => t.id));
      before = res.body.nextBefore;
      if (before) expect(before).toBe(res.body.items.at(-1).id);
      pages++;
      // Something new arrives between pages: it is newer, so the pages already under way do not shift.
      await rec.post('/api/touchpoints', {
        subjectType: 'candidate',
        subjectId: candidate.id,
        channel: 'note',
        summary: 'Meanwhile',
      });
    } while (before && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(all.items.map((t: any) => t.id));
    expect(new Set(seen).size).toBe(7);
    expect(ids.every((id) => seen.includes(id))).toBe(true);
  });

  it('filters by channel', async () => {
    const { w, rec } = await desk();
    const candidate = await buildCandidate(w);
    for (const channel of ['call', 'email', 'call', 'note']) {
      await rec.post('/api/touchpoints', {
        subjectType: 'candidate',
        subjectId: candidate.id,
        channel,
        summary: channel,
      });
    }
    const calls = await rec.get(`/api/candidates/${candidate.id}/timeline?channel=call`);
    expect(calls.body.items.map((t: any) => t.channel)).toEqual(['call', 'call']);
    const system = await rec.get(`/api/candidates/${candidate.id}/timeline?channel=system`);
    expect(system.body.items.map((t: any) => t.activity)).toEqual(['registered']);
    expect((await rec.get(`/api/candidates/${candidate.id}/timeline?channel=fax`)).status).toBe(400);
    expect((await rec.get(`/api/candidates/${candidate.id}/timeline?limit=0`)).status).toBe(400);
    expect((await rec.get(`/api/candidates/${candidate.id}/timeline?before=abc`)).status).toBe(400);
  });

  it('GET /api/touchpoints shows the latest across the firm, and nothing of another firm', async () => {
    const { w, rec } = await desk();
    const outsider = await buildWorld(store);
    const theirs = await buildCandidate(outsider, { lastName: 'Outsider' });
    const candidate = await buildCandidate(w);
    const client = await buildClient(w);
    const am = await signIn(app, w.accountManager);
    await rec.post('/api/touchpoints', {
      subjectType: 'candidate',
      subjectId: candidate.id,
      channel: 'call',
      summary: 'A',
    });
    await am.post('/api/touchpoints', {
      subjectType: 'client',
      subjectId: client.id,
      channel: 'email',
      summary: 'B',
    });
    const res = await rec.get('/api/touchpoints?limit=3');
    expect(res.status).toBe(200);
    expect(res.body.items.map((t: any) => [t.summary, t.actor.id])).toEqual([
      ['B', w.accountManager.userId],
      ['A', w.recruiter.userId],
      ['Added as a client', w.accountManager.userId],
    ]);
    expect(res.body.nextBefore).toBe(res.body.items[2].id);
    const everything = await rec.get('/api/touchpoints?limit=200');
    expect(JSON.stringify(everything.body)).not.toContain(theirs.id);
    expect(everything.body.items).toHaveLength(4);
    const emails = await rec.get('/api/touchpoints?channel=email');
    expect(emails.body.items.map((t: any) => t.summary)).toEqual(['B']);
  });
});

describe('POST /api/touchpoints/:id/void', () => {
  it('appends a correction naming the original, which then shows who voided it; nothing is erased', async () => {
    const { w, rec } = await desk();
    const client = await buildClient(w);
    const logged = await rec.post('/api/touchpoints', {
      subjectType: 'client',
      subjectId: client.id,
      channel: 'call',
      summary: 'Wrong company',
      occurredAt: '2026-11-01T10:00:00Z',
    });
    const manager = await signIn(app, w.manager);
    const res = await manager.post(`/api/touchpoints/${logged.body.id}/void`, {
      reason: 'Logged on the wrong client',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      voidsId: logged.body.id,
      voidedBy: null,
      activity: 'contacted',
      channel: 'call',
      summary: 'Voided: Logged on the wrong client',
      actor: { id: w.manager.userId },
      client: { id: client.id },
    });
    const items = (await rec.get(`/api/clients/${client.id}/timeline`)).body.items;
    const original = items.find((t: any) => t.id === logged.body.id);
    expect(original).toMatchObject({ summary: 'Wrong company', voidedBy: res.body.id, voidsId: null });
    expect(items.map((t: any) => t.id)).toContain(res.body.id);
    // A voided call is no contact.
    const row = (await rec.get(`/api/clients?q=${encodeURIComponent(client.name)}`)).body.items[0];
    expect(row.lastContactAt).toBeNull();
  });

  it('refuses to void a system touchpoint, a correction, or the same touchpoint twice (409)', async () => {
    const { w, rec } = await desk();
    const candidate = await buildCandidate(w);
    const registered = (await rec.get(`/api/candidates/${candidate.id}/timeline`)).body.items[0];
    expect(registered.activity).toBe('registered');
    const system = await rec.post(`/api/touchpoints/${registered.id}/void`, { reason: 'Try' });
    expect(system.status).toBe(409);
    expect(system.body.error).toMatchObject({
      code: 'invalid_transition',
      message: 'Only hand-logged contacts can be voided',
    });
    const logged = await rec.post('/api/touchpoints', {
      subjectType: 'candidate',
      subjectId: candidate.id,
      channel: 'sms',
      summary: 'Oops',
    });
    const correction = await rec.post(`/api/touchpoints/${logged.body.id}/void`, { reason: 'Not sent' });
    expect(correction.status).toBe(201);
    const voidCorrection = await rec.post(`/api/touchpoints/${correction.body.id}/void`, { reason: 'Undo' });
    expect(voidCorrection.status).toBe(409);
    expect(voidCorrection.body.error.message).toBe('A correction cannot itself be voided');
    const twice = await rec.post(`/api/touchpoints/${logged.body.id}/void`, { reason: 'Again' });
    expect(twice.status).toBe(409);
    const items = (await rec.get(`/api/candidates/${candidate.id}/timeline`)).body.items;
    expect(items.filter((t: any) => t.voidsId === logged.body.id)).toHaveLength(1);
    expect(items).toHaveLength(3);
    expect((await rec.post('/api/touchpoints/999999999/void', { reason: 'x' })).status).toBe(404);
    expect((await rec.post(`/api/touchpoints/${logged.body.id}/void`, { reason: '' })).status).toBe(400);
  });
});

describe("a firm's own steps", () => {
  it('are logged by hand once an admin adds them to the definition, named as the firm names them', async () => {
    const { w, rec } = await desk();
    const candidate = await buildCandidate(w);
    const log = (activity: string) =>
      rec.post('/api/touchpoints', {
        subjectType: 'candidate',
        subjectId: candidate.id,
        channel: 'call',
        summary: 'Called two references',
        activity,
      });
    const before = await log('reference_check');
    expect(before.status).toBe(400);
    expect(before.body.error.issues[0].path).toBe('activity');
    // A built-in step is not a hand-logged one.
    expect((await log('placed')).status).toBe(400);
    const admin = await signIn(app, w.admin);
    const current = (await admin.get('/api/journeys/candidate/definition')).body;
    const saved = await admin.post('/api/journeys/candidate/definitions', {
      basedOn: current.version,
      activities: [
        ...current.activities.map(({ builtIn: _b, ...a }: any) => a),
        { key: 'reference_check', label: 'References checked', stallDays: 3, terminal: false },
      ],
      stages: current.stages,
    });
    expect(saved.status).toBe(201);
    expect(saved.body.version).toBe(current.version + 1);
    const after = await log('reference_check');
    expect(after.status).toBe(201);
    expect(after.body).toMatchObject({ activity: 'reference_check', activityLabel: 'References checked' });
    // It can be voided like any contact logged by hand.
    expect(
      (await rec.post(`/api/touchpoints/${after.body.id}/void`, { reason: 'Wrong person' })).status,
    ).toBe(201);
  });
});

describe('voiding what a record stands behind', () => {
  it('refuses a check-in: the check-in record would stay while its touchpoint vanished from the journey', async () => {
    const { w, rec } = await desk();
    const candidate = await buildCandidate(w);
    const order = await buildJobOrder(w);
    const placement = await buildPlacement(
      w,
      (await buildSubmission(w, candidate.id, order.id)).id,
      '2026-11-02',
    );
    const checkIn = await rec.post(`/api/placements/${placement.id}/check-ins`, {
      kind: 'call',
      notes: 'All good',
    });
    expect(checkIn.status).toBe(201);
    const logged = (await rec.get(`/api/candidates/${candidate.id}/timeline`)).body.items.find(
      (t: any) => t.activity === 'assignment_checkin',
    );
    expect(logged).toMatchObject({ channel: 'call', actor: { id: w.recruiter.userId } });
    const res = await rec.post(`/api/touchpoints/${logged.id}/void`, { reason: 'Did not happen' });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe('Only hand-logged contacts can be voided');
  });
});

describe('the touchpoint log in the database', () => {
  it('is append-only: UPDATE, DELETE and TRUNCATE fail, whoever runs them', async () => {
    const { w, rec } = await desk();
    const candidate = await buildCandidate(w);
    const logged = await rec.post('/api/touchpoints', {
      subjectType: 'candidate',
      subjectId: candidate.id,
      channel: 'call',
      summary: 'Original words',
    });
    const id = logged.body.id as number;
    await expect(
      store.db.execute(sql`update touchpoints set summary = 'Rewritten' where id = ${id}`),
    ).rejects.toThrow();
    await expect(store.db.execute(sql`delete from touchpoints where id = ${id}`)).rejects.toThrow();
    await expect(store.db.execute(sql`truncate touchpoints cascade`)).rejects.toThrow();
    const after = (await rec.get(`/api/candidates/${candidate.id}/timeline`)).body.items;
    expect(after.find((t: any) => t.id === id).summary).toBe('Original words');
    expect(after).toHaveLength(2);
  });
});
