import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../../test/db.ts';
import {
  applicationInput,
  buildCandidate,
  buildJobOrder,
  buildWorld,
  preparedPdf,
  unique,
  type World,
} from '../../../test/factories.ts';
import { findCandidate } from '../../store/candidates.ts';
import { latestConsent } from '../../store/consent.ts';
import { documentsOf } from '../../store/front-door.ts';
import { findSubmission } from '../../store/submissions.ts';
import { timeline } from '../../store/touchpoints.ts';
import { listMessages } from '../messaging/boxes.ts';
import { receiveApplication } from './intake.ts';

let store: TestStore;
let w: World;

beforeAll(async () => {
  store = await openTestStore();
  w = await buildWorld(store);
});
afterAll(() => store.close());

const publishedJob = async () => {
  // A branch manager both recruits and manages accounts: the candidates who apply for their order become theirs.
  const order = await buildJobOrder(w, { published: true, ownerId: w.manager.userId }, w.admin);
  expect(order.status).toBe('open');
  return order;
};

describe('an application on the careers site', () => {
  it('creates the candidate, files the application, records consent, source and resume, and confirms by mail', async () => {
    const job = await publishedJob();
    const r = applicationInput(w, {
      jobOrderId: job.id,
      person: { city: 'Chelsea' },
      smsConsent: true,
      attribution: { utmSource: 'indeed', utmMedium: 'cpc', referrer: 'https://www.indeed.com/viewjob' },
      resume: preparedPdf('Jordan Reyes', 'resume.pdf', 'Jordan Reyes, forklift certified'),
      note: 'Available nights',
    });
    const out = await receiveApplication(w.ctx, r);
    expect(out).toMatchObject({ matched: false, alreadyApplied: false, replayed: false });

    const c = await findCandidate(store.db, w.firmId, out.candidateId);
    expect(c).toMatchObject({
      firstName: 'Jordan',
      city: 'Chelsea',
      source: 'job_board',
      sourceDetail: 'indeed / cpc, from www.indeed.com',
      ownerId: w.manager.userId,
      branchId: job.branch.id,
      resumeText: 'Jordan Reyes, forklift certified',
      createdBy: null,
    });
    expect(c?.attribution).toMatchObject({ utmSource: 'indeed', referrer: 'https://www.indeed.com/viewjob' });

    const s = await findSubmission(store.db, w.firmId, out.submissionId!);
    expect(s).toMatchObject({ status: 'applied', jobOrderId: job.id, notes: 'Available nights' });

    const consent = await latestConsent(store.db, w.firmId, { candidateId: out.candidateId });
    expect(consent.email).toMatchObject({ status: 'granted', source: 'form', noticeVersion: '2026-11' });
    expect(consent.sms).toMatchObject({ status: 'granted', source: 'form' });

    const docs = await documentsOf(store.db, w.firmId, out.candidateId);
    expect(docs.map((d) => [d.filename, d.textStatus, d.uploadedBy])).toEqual([
      ['resume.pdf', 'extracted', null],
    ]);

    // In recording order (they share one moment).
    const steps = (await timeline(store.db, w.firmId, { candidateId: out.candidateId }, { limit: 20 }))
      .sort((a, b) => a.id - b.id)
      .map((t) => [t.activity, t.channel, t.actorType]);
    expect(steps).toEqual([
      ['heard_of_us', 'form', 'subject'],
      ['registered', 'form', 'subject'],
      ['note', 'form', 'subject'],
      ['applied', 'form', 'subject'],
    ]);

    const mail = await listMessages(w.ctx, w.admin, { box: 'outbox', page: 1, pageSize: 100 });
    const confirmation = mail.items.find((m) => m.candidate?.id === out.candidateId);
    expect(confirmation).toMatchObject({
      kind: 'confirmation',
      subject: 'We have your application: Forklift operator',
    });
  });

  it('gives one candidate for the same person applying twice, their email in other case and phone in another format', async () => {
    const job = await publishedJob();
    const other = await publishedJob();
    const u = unique();
    const first = await receiveApplication(
      w.ctx,
      applicationInput(w, {
        jobOrderId: job.id,
        person: { email: `Sam.Okoro${u}@Mail.example`, phone: '(508) 555-0142' },
      }),
    );
    const again = await receiveApplication(
      w.ctx,
      applicationInput(w, {
        jobOrderId: other.id,
        person: { firstName: 'Samuel', email: `  sam.okoro${u}@mail.EXAMPLE `, phone: '+1 508.555.0142' },
      }),
    );
    expect(again.candidateId).toBe(first.candidateId);
    expect(again.matched).toBe(true);
    const byPhone = await receiveApplication(
      w.ctx,
      applicationInput(w, { person: { email: `other.${u}@mail.example`, phone: '508 555 0142' } }),
    );
    expect(byPhone.candidateId).toBe(first.candidateId);
    const c = await findCandidate(store.db, w.firmId, first.candidateId);
    // Nothing staff keep is overwritten. An address matched by phone alone is unproven: it is not added to the
    // record, and it gets no private status link (which would show and change this person's applications); the
    // timeline tells staff to confirm it.
    expect(c?.firstName).toBe('Jordan');
    expect(c?.emails.map((e) => e.address)).toEqual([`Sam.Okoro${u}@Mail.example`]);
    expect(c?.phones).toHaveLength(1);
    const mail = await listMessages(w.ctx, w.admin, {
      box: 'all',
      candidateId: first.candidateId,
      page: 1,
      pageSize: 10,
    });
    const toOther = mail.items.filter((m) => m.to === `other.${u}@mail.example`);
    expect(toOther).toHaveLength(1);
    expect(toOther[0]!.body).not.toContain('/careers/status/');
    expect(toOther[0]!.body).toContain('the address you gave us before');
    const toKnown = mail.items.filter((m) => m.to !== `other.${u}@mail.example`);
    expect(toKnown.length).toBeGreaterThan(0);
    for (const m of toKnown) expect(m.body).toContain('/careers/status/');
    const steps = await timeline(store.db, w.firmId, { candidateId: first.candidateId }, { limit: 20 });
    expect(steps.map((t) => t.summary)).toContainEqual(expect.stringContaining(`other.${u}@mail.example`));
  });

  it('matches a candidate staff registered, and files a second application to the same job as nothing new', async () => {
    const job = await publishedJob();
    const known = await buildCandidate(w);
    const email = known.emails[0]!.address.toUpperCase();
    const one = await receiveApplication(
      w.ctx,
      applicationInput(w, { jobOrderId: job.id, person: { email } }),
    );
    expect(one).toMatchObject({ candidateId: known.id, matched: true, alreadyApplied: false });
    const two = await receiveApplication(
      w.ctx,
      applicationInput(w, { jobOrderId: job.id, person: { email } }),
    );
    expect(two).toMatchObject({
      candidateId: known.id,
      submissionId: one.submissionId,
      alreadyApplied: true,
    });
  });

  it('returns the first outcome for a retried post, and makes one record of two simultaneous posts', async () => {
    const job = await publishedJob();
    const r = applicationInput(w, { jobOrderId: job.id });
    const first = await receiveApplication(w.ctx, r);
    const retry = await receiveApplication(w.ctx, r);
    expect(retry).toEqual({ ...first, replayed: true });

    const u = unique();
    const [a, b] = await Promise.all([
      receiveApplication(
        w.ctx,
        applicationInput(w, { jobOrderId: job.id, person: { email: `twin.${u}@mail.example` } }),
      ),
      receiveApplication(
        w.ctx,
        applicationInput(w, { jobOrderId: job.id, person: { email: `TWIN.${u}@mail.example` } }),
      ),
    ]);
    expect(a.candidateId).toBe(b.candidateId);
    expect([a.alreadyApplied, b.alreadyApplied].sort()).toEqual([false, true]);
  });

  it('refuses a job that is not published or not open, and changes nothing', async () => {
    const hidden = await buildJobOrder(w, {}, w.admin);
    const u = unique();
    const email = `late.${u}@mail.example`;
    await expect(
      receiveApplication(w.ctx, applicationInput(w, { jobOrderId: hidden.id, person: { email } })),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    const again = await receiveApplication(w.ctx, applicationInput(w, { person: { email } }));
    expect(again.matched).toBe(false);
  });
});
