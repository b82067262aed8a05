import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, testClock } from '../../test/clock.ts';
import { openTestStore, type TestStore, testDb } from '../../test/db.ts';
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
import { startDueAssignments } from '../services/placements.ts';
import { placements, touchpoints } from '../store/schema/index.ts';

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

const dateIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const timeIn = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** The activities of a candidate's timeline, newest first. */
const candidateActs = async (c: Client, id: string) =>
  (await c.get(`/api/candidates/${id}/timeline?limit=200`)).body.items.map((t: any) => t.activity);
const clientActs = async (c: Client, id: string) =>
  (await c.get(`/api/clients/${id}/timeline?limit=200`)).body.items
    .filter((t: any) => t.subjectType === 'client')
    .map((t: any) => t.activity);

describe('submissions', () => {
  it('submits a candidate: submitted on their journey, candidates presented on the client’s, and the candidate active', async () => {
    const { w, rec } = await desk();
    const client = await buildClient(w, { name: 'Poplar Plastics' });
    const contact = await buildContact(w, client.id);
    const order = await buildJobOrder(w, { clientId: client.id, contactId: contact.id, title: 'Molder' });
    const candidate = await buildCandidate(w, { firstName: 'Eli', lastName: 'Stone' });
    expect(candidate.status).toBe('new');
    const res = await rec.post('/api/submissions', {
      candidateId: candidate.id,
      jobOrderId: order.id,
      notes: 'Strong on night shifts',
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      version: 1,
      status: 'submitted',
      candidate: { id: candidate.id, name: 'Eli Stone' },
      jobOrder: { id: order.id, name: 'Molder' },
      client: { id: client.id, name: 'Poplar Plastics' },
      jobOrderStatus: 'open',
      submittedAt: expect.any(String),
      notes: 'Strong on night shifts',
      createdBy: { id: w.recruiter.userId, name: w.recruiter.name },
      placementId: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect((await rec.get(`/api/candidates/${candidate.id}`)).body.status).toBe('active');
    const cTimeline = (await rec.get(`/api/candidates/${candidate.id}/timeline`)).body.items;
    expect(cTimeline[0]).toMatchObject({
      activity: 'submitted',
      jobOrder: { id: order.id, name: 'Molder' },
      actor: { id: w.recruiter.userId },
    });
    const clTimeline = (await rec.get(`/api/clients/${client.id}/timeline`)).body.items;
    const presented = clTimeline.filter((t: any) => t.activity === 'candidates_presented');
    expect(presented).toHaveLength(1);
    expect(presented[0]).toMatchObject({
      direction: 'out',
      contact: { id: contact.id },
      jobOrder: { id: order.id },
    });
  });

  it('shortlists without telling the client; submitting later adds both steps once', async () => {
    const { w, rec } = await desk();
    const order = await buildJobOrder(w);
    const candidate = await buildCandidate(w);
    const res = await rec.post('/api/submissions', {
      candidateId: candidate.id,
      jobOrderId: order.id,
      status: 'shortlisted',
    });
    expect(res.body).toMatchObject({ status: 'shortlisted', submittedAt: null });
    expect(await candidateActs(rec, candidate.id)).toEqual(['registered']);
    expect(await clientActs(rec, order.client.id)).not.toContain('candidates_presented');
    const moved = await rec.patch(`/api/submissions/${res.body.id}`, { version: 1, status: 'submitted' });
    expect(moved.body).toMatchObject({ status: 'submitted', version: 2, submittedAt: expect.any(String) });
    expect(await candidateActs(rec, candidate.id)).toEqual(['submitted', 'registered']);
    expect(
      (await clientActs(rec, order.client.id)).filter((a: string) => a === 'candidates_presented'),
    ).toHaveLength(1);
  });

  it('refuses a second submission of the same candidate (409), a closed order (409) and a do-not-place candidate', async () => {
    const { w, rec } = await desk();
    const order = await buildJobOrder(w);
    const candidate = await buildCandidate(w);
    await buildSubmission(w, candidate.id, order.id);
    const again = await rec.post('/api/submissions', { candidateId: candidate.id, jobOrderId: order.id });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: 'conflict_duplicate',
      issues: [{ path: 'candidateId', message: 'Already on this job order' }],
    });
    const am = await signIn(app, w.accountManager);
    const closed = await buildJobOrder(w);
    await am.patch(`/api/job-orders/${closed.id}`, { version: 1, status: 'cancelled' });
    const toClosed = await rec.post('/api/submissions', { candidateId: candidate.id, jobOrderId: closed.id });
    expect(toClosed.status).toBe(409);
    expect(toClosed.body.error).toMatchObject({
      code: 'invalid_transition',
      issues: [{ path: 'jobOrderId', message: 'Job order is cancelled' }],
    });
    const dnp = await buildCandidate(w);
    await rec.patch(`/api/candidates/${dnp.id}`, { version: 1, status: 'do_not_place' });
    const refused = await rec.post('/api/submissions', { candidateId: dnp.id, jobOrderId: order.id });
    expect(refused.status).toBe(409);
    expect(refused.body.error.issues[0].path).toBe('candidateId');
    const board = await rec.get(`/api/job-orders/${order.id}/pipeline`);
    expect(board.body.submissions).toHaveLength(1);
    expect(await candidateActs(rec, candidate.id)).toEqual(['submitted', 'registered']);
  });

  it('moves through the client’s process, refuses moves that make no sense, and places only through placements', async () => {
    const { w, rec } = await desk();
    const order = await buildJobOrder(w);
    const candidate = await buildCandidate(w);
    const s = await buildSubmission(w, candidate.id, order.id);
    let version = 1;
    const move = async (status: string) => {
      const res = await rec.patch(`/api/submissions/${s.id}`, { version, status });
      if (res.status === 200) version = res.body.version;
      return res;
    };
    const placed = await move('placed');
    expect(placed.status).toBe(409);
    expect(placed.body.error).toMatchObject({
      code: 'invalid_transition',
      issues: [{ path: 'status', message: 'use "Place" to place a candidate' }],
    });
    expect((await move('shortlisted')).status).toBe(409);
    expect((await move('client_interview')).body.status).toBe('client_interview');
    expect((await move('offered')).body.status).toBe('offered');
    expect((await move('client_interview')).status).toBe(409);
    expect((await move('rejected')).body.status).toBe('rejected');
    expect((await move('offered')).status).toBe(409);
    expect((await move('shortlisted')).body).toMatchObject({ status: 'shortlisted', version: 5 });
    expect(await candidateActs(rec, candidate.id)).toEqual([
      'not_selected',
      'offered',
      'client_interview',
      'submitted',
      'registered',
    ]);
    const stale = await rec.patch(`/api/submissions/${s.id}`, { version: 2, status: 'withdrew' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict_version');
    const notes = await rec.patch(`/api/submissions/${s.id}`, {
      version,
      status: 'shortlisted',
      notes: 'Retry',
    });
    expect(notes.body).toMatchObject({ status: 'shortlisted', notes: 'Retry', version: 6 });
    expect((await candidateActs(rec, candidate.id))[0]).toBe('not_selected');
  });
});

describe('interviews', () => {
  it('a passed screening appends `screened` at the time it was held, and makes a new candidate active', async () => {
    const { w, rec } = await desk();
    const candidate = await buildCandidate(w);
    const res = await rec.post('/api/interviews', {
      candidateId: candidate.id,
      kind: 'screening',
      scheduledAt: '2026-10-05T14:30:00Z',
      outcome: 'passed',
      interviewer: 'Phone screen',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'screening',
      outcome: 'passed',
      scheduledAt: '2026-10-05T14:30:00.000Z',
      candidate: { id: candidate.id },
      submissionId: null,
      jobOrder: null,
      version: 1,
    });
    const items = (await rec.get(`/api/candidates/${candidate.id}/timeline`)).body.items;
    const screened = items.find((t: any) => t.activity === 'screened');
    expect(screened).toMatchObject({
      occurredAt: '2026-10-05T14:30:00.000Z',
      channel: 'meeting',
      outcome: 'passed',
    });
    expect((await rec.get(`/api/candidates/${candidate.id}`)).body.status).toBe('active');
  });

  it('refuses a result for an interview in the future (400 on outcome), but arranges one', async () => {
    const { w, rec } = await desk();
    const candidate = await buildCandidate(w);
    const later = timeIn(3);
    const judged = await rec.post('/api/interviews', {
      candidateId: candidate.id,
      kind: 'internal',
      scheduledAt: later,
      outcome: 'passed',
    });
    expect(judged.status).toBe(400);
    expect(judged.body.error.issues).toEqual([
      { path: 'outcome', message: 'An interview in the future has no result yet' },
    ]);
    const arranged = await rec.post('/api/interviews', {
      candidateId: candidate.id,
      kind: 'internal',
      scheduledAt: later,
    });
    expect(arranged.body.outcome).toBe('scheduled');
    const early = await rec.patch(`/api/interviews/${arranged.body.id}`, { version: 1, outcome: 'failed' });
    expect(early.status).toBe(400);
    expect(await candidateActs(rec, candidate.id)).toEqual(['registered']);
    expect((await rec.get(`/api/candidates/${candidate.id}/pipeline`)).body.interviews).toHaveLength(1);
  });

  it('a client interview moves its submission to client_interview; one without a submission is refused', async () => {
    const { w, rec } = await desk();
    const order = await buildJobOrder(w, { title: 'Dispatcher' });
    const candidate = await buildCandidate(w);
    const s = await buildSubmission(w, candidate.id, order.id);
    const res = await rec.post('/api/interviews', {
      candidateId: candidate.id,
      submissionId: s.id,
      kind: 'client',
      scheduledAt: timeIn(2),
      interviewer: 'Ops lead',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ submissionId: s.id, jobOrder: { id: order.id, name: 'Dispatcher' } });
    const pipeline = (await rec.get(`/api/candidates/${candidate.id}/pipeline`)).body;
    expect(pipeline.submissions[0]).toMatchObject({ id: s.id, status: 'client_interview', version: 2 });
    expect(await candidateActs(rec, candidate.id)).toEqual(['client_interview', 'submitted', 'registered']);
    const loose = await rec.post('/api/interviews', {
      candidateId: candidate.id,
      kind: 'client',
      scheduledAt: timeIn(2),
    });
    expect(loose.status).toBe(400);
    expect(loose.body.error.issues[0].path).toBe('submissionId');
    const foreign = await buildSubmission(w, (await buildCandidate(w)).id, order.id);
    const wrong = await rec.post('/api/interviews', {
      candidateId: candidate.id,
      submissionId: foreign.id,
      kind: 'client',
      scheduledAt: timeIn(2),
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.issues[0].path).toBe('submissionId');
  });

  it('recording the outcome later appends the step once; a held interview cannot be moved', async () => {
    const { w, rec } = await desk();
    const candidate = await buildCandidate(w);
    const held = '2026-10-20T10:00:00Z';
    const created = await rec.post('/api/interviews', {
      candidateId: candidate.id,
      kind: 'internal',
      scheduledAt: held,
    });
    expect(await candidateActs(rec, candidate.id)).toEqual(['registered']);
    const passed = await rec.patch(`/api/interviews/${created.body.id}`, { version: 1, outcome: 'passed' });
    expect(passed.body).toMatchObject({ outcome: 'passed', version: 2 });
    const changed = await rec.patch(`/api/interviews/${created.body.id}`, {
      version: 2,
      outcome: 'failed',
      notes: 'On reflection',
    });
    expect(changed.body).toMatchObject({ outcome: 'failed', notes: 'On reflection', version: 3 });
    const items = (await rec.get(`/api/candidates/${candidate.id}/timeline`)).body.items;
    const interviewed = items.filter((t: any) => t.activity === 'interviewed');
    expect(interviewed).toHaveLength(1);
    expect(interviewed[0]).toMatchObject({ occurredAt: '2026-10-20T10:00:00.000Z', outcome: 'passed' });
    const moved = await rec.patch(`/api/interviews/${created.body.id}`, {
      version: 3,
      scheduledAt: '2026-10-21T10:00:00Z',
    });
    expect(moved.status).toBe(400);
    expect(moved.body.error.issues[0].path).toBe('scheduledAt');
    const stale = await rec.patch(`/api/interviews/${created.body.id}`, { version: 1, notes: 'x' });
    expect(stale.status).toBe(409);
    // A no-show is not a step of the journey.
    const noShow = await rec.post('/api/interviews', {
      candidateId: candidate.id,
      kind: 'screening',
      scheduledAt: held,
      outcome: 'no_show',
    });
    expect(noShow.status).toBe(201);
    expect((await candidateActs(rec, candidate.id)).filter((a: string) => a === 'screened')).toEqual([]);
  });
});

describe('assessments', () => {
  it('records a test and the `tested` step at noon of the day taken', async () => {
    const { w, rec } = await desk();
    const candidate = await buildCandidate(w);
    const res = await rec.post('/api/assessments', {
      candidateId: candidate.id,
      name: 'Forklift written test',
      score: 42,
      maxScore: 50,
      passed: true,
      takenOn: '2026-09-14',
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      candidateId: candidate.id,
      name: 'Forklift written test',
      score: 42,
      maxScore: 50,
      passed: true,
      takenOn: '2026-09-14',
      notes: null,
      createdAt: expect.any(String),
    });
    // It happened before the candidate was registered here, so it sorts after `registered`, newest first.
    const items = (await rec.get(`/api/candidates/${candidate.id}/timeline`)).body.items;
    expect(items.map((t: any) => t.activity)).toEqual(['registered', 'tested']);
    const tested = items[1];
    expect(tested).toMatchObject({
      activity: 'tested',
      occurredAt: '2026-09-14T12:00:00.000Z',
      summary: 'Forklift written test',
      outcome: 'passed',
    });
    expect((await rec.get(`/api/candidates/${candidate.id}/pipeline`)).body.assessments).toEqual([res.body]);
  });

  it('refuses a test taken in the future (400 on takenOn) and a score above the maximum (400 on score)', async () => {
    const { w, rec } = await desk();
    const candidate = await buildCandidate(w);
    const future = await rec.post('/api/assessments', {
      candidateId: candidate.id,
      name: 'Typing',
      takenOn: dateIn(2),
    });
    expect(future.status).toBe(400);
    expect(future.body.error.issues).toEqual([{ path: 'takenOn', message: 'Cannot be in the future' }]);
    const over = await rec.post('/api/assessments', {
      candidateId: candidate.id,
      name: 'Typing',
      takenOn: '2026-09-01',
      score: 81,
      maxScore: 80,
    });
    expect(over.status).toBe(400);
    expect(over.body.error.issues).toEqual([
      { path: 'score', message: 'Score cannot exceed the maximum score' },
    ]);
    expect((await rec.get(`/api/candidates/${candidate.id}/pipeline`)).body.assessments).toEqual([]);
    expect(await candidateActs(rec, candidate.id)).toEqual(['registered']);
  });
});

describe('placements', () => {
  it('fills an opening: the placement, the submission placed, the candidate on assignment, and the steps', async () => {
    const { w, rec } = await desk();
    const order = await buildJobOrder(w, { openings: 2, title: 'Packer', payRate: 19, billRate: 28 });
    const candidate = await buildCandidate(w, { firstName: 'Noa', lastName: 'Hart' });
    const s = await buildSubmission(w, candidate.id, order.id);
    const res = await rec.post('/api/placements', {
      submissionId: s.id,
      startDate: '2026-11-16',
      jobOrderVersion: 1,
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      version: 1,
      candidate: { id: candidate.id, name: 'Noa Hart' },
      jobOrder: { id: order.id, name: 'Packer' },
      client: { id: order.client.id, name: order.client.name },
      submissionId: s.id,
      startDate: '2026-11-16',
      endDate: null,
      endedOn: null,
      payRate: 19,
      billRate: 28,
      rateUnit: 'hour',
      status: 'active',
      endReason: null,
      endNotes: null,
      checkIns: [],
      createdAt: expect.any(String),
    });
    const detail = (await rec.get(`/api/job-orders/${order.id}`)).body;
    expect(detail).toMatchObject({ status: 'open', filled: 1, openings: 2 });
    expect((await rec.get(`/api/candidates/${candidate.id}`)).body.status).toBe('on_assignment');
    const pipeline = (await rec.get(`/api/candidates/${candidate.id}/pipeline`)).body;
    expect(pipeline.submissions[0]).toMatchObject({ status: 'placed', placementId: res.body.id });
    expect(pipeline.placements.map((p: any) => p.id)).toEqual([res.body.id]);
    const items = (await rec.get(`/api/candidates/${candidate.id}/timeline`)).body.items;
    expect(items.map((t: any) => t.activity)).toEqual([
      'assignment_started',
      'placed',
      'submitted',
      'registered',
    ]);
    // The start date has passed, but an assignment is never logged as starting before it was placed.
    const started = items.find((t: any) => t.activity === 'assignment_started');
    expect(Date.parse(started.occurredAt)).toBeGreaterThanOrEqual(Date.parse(res.body.createdAt));
    expect(await clientActs(rec, order.client.id)).not.toContain('order_filled');
  });

  it('the last opening fills the order (order_filled); a later placement of the same person is a redeployment', async () => {
    const { w, rec } = await desk();
    const first = await buildJobOrder(w, { openings: 1, title: 'Loader' });
    const candidate = await buildCandidate(w);
    const p1 = await rec.post('/api/placements', {
      submissionId: (await buildSubmission(w, candidate.id, first.id)).id,
      startDate: '2026-10-01',
    });
    expect(p1.status).toBe(201);
    expect((await rec.get(`/api/job-orders/${first.id}`)).body).toMatchObject({
      status: 'filled',
      filled: 1,
    });
    const filled = (await rec.get(`/api/clients/${first.client.id}/timeline`)).body.items.find(
      (t: any) => t.activity === 'order_filled',
    );
    expect(filled).toMatchObject({ jobOrder: { id: first.id }, summary: 'Loader: all 1 filled' });
    const ended = await rec.post(`/api/placements/${p1.body.id}/end`, {
      version: 1,
      endedOn: '2026-10-30',
      endReason: 'completed',
    });
    expect(ended.status).toBe(200);
    // A completed assignment keeps the order filled.
    expect((await rec.get(`/api/job-orders/${first.id}`)).body.status).toBe('filled');

    const second = await buildJobOrder(w, { openings: 1, title: 'Loader again' });
    const p2 = await rec.post('/api/placements', {
      submissionId: (await buildSubmission(w, candidate.id, second.id)).id,
      startDate: '2026-11-02',
    });
    expect(p2.status).toBe(201);
    const acts = await candidateActs(rec, candidate.id);
    expect(acts.filter((a: string) => a === 'placed')).toHaveLength(1);
    expect(acts.filter((a: string) => a === 'redeployed')).toHaveLength(1);
    expect(acts.indexOf('redeployed')).toBeLessThan(acts.indexOf('assignment_ended'));
    expect((await rec.get(`/api/clients/${first.client.id}/placements`)).body.items).toHaveLength(1);
  });

  it('a future start logs assignment_started only when the timer runs past the start date, and only once', async () => {
    const { w, rec } = await desk();
    const order = await buildJobOrder(w);
    const candidate = await buildCandidate(w);
    const start = dateIn(10);
    const res = await rec.post('/api/placements', {
      submissionId: (await buildSubmission(w, candidate.id, order.id)).id,
      startDate: start,
    });
    expect(res.status).toBe(201);
    expect(await candidateActs(rec, candidate.id)).toEqual(['placed', 'submitted', 'registered']);
    await startDueAssignments({ store, clock: testClock() });
    expect(await candidateActs(rec, candidate.id)).not.toContain('assignment_started');

    const later = { store, clock: testClock(`${dateIn(11)}T08:00:00Z`) };
    expect(await startDueAssignments(later)).toBeGreaterThanOrEqual(1);
    expect(await startDueAssignments(later)).toBe(0);
    const items = (await rec.get(`/api/candidates/${candidate.id}/timeline`)).body.items;
    const started = items.filter((t: any) => t.activity === 'assignment_started');
    expect(started).toHaveLength(1);
    expect(started[0]).toMatchObject({
      occurredAt: `${start}T12:00:00.000Z`,
      actorType: 'system',
      actor: null,
      jobOrder: { id: order.id },
    });
  });

  it('refuses a full order, a reopened order whose openings are all placed, and a stale job order version (409)', async () => {
    const { w, rec } = await desk();
    const am = await signIn(app, w.accountManager);
    const order = await buildJobOrder(w, { openings: 1 });
    await buildPlacement(
      w,
      (await buildSubmission(w, (await buildCandidate(w)).id, order.id)).id,
      '2026-11-01',
    );
    const late = await buildSubmission(w, (await buildCandidate(w)).id, order.id).catch((e) => e);
    // The order filled, so it takes no new submissions either.
    expect(late.code).toBe('invalid_transition');

    const order2 = await buildJobOrder(w, { openings: 1 });
    const waiting = await buildSubmission(w, (await buildCandidate(w)).id, order2.id);
    await buildPlacement(
      w,
      (await buildSubmission(w, (await buildCandidate(w)).id, order2.id)).id,
      '2026-11-01',
    );
    const full = await rec.post('/api/placements', { submissionId: waiting.id, startDate: '2026-11-03' });
    expect(full.status).toBe(409);
    expect(full.body.error).toMatchObject({
      code: 'invalid_transition',
      message: expect.stringMatching(/filled/),
    });
    const version = (await am.get(`/api/job-orders/${order2.id}`)).body.version;
    // A filled order reopens only with openings left to fill.
    const notReopened = await am.patch(`/api/job-orders/${order2.id}`, { version, status: 'open' });
    expect(notReopened.status).toBe(409);
    expect(notReopened.body.error.message).toBe('Every opening is placed: add openings to reopen this order');
    const reopened = await am.patch(`/api/job-orders/${order2.id}`, { version, status: 'open', openings: 2 });
    expect(reopened.body).toMatchObject({ status: 'open', filled: 1, openings: 2 });
    const second = await rec.post('/api/placements', { submissionId: waiting.id, startDate: '2026-11-03' });
    expect(second.status).toBe(201);
    expect((await am.get(`/api/job-orders/${order2.id}`)).body).toMatchObject({
      status: 'filled',
      filled: 2,
    });

    const order3 = await buildJobOrder(w, { openings: 3 });
    const s3 = await buildSubmission(w, (await buildCandidate(w)).id, order3.id);
    const stale = await rec.post('/api/placements', {
      submissionId: s3.id,
      startDate: '2026-11-03',
      jobOrderVersion: 7,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict_version');
    const rejected = await buildSubmission(w, (await buildCandidate(w)).id, order3.id);
    await rec.patch(`/api/submissions/${rejected.id}`, { version: 1, status: 'rejected' });
    const placeRejected = await rec.post('/api/placements', {
      submissionId: rejected.id,
      startDate: '2026-11-03',
    });
    expect(placeRejected.status).toBe(409);
    const endBeforeStart = await rec.post('/api/placements', {
      submissionId: s3.id,
      startDate: '2026-11-03',
      endDate: '2026-11-01',
    });
    expect(endBeforeStart.status).toBe(400);
    expect(endBeforeStart.body.error.issues[0].path).toBe('endDate');
    expect((await rec.get(`/api/job-orders/${order3.id}/pipeline`)).body.placements).toEqual([]);
    const placeTwice = await rec.post('/api/placements', { submissionId: s3.id, startDate: '2026-11-03' });
    expect(placeTwice.status).toBe(201);
    const again = await rec.post('/api/placements', { submissionId: s3.id, startDate: '2026-11-03' });
    expect(again.status).toBe(409);
  });

  it('is whole or absent: a failure late in the transaction leaves no placement, touchpoint or status change', async () => {
    const { w, rec } = await desk();
    const order = await buildJobOrder(w, { openings: 1 });
    const candidate = await buildCandidate(w);
    const s = await buildSubmission(w, candidate.id, order.id);
    const candidateBefore = (await rec.get(`/api/candidates/${candidate.id}`)).body;
    const orderBefore = (await rec.get(`/api/job-orders/${order.id}`)).body;
    const tpBefore = await store.db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(touchpoints)
      .where(eq(touchpoints.firmId, w.firmId));
    // A real database failure at the last step (the client's order_filled touchpoint), after the placement, the
    // submission, the candidate and the candidate's touchpoints were written: nothing is faked in the store.
    expect(order.id).toMatch(/^[0-9a-f-]{36}$/);
    await store.db.execute(
      sql.raw(`CREATE FUNCTION fail_for_test() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.activity = 'order_filled' AND NEW.job_order_id = '${order.id}' THEN
            RAISE EXCEPTION 'forced failure for the atomicity test';
          END IF;
          RETURN NEW;
        END $$`),
    );
    await store.db.execute(
      sql.raw(
        'CREATE TRIGGER fail_for_test BEFORE INSERT ON touchpoints FOR EACH ROW EXECUTE FUNCTION fail_for_test()',
      ),
    );
    try {
      const res = await rec.post('/api/placements', { submissionId: s.id, startDate: '2026-11-02' });
      expect(res.status).toBe(500);
      expect(res.body).toEqual({
        error: { code: 'internal', message: 'Something went wrong on our side; nothing was saved' },
      });
    } finally {
      await store.db.execute(sql.raw('DROP TRIGGER fail_for_test ON touchpoints'));
      await store.db.execute(sql.raw('DROP FUNCTION fail_for_test()'));
    }
    const rows = await store.db
      .select()
      .from(placements)
      .where(and(eq(placements.firmId, w.firmId), eq(placements.submissionId, s.id)));
    expect(rows).toEqual([]);
    const tpAfter = await store.db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(touchpoints)
      .where(eq(touchpoints.firmId, w.firmId));
    expect(tpAfter).toEqual(tpBefore);
    expect((await rec.get(`/api/candidates/${candidate.id}`)).body).toMatchObject({
      status: candidateBefore.status,
      version: candidateBefore.version,
    });
    expect((await rec.get(`/api/job-orders/${order.id}`)).body).toMatchObject({
      status: 'open',
      filled: 0,
      version: orderBefore.version,
    });
    const sub = (await rec.get(`/api/job-orders/${order.id}/pipeline`)).body.submissions[0];
    expect(sub).toMatchObject({ status: 'submitted', version: 1, placementId: null });
    // With the fault gone the same request succeeds.
    expect((await rec.post('/api/placements', { submissionId: s.id, startDate: '2026-11-02' })).status).toBe(
      201,
    );
  });

  it.skipIf(testDb() !== 'postgres')(
    'two desks placing on the last opening at the same moment: exactly one wins',
    async () => {
      const { w } = await desk();
      const other = await signIn(app, w.otherRecruiter);
      const rec = await signIn(app, w.recruiter);
      for (let round = 0; round < 5; round++) {
        const order = await buildJobOrder(w, { openings: 1 });
        const a = await buildSubmission(w, (await buildCandidate(w)).id, order.id);
        const b = await buildSubmission(w, (await buildCandidate(w)).id, order.id);
        const results = await Promise.all([
          rec.post('/api/placements', { submissionId: a.id, startDate: '2026-11-02' }),
          other.post('/api/placements', { submissionId: b.id, startDate: '2026-11-02' }),
        ]);
        expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
        const rows = await store.db
          .select()
          .from(placements)
          .where(and(eq(placements.firmId, w.firmId), eq(placements.jobOrderId, order.id)));
        expect(rows).toHaveLength(1);
        expect((await rec.get(`/api/job-orders/${order.id}`)).body).toMatchObject({
          status: 'filled',
          filled: 1,
        });
        const filled = (await rec.get(`/api/clients/${order.client.id}/timeline`)).body.items.filter(
          (t: any) => t.activity === 'order_filled' && t.jobOrder?.id === order.id,
        );
        expect(filled).toHaveLength(1);
      }
    },
  );
});

describe('ending a placement', () => {
  it('ends the assignment: assignment_ended, candidate active again', async () => {
    const { w, rec } = await desk();
    const order = await buildJobOrder(w, { openings: 2 });
    const candidate = await buildCandidate(w);
    const p = await buildPlacement(w, (await buildSubmission(w, candidate.id, order.id)).id, '2026-10-05');
    const res = await rec.post(`/api/placements/${p.id}/end`, {
      version: 1,
      endedOn: '2026-11-06',
      endReason: 'completed',
      endNotes: 'Project done',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'ended',
      endedOn: '2026-11-06',
      endReason: 'completed',
      endNotes: 'Project done',
      version: 2,
    });
    expect((await rec.get(`/api/candidates/${candidate.id}`)).body.status).toBe('active');
    const ended = (await rec.get(`/api/candidates/${candidate.id}/timeline`)).body.items.find(
      (t: any) => t.activity === 'assignment_ended',
    );
    expect(ended).toMatchObject({ outcome: 'completed', summary: 'Project done' });
    expect(Date.parse(ended.occurredAt)).toBeGreaterThanOrEqual(Date.parse(p.createdAt));

    const again = await rec.post(`/api/placements/${p.id}/end`, {
      version: 2,
      endedOn: '2026-11-07',
      endReason: 'other',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('invalid_transition');
    const staleAgain = await rec.post(`/api/placements/${p.id}/end`, {
      version: 1,
      endedOn: '2026-11-07',
      endReason: 'other',
    });
    expect(staleAgain.status).toBe(409);
    expect(
      (await candidateActs(rec, candidate.id)).filter((a: string) => a === 'assignment_ended'),
    ).toHaveLength(1);
  });

  it('a no-show on a filled order gives the opening back and reopens the order', async () => {
    const { w, rec } = await desk();
    const order = await buildJobOrder(w, { openings: 1 });
    const candidate = await buildCandidate(w);
    const p = await buildPlacement(w, (await buildSubmission(w, candidate.id, order.id)).id, '2026-11-09');
    expect((await rec.get(`/api/job-orders/${order.id}`)).body.status).toBe('filled');
    const res = await rec.post(`/api/placements/${p.id}/end`, {
      version: 1,
      endedOn: '2026-11-09',
      endReason: 'no_show',
    });
    expect(res.status).toBe(200);
    expect((await rec.get(`/api/job-orders/${order.id}`)).body).toMatchObject({ status: 'open', filled: 0 });
    // The opening can be placed again.
    const next = await buildSubmission(w, (await buildCandidate(w)).id, order.id);
    expect(
      (await rec.post('/api/placements', { submissionId: next.id, startDate: '2026-11-16' })).status,
    ).toBe(201);
  });

  it('refuses an end before the start or in the future (400 on endedOn)', async () => {
    const { w, rec } = await desk();
    const order = await buildJobOrder(w, { openings: 2 });
    const p = await buildPlacement(
      w,
      (await buildSubmission(w, (await buildCandidate(w)).id, order.id)).id,
      '2026-11-02',
    );
    for (const endedOn of ['2026-11-01', dateIn(5)]) {
      const res = await rec.post(`/api/placements/${p.id}/end`, {
        version: 1,
        endedOn,
        endReason: 'completed',
      });
      expect(res.status, endedOn).toBe(400);
      expect(res.body.error.issues[0].path).toBe('endedOn');
    }
    expect((await rec.get(`/api/clients/${order.client.id}/placements`)).body.items[0]).toMatchObject({
      status: 'active',
      version: 1,
    });
  });
});

describe('check-ins', () => {
  it('records a check-in with the candidate on assignment (assignment_checkin); none once it has ended', async () => {
    const { w, rec } = await desk();
    const order = await buildJobOrder(w, { openings: 2 });
    const candidate = await buildCandidate(w);
    const p = await buildPlacement(w, (await buildSubmission(w, candidate.id, order.id)).id, '2026-11-02');
    const res = await rec.post(`/api/placements/${p.id}/check-ins`, {
      kind: 'visit',
      satisfaction: 4,
      notes: 'Settling in well',
      occurredAt: '2026-11-04T15:00:00Z',
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      placementId: p.id,
      occurredAt: '2026-11-04T15:00:00.000Z',
      kind: 'visit',
      satisfaction: 4,
      notes: 'Settling in well',
      by: { id: w.recruiter.userId, name: w.recruiter.name },
    });
    const tp = (await rec.get(`/api/candidates/${candidate.id}/timeline`)).body.items.find(
      (t: any) => t.activity === 'assignment_checkin',
    );
    expect(tp).toMatchObject({
      channel: 'meeting',
      direction: 'out',
      outcome: 'satisfaction 4/5',
      occurredAt: '2026-11-04T15:00:00.000Z',
    });
    const future = await rec.post(`/api/placements/${p.id}/check-ins`, {
      kind: 'call',
      occurredAt: timeIn(1),
    });
    expect(future.status).toBe(400);
    expect(future.body.error.issues[0].path).toBe('occurredAt');
    const placement = (await rec.get(`/api/candidates/${candidate.id}/pipeline`)).body.placements[0];
    expect(placement.checkIns.map((c: any) => c.id)).toEqual([res.body.id]);

    await rec.post(`/api/placements/${p.id}/end`, {
      version: 1,
      endedOn: '2026-11-05',
      endReason: 'client_ended',
    });
    const late = await rec.post(`/api/placements/${p.id}/check-ins`, { kind: 'call' });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('invalid_transition');
    expect(
      (await candidateActs(rec, candidate.id)).filter((a: string) => a === 'assignment_checkin'),
    ).toHaveLength(1);
  });
});
