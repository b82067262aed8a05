/**
 * The status page's resources through the API: admins add, change (naming the version they read) and remove them,
 * in the order of an application's life; links candidates will open are only ever http(s); a stage holds at most
 * twenty. Who may do what is in the authorization matrix; this covers what each call does.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/db.ts';
import { buildWorld, type World } from '../../test/factories.ts';
import { type Client, signIn, testApp } from '../../test/http.ts';
import { MAX_RESOURCES_PER_STAGE } from '../contract/stage-resources.ts';
import { auditEvents } from '../store/schema/index.ts';

let store: TestStore;
let app: FastifyInstance;
let admin: Client;
let recruiter: Client;

/** Each test gets a firm of its own, so lists start empty. */
async function firm(): Promise<{ w: World; admin: Client; recruiter: Client }> {
  const w = await buildWorld(store);
  return { w, admin: await signIn(app, w.admin), recruiter: await signIn(app, w.recruiter) };
}

beforeAll(async () => {
  store = await openTestStore();
  const w = await buildWorld(store);
  app = await testApp(w.ctx);
  admin = await signIn(app, w.admin);
  recruiter = await signIn(app, w.recruiter);
});
afterAll(async () => {
  await app.close();
  await store.close();
});

const titles = (res: { body: any }) => res.body.items.map((r: any) => `${r.stage}:${r.title}`);

describe('the stage resources API', () => {
  it('lists them in the order of an application’s life, then as arranged; recruiters read, only admins edit', async () => {
    const f = await firm();
    for (const [stage, title] of [
      ['client_interview', 'Interview tips'],
      ['applied', 'What happens next'],
      ['client_interview', 'Directions'],
    ] as const) {
      expect((await f.admin.post('/api/stage-resources', { stage, title })).status).toBe(201);
    }
    const asRecruiter = await f.recruiter.get('/api/stage-resources');
    expect(titles(asRecruiter)).toEqual([
      'applied:What happens next',
      'client_interview:Interview tips',
      'client_interview:Directions',
    ]);
    expect(asRecruiter.body.canEdit).toBe(false);
    expect((await f.admin.get('/api/stage-resources')).body.canEdit).toBe(true);
    const refused = await f.recruiter.post('/api/stage-resources', { stage: 'applied', title: 'Mine' });
    expect(refused.status).toBe(403);
    expect(titles(await f.admin.get('/api/stage-resources'))).toHaveLength(3);
  });

  it('takes only http(s) links without credentials, and says which field is wrong', async () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      '/relative/path',
      'https://u:p@x.example',
    ]) {
      const res = await admin.post('/api/stage-resources', { stage: 'applied', title: 'Bad link', url });
      expect(res.status, url).toBe(400);
      expect(
        res.body.error.issues.map((i: any) => i.path),
        url,
      ).toEqual(['url']);
    }
    const ok = await admin.post('/api/stage-resources', {
      stage: 'applied',
      title: 'Good link',
      url: '  https://harbor.example/tips?a=1  ',
      body: 'Read before you come in.',
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({
      url: 'https://harbor.example/tips?a=1',
      body: 'Read before you come in.',
    });
  });

  it('changes and removes only the version read; a stale version is a conflict and changes nothing', async () => {
    const f = await firm();
    const made = (await f.admin.post('/api/stage-resources', { stage: 'submitted', title: 'Before' })).body;
    const changed = await f.admin.patch(`/api/stage-resources/${made.id}`, {
      version: made.version,
      title: 'After',
      url: 'https://harbor.example/a',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ title: 'After', version: made.version + 1 });
    const stale = await f.admin.patch(`/api/stage-resources/${made.id}`, {
      version: made.version,
      title: 'Lost',
    });
    expect(stale.status).toBe(409);
    // Clearing the link with null leaves the title.
    const cleared = await f.admin.patch(`/api/stage-resources/${made.id}`, {
      version: changed.body.version,
      url: null,
    });
    expect(cleared.body).toMatchObject({ title: 'After', url: null });
    expect((await f.admin.delete(`/api/stage-resources/${made.id}?version=${made.version}`)).status).toBe(
      409,
    );
    expect(titles(await f.admin.get('/api/stage-resources'))).toEqual(['submitted:After']);
    expect(
      (await f.admin.delete(`/api/stage-resources/${made.id}?version=${cleared.body.version}`)).status,
    ).toBe(200);
    expect(titles(await f.admin.get('/api/stage-resources'))).toEqual([]);
    const audit = await store.db.select().from(auditEvents);
    const mine = audit.filter((a) => a.targetId === made.id).map((a) => a.action);
    expect(mine.sort()).toEqual([
      'stage_resource.create',
      'stage_resource.delete',
      'stage_resource.update',
      'stage_resource.update',
    ]);
  });

  it(`holds at most ${MAX_RESOURCES_PER_STAGE} per stage, and moving one into a full stage is refused too`, async () => {
    const f = await firm();
    for (let i = 0; i < MAX_RESOURCES_PER_STAGE; i++) {
      expect(
        (await f.admin.post('/api/stage-resources', { stage: 'placed', title: `Tip ${i}` })).status,
      ).toBe(201);
    }
    const over = await f.admin.post('/api/stage-resources', { stage: 'placed', title: 'One too many' });
    expect(over.status).toBe(400);
    expect(over.body.error.issues[0].path).toBe('stage');
    const elsewhere = (await f.admin.post('/api/stage-resources', { stage: 'applied', title: 'Move me' }))
      .body;
    const moved = await f.admin.patch(`/api/stage-resources/${elsewhere.id}`, {
      version: elsewhere.version,
      stage: 'placed',
    });
    expect(moved.status).toBe(400);
    expect(titles(await f.admin.get('/api/stage-resources'))).toHaveLength(MAX_RESOURCES_PER_STAGE + 1);
  });

  it('does not let another firm’s admin see or touch a resource', async () => {
    const made = (await admin.post('/api/stage-resources', { stage: 'shortlisted', title: 'Ours' })).body;
    const f = await firm();
    expect(titles(await f.admin.get('/api/stage-resources'))).toEqual([]);
    expect(
      (await f.admin.patch(`/api/stage-resources/${made.id}`, { version: made.version, title: 'Theirs' }))
        .status,
    ).toBe(404);
    expect((await f.admin.delete(`/api/stage-resources/${made.id}?version=${made.version}`)).status).toBe(
      404,
    );
    expect(titles(await recruiter.get('/api/stage-resources'))).toContain('shortlisted:Ours');
  });
});
