import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, type TestClock, testClock } from '../../test/clock.ts';
import { openTestStore, type TestStore } from '../../test/db.ts';
import {
  buildCandidate,
  buildClient,
  buildJobOrder,
  buildPlacement,
  buildSubmission,
  buildWorld,
  type World,
} from '../../test/factories.ts';
import { type Client, signIn, testApp } from '../../test/http.ts';
import { createInterviewRequest } from '../contract/pipeline.ts';
import { createInterview } from '../services/interviews.ts';
import { startDueAssignments } from '../services/placements.ts';

let store: TestStore;
let clock: TestClock;
let app: FastifyInstance;
let w: World;
let rec: Client;
let admin: Client;
const ids: Record<string, string> = {};

/**
 * A small firm, built on a moving clock: three registered a month ago, Ann and Bob screened the next day, Ann then
 * submitted and placed; Bob has waited since his screening (stalled), Cy since registering (another branch's).
 */
beforeAll(async () => {
  store = await openTestStore();
  clock = testClock('2026-10-01T14:00:00Z');
  w = await buildWorld(store, clock);
  app = await testApp(w.ctx);
  const ann = await buildCandidate(w, { firstName: 'Ann', source: 'referral' });
  const bob = await buildCandidate(w, { firstName: 'Bob', source: 'job_board' });
  const cy = await buildCandidate(w, { firstName: 'Cy', source: 'job_board' }, w.otherRecruiter);
  Object.assign(ids, { ann: ann.id, bob: bob.id, cy: cy.id });
  clock.advance(DAY);
  for (const c of [ann, bob]) {
    await createInterview(
      w.ctx,
      w.recruiter,
      createInterviewRequest.parse({
        candidateId: c.id,
        kind: 'screening',
        scheduledAt: clock.now().toISOString(),
        outcome: 'passed',
      }),
    );
  }
  clock.advance(DAY);
  const order = await buildJobOrder(w);
  ids.order = order.id;
  const submission = await buildSubmission(w, ann.id, order.id);
  clock.advance(DAY);
  await buildPlacement(w, submission.id, '2026-10-05');
  clock.set('2026-11-01T14:00:00Z');
  // The assignment began on its start date, after the placement: the timer logs it.
  await startDueAssignments(w.ctx);
  rec = await signIn(app, w.recruiter);
  admin = await signIn(app, w.admin);
});
afterAll(async () => {
  await app.close();
  await store.close();
});

describe('journey maps through the API', () => {
  it('maps the firm: funnel, paths, transitions, stalls, with the definition version used', async () => {
    const map = (await rec.get('/api/journeys/candidate/map?exact=true')).body;
    expect(map).toMatchObject({
      type: 'candidate',
      journeys: 3,
      approximate: false,
      definition: { version: 0 },
    });
    expect(map.funnel.map((f: any) => [f.activity, f.count])).toEqual([
      ['registered', 3],
      ['screened', 2],
      ['submitted', 1],
      ['placed', 1],
    ]);
    expect(map.activities.find((a: any) => a.activity === 'screened')).toMatchObject({
      events: 2,
      journeys: 2,
    });
    expect(map.edges.find((e: any) => e.from === 'registered' && e.to === 'screened')).toMatchObject({
      count: 2,
      median: 86_400,
    });
    expect(map.variants.top.map((v: any) => [v.key, v.count])).toEqual([
      ['registered', 1],
      ['registered,screened', 1],
      ['registered,screened,submitted,placed,assignment_started', 1],
    ]);
    // Bob has waited a month since screening (7-day threshold), Cy since registering (3 days); Ann is on assignment
    // with a check-in due after 10 days.
    expect(map.stalled.byActivity).toEqual([
      { activity: 'assignment_started', count: 1 },
      { activity: 'registered', count: 1 },
      { activity: 'screened', count: 1 },
    ]);
  });

  it('filters by segment and lists the people behind a number', async () => {
    const referral = (await rec.get('/api/journeys/candidate/map?source=referral')).body;
    expect(referral.journeys).toBe(1);
    const otherBranch = (await rec.get(`/api/journeys/candidate/map?branchId=${w.branchB}`)).body;
    expect(otherBranch.journeys).toBe(1);
    const people = (await rec.get('/api/journeys/candidate/people?kind=activity&activity=screened')).body;
    expect(people.total).toBe(2);
    expect(people.items.map((p: any) => p.subject.id).sort()).toEqual([ids.ann, ids.bob].sort());
    expect(people.items[0]).toMatchObject({ owner: { id: w.recruiter.userId }, branch: { id: w.branchA } });
    const edge = (await rec.get('/api/journeys/candidate/people?kind=edge&activity=screened&to=submitted'))
      .body;
    expect(edge.items.map((p: any) => p.subject.name)).toEqual([expect.stringMatching(/^Ann /)]);
    const placed = (await rec.get('/api/journeys/candidate/people?kind=stalled')).body;
    expect(placed.items.every((p: any) => p.stalled)).toBe(true);
    const bad = await rec.get('/api/journeys/candidate/people?kind=edge&activity=registered');
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe('query.to');
  });

  it("draws one person's path, and refuses a window without both ends", async () => {
    const path = (await rec.get(`/api/journeys/candidate/path/${ids.ann}`)).body;
    expect(path.steps.map((s: any) => s.activity)).toEqual([
      'registered',
      'screened',
      'submitted',
      'placed',
      'assignment_started',
    ]);
    expect(path.stalled).toBe(true);
    const half = await rec.get('/api/journeys/candidate/map?from=2026-01-01');
    expect(half.status).toBe(400);
    expect(half.body.error.issues[0].path).toBe('query.to');
    const backwards = await rec.get('/api/journeys/candidate/map?from=2026-06-01&to=2026-01-01');
    expect(backwards.status).toBe(400);
    expect((await rec.get('/api/journeys/candidate/path/00000000-0000-4000-8000-000000000000')).status).toBe(
      404,
    );
  });

  it('offers the values to filter by, and the stalled journeys that need attention', async () => {
    const segments = (await rec.get('/api/journeys/candidate/segments')).body;
    expect(segments.sources.map((s: any) => s.value)).toEqual(['job_board', 'referral']);
    expect(segments.branches.map((b: any) => b.id)).toContain(w.branchB);
    const mine = (await rec.get('/api/attention')).body;
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((i: any) => i.owner?.id === w.recruiter.userId)).toBe(true);
    expect(mine.items[0]).toMatchObject({ type: 'candidate', thresholdDays: expect.any(Number) });
    const firm = (await rec.get('/api/attention?scope=firm&type=candidate')).body;
    expect(firm.total).toBeGreaterThanOrEqual(mine.total);
    expect(firm.byBranch.map((b: any) => b.branch?.id)).toContain(w.branchB);
  });
});

describe('journey definitions', () => {
  it('are versioned: an admin saves a new one, the map says it uses it, a stale edit is refused', async () => {
    const current = (await admin.get('/api/journeys/candidate/definition')).body;
    expect(current).toMatchObject({ version: 0, editedBy: null });
    // The map is in memory before the save: the save must bring it to the new version before it answers.
    expect((await rec.get('/api/journeys/candidate/map')).body.definition.version).toBe(0);
    const body = {
      basedOn: 0,
      activities: current.activities.map(({ builtIn: _b, ...a }: any) =>
        a.key === 'registered' ? { ...a, label: 'Signed up', stallDays: 2 } : a,
      ),
      stages: ['registered', 'submitted', 'placed'],
    };
    const saved = await admin.post('/api/journeys/candidate/definitions', body);
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ version: 1, editedBy: { id: w.admin.userId } });
    expect(saved.body.activities.find((a: any) => a.key === 'registered')).toMatchObject({
      label: 'Signed up',
      builtIn: true,
    });
    const map = (await rec.get('/api/journeys/candidate/map')).body;
    expect(map.definition.version).toBe(1);
    expect(map.funnel.map((f: any) => f.activity)).toEqual(['registered', 'submitted', 'placed']);
    const stale = await admin.post('/api/journeys/candidate/definitions', body);
    expect(stale.status).toBe(409);
    const history = (await admin.get('/api/journeys/candidate/definitions')).body;
    expect(history.items.map((d: any) => d.version)).toEqual([1, 0]);
    // The timeline names the step as the firm does now.
    const timeline = (await rec.get(`/api/candidates/${ids.cy}/timeline`)).body;
    expect(timeline.items.find((t: any) => t.activity === 'registered').activityLabel).toBe('Signed up');
  });

  it("name a step both journeys have by the subject's own journey", async () => {
    const current = (await admin.get('/api/journeys/candidate/definition')).body;
    const saved = await admin.post('/api/journeys/candidate/definitions', {
      basedOn: current.version,
      activities: current.activities.map(({ builtIn: _b, ...a }: any) =>
        a.key === 'heard_of_us' ? { ...a, label: 'Found us' } : a,
      ),
      stages: current.stages,
    });
    expect(saved.status).toBe(201);
    const heardOn = new Date(clock.now().getTime() - 5 * DAY).toISOString().slice(0, 10);
    const dee = await buildCandidate(w, { firstName: 'Dee', firstHeardOn: heardOn });
    const client = await buildClient(w, { firstHeardOn: heardOn });
    const heard = (body: any) => body.items.find((t: any) => t.activity === 'heard_of_us').activityLabel;
    expect(heard((await rec.get(`/api/candidates/${dee.id}/timeline`)).body)).toBe('Found us');
    // The client journey's definition still calls it as Waypoint does.
    expect(heard((await admin.get(`/api/clients/${client.id}/timeline`)).body)).toBe('Heard of us');
  });

  it('name every field at fault, and belong to admins', async () => {
    const bad = await admin.post('/api/journeys/client/definitions', {
      basedOn: 0,
      activities: [
        { key: 'contacted', label: 'Contacted', stallDays: 5, terminal: false },
        { key: 'lapsed', label: 'Lapsed', stallDays: 30, terminal: true },
      ],
      stages: ['contacted', 'order_filled'],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: any) => i.path)).toEqual(['activities.1.stallDays', 'stages.1']);
    const notAdmin = await rec.post('/api/journeys/client/definitions', {
      basedOn: 0,
      activities: [{ key: 'contacted', label: 'Contacted', stallDays: 5, terminal: false }],
      stages: [],
    });
    expect(notAdmin.status).toBe(403);
  });
});
