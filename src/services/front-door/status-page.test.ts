import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, testClock } from '../../../test/clock.ts';
import { openTestStore, type TestStore } from '../../../test/db.ts';
import {
  applicationInput,
  buildJobOrder,
  buildWorld,
  publicFirm,
  unique,
  type World,
} from '../../../test/factories.ts';
import { updateSubmissionRequest } from '../../contract/pipeline.ts';
import { findCandidate } from '../../store/candidates.ts';
import { insertStageResource } from '../../store/front-door.ts';
import { findSubmission } from '../../store/submissions.ts';
import { timeline } from '../../store/touchpoints.ts';
import { listMessages } from '../messaging/boxes.ts';
import { updateSubmission } from '../submissions.ts';
import { receiveApplication } from './intake.ts';
import { openStatusPage, requestStatusLink, updateAvailability, withdrawApplication } from './status-page.ts';

let store: TestStore;
let w: World;
const clock = testClock('2026-11-23T15:00:00Z');

beforeAll(async () => {
  store = await openTestStore();
  w = await buildWorld(store, clock);
});
afterAll(() => store.close());

/** Applies and returns the status link from the confirmation mail, as the candidate would find it. */
async function apply(email: string) {
  const job = await buildJobOrder(w, { published: true, title: `Picker ${unique()}` }, w.admin);
  const out = await receiveApplication(w.ctx, applicationInput(w, { jobOrderId: job.id, person: { email } }));
  return { job, out, token: await latestLink(out.candidateId) };
}

async function latestLink(candidateId: string) {
  const mail = await listMessages(w.ctx, w.admin, { box: 'outbox', candidateId, page: 1, pageSize: 10 });
  const body = mail.items[0]?.body ?? '';
  const token = /\/careers\/status\/([A-Za-z0-9_-]+)/.exec(body)?.[1];
  expect(token, body).toBeTruthy();
  return token!;
}

describe('the candidate status page', () => {
  it('shows each application in plain words, with the firm’s resources for its stage, and follows the recruiter’s moves', async () => {
    const { out, token, job } = await apply(`ana.${unique()}@mail.example`);
    await insertStageResource(store.db, {
      firmId: w.firmId,
      stage: 'client_interview',
      title: 'Interview tips',
      url: 'https://harbor.example/tips',
      body: 'Arrive ten minutes early.',
      position: 0,
    });
    const first = await openStatusPage(w.ctx, token);
    expect(first.state).toBe('open');
    if (first.state !== 'open') return;
    expect(first.applications).toMatchObject([
      {
        jobTitle: job.title,
        status: 'applied',
        label: 'Application received',
        canWithdraw: true,
        resources: [],
      },
    ]);
    for (const status of ['submitted', 'client_interview'] as const) {
      const s = await findSubmission(store.db, w.firmId, out.submissionId!);
      await updateSubmission(
        w.ctx,
        w.admin,
        out.submissionId!,
        updateSubmissionRequest.parse({ status, version: s!.version }),
      );
    }
    const later = await openStatusPage(w.ctx, token);
    expect(later.state === 'open' && later.applications[0]).toMatchObject({
      status: 'client_interview',
      label: 'Interview with the employer',
      resources: [{ title: 'Interview tips', url: 'https://harbor.example/tips' }],
    });
    // Never the client's name on a public page.
    expect(JSON.stringify(later)).not.toContain(job.client.name);
  });

  it('lets the candidate update their availability and withdraw, each a touchpoint; not someone else’s application', async () => {
    const { out, token } = await apply(`ana.${unique()}@mail.example`);
    const other = await apply(`ben.${unique()}@mail.example`);
    await updateAvailability(w.ctx, token, { availableFrom: '2026-12-01', note: 'After my course ends' });
    expect((await findCandidate(store.db, w.firmId, out.candidateId))?.availableFrom).toBe('2026-12-01');
    await expect(withdrawApplication(w.ctx, token, other.out.submissionId!)).rejects.toMatchObject({
      code: 'not_found',
    });
    await withdrawApplication(w.ctx, token, out.submissionId!);
    expect((await findSubmission(store.db, w.firmId, out.submissionId!))?.status).toBe('withdrew');
    await expect(withdrawApplication(w.ctx, token, out.submissionId!)).rejects.toMatchObject({
      code: 'invalid_transition',
    });
    const steps = (await timeline(store.db, w.firmId, { candidateId: out.candidateId }, { limit: 20 })).map(
      (t) => [t.activity, t.channel],
    );
    expect(steps).toContainEqual(['withdrew', 'portal']);
    expect(steps).toContainEqual(['contacted', 'portal']);
  });

  it('expires; a new link goes by mail to a known address only, and a made-up token opens nothing', async () => {
    const email = `cara.${unique()}@mail.example`;
    const { out, token } = await apply(email);
    clock.advance(31 * DAY);
    expect((await openStatusPage(w.ctx, token)).state).toBe('expired');
    await expect(updateAvailability(w.ctx, token, { availableFrom: '2027-01-04' })).rejects.toMatchObject({
      code: 'not_found',
    });
    await requestStatusLink(w.ctx, publicFirm(w), email.toUpperCase());
    const fresh = await latestLink(out.candidateId);
    expect(fresh).not.toBe(token);
    expect((await openStatusPage(w.ctx, fresh)).state).toBe('open');
    // An address no candidate gave: nothing is sent, to it or to anyone.
    const nobody = `nobody.${unique()}@mail.example`;
    const allMail = () => listMessages(w.ctx, w.admin, { box: 'all', page: 1, pageSize: 100 });
    const before = await allMail();
    await requestStatusLink(w.ctx, publicFirm(w), nobody);
    const after = await allMail();
    expect(after.total).toBe(before.total);
    expect(after.items.filter((m) => m.to === nobody)).toEqual([]);
    expect((await openStatusPage(w.ctx, 'x'.repeat(32))).state).toBe('invalid');
    expect((await openStatusPage(w.ctx, '<script>')).state).toBe('invalid');
  });
});
