import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/db.ts';
import {
  buildCandidate,
  buildJobOrder,
  buildSubmission,
  buildWorld,
  type World,
} from '../../test/factories.ts';
import { type Client, signIn, testApp } from '../../test/http.ts';

let store: TestStore;
let app: FastifyInstance;
let w: World;
let rec: Client;
let other: Client;

beforeAll(async () => {
  store = await openTestStore();
  w = await buildWorld(store);
  app = await testApp(w.ctx);
  rec = await signIn(app, w.recruiter);
  other = await signIn(app, w.otherRecruiter);
});
afterAll(async () => {
  await app.close();
  await store.close();
});

describe('POST /api/messages', () => {
  it('answers 409 guard_warning naming overrideReason, then sends with a reason into the outbox', async () => {
    const candidate = await buildCandidate(w);
    const order = await buildJobOrder(w, { payRate: 18 });
    await buildSubmission(w, candidate.id, order.id);
    const message = {
      to: { candidateId: candidate.id },
      channel: 'email',
      subject: 'The job',
      body: 'It pays $25/hour.',
      jobOrderId: order.id,
    };
    const check = await rec.post('/api/messages/check', message);
    expect(check.status).toBe(200);
    expect(check.body.warnings).toEqual([
      expect.objectContaining({
        kind: 'conflict',
        field: 'payRate',
        expected: '$18.00/hour',
        found: '$25.00/hour',
      }),
    ]);
    const refused = await rec.post('/api/messages', message);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('guard_warning');
    expect(refused.body.error.issues).toEqual([{ path: 'overrideReason', message: expect.any(String) }]);

    const sent = await rec.post('/api/messages', { ...message, overrideReason: 'Rate raised by the client' });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ status: 'outbox', overrideReason: 'Rate raised by the client' });
    const counts = await rec.get('/api/messages/counts');
    expect(counts.body.outbox).toBeGreaterThanOrEqual(1);
    expect(counts.body.transports).toEqual({ email: false, sms: false });
    // A colleague now sees the pending message in the guard.
    const seen = await other.post('/api/messages/check', { ...message, body: 'Hello' });
    expect(seen.body.recent[0]).toMatchObject({ pending: true, by: { id: w.recruiter.userId } });
    expect(seen.body.warnings.map((x: { kind: string }) => x.kind)).toContain('recent');
  });

  it('refuses bad input with the field at fault', async () => {
    const candidate = await buildCandidate(w);
    const noSubject = await rec.post('/api/messages', {
      to: { candidateId: candidate.id },
      channel: 'email',
      body: 'Hi',
    });
    expect(noSubject.status).toBe(400);
    expect(noSubject.body.error.issues[0].path).toBe('subject');
    const wrongAddress = await rec.post('/api/messages', {
      to: { candidateId: candidate.id },
      channel: 'email',
      address: 'someone.else@mail.example',
      subject: 'Hi',
      body: 'Hi',
    });
    expect(wrongAddress.status).toBe(400);
    expect(wrongAddress.body.error.issues[0].path).toBe('address');
    const both = await rec.post('/api/messages', {
      to: { candidateId: candidate.id, contactId: candidate.id },
      channel: 'email',
      subject: 'Hi',
      body: 'Hi',
    });
    expect(both.status).toBe(400);
    const unknownTemplate = await rec.post('/api/messages/draft', {
      to: { candidateId: candidate.id },
      templateKey: 'no_such',
    });
    expect(unknownTemplate.status).toBe(400);
    expect(unknownTemplate.body.error.issues[0].path).toBe('templateKey');
  });

  it('fills a template for the person and order, with the signature', async () => {
    await rec.put('/api/me/signature', { signature: 'Robin\nHarbor Staffing, Boston' });
    const candidate = await buildCandidate(w, { firstName: 'Noor' });
    const order = await buildJobOrder(w, {
      title: 'Machine Operator',
      payRate: 22,
      startDate: '2030-02-04',
      city: 'Lowell',
    });
    const draft = await rec.post('/api/messages/draft', {
      to: { candidateId: candidate.id },
      templateKey: 'job_opportunity',
      jobOrderId: order.id,
    });
    expect(draft.status).toBe(200);
    expect(draft.body.subject).toBe('Machine Operator: a job that fits you');
    expect(draft.body.body).toContain('Hi Noor');
    expect(draft.body.body).toContain('It pays $22.00/hour and starts on Monday, February 4, 2030.');
    expect(draft.body.body).toMatch(/Robin\nHarbor Staffing, Boston$/);
    expect(draft.body.missing).toEqual([]);
    // The filled template raises no conflict with its own order.
    const check = await rec.post('/api/messages/check', {
      to: { candidateId: candidate.id },
      channel: 'email',
      templateKey: 'job_opportunity',
      subject: draft.body.subject,
      body: draft.body.body,
      jobOrderId: order.id,
    });
    expect(check.body.warnings).toEqual([]);
  });
});
