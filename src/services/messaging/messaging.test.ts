import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HOUR, MINUTE, testClock } from '../../../test/clock.ts';
import { openTestStore, type TestStore } from '../../../test/db.ts';
import {
  buildCandidate,
  buildJobOrder,
  buildSubmission,
  buildWorld,
  type World,
} from '../../../test/factories.ts';
import { type SmtpSink, startSmtpSink } from '../../../test/smtp-sink.ts';
import {
  bulkMessageRequest,
  composeRequest,
  type SendMessageRequest,
  sendMessageRequest,
} from '../../contract/messages.ts';
import { createPlacementRequest, updateSubmissionRequest } from '../../contract/pipeline.ts';
import { logTouchpointRequest } from '../../contract/touchpoints.ts';
import { DomainError } from '../../domain/errors.ts';
import { findMessage } from '../../store/messages.ts';
import { timeline } from '../../store/touchpoints.ts';
import type { Clock } from '../context.ts';
import { createPlacement } from '../placements.ts';
import { updateSubmission } from '../submissions.ts';
import { logTouchpoint } from '../touchpoints.ts';
import { listMessages, retryMessage, sendProposed } from './boxes.ts';
import { checkMessage, draftMessage, sendBulkMessage, sendMessage } from './compose.ts';
import { recordConsent } from './consent.ts';
import { deliverDue, releaseWaiting } from './delivery.ts';
import { smtpTransport } from './smtp.ts';
import type { Transports } from './transports.ts';

let store: TestStore;
let sink: SmtpSink;
const transports: Transports[] = [];

beforeAll(async () => {
  store = await openTestStore();
  sink = await startSmtpSink();
});
afterEach(() => {
  sink.refuseNext(0, 451);
});
afterAll(async () => {
  for (const t of transports) t.email?.close();
  await sink.close();
  await store.close();
});

/** Mail through the loopback SMTP server (or, with `email: false`, no transport: the outbox). */
function withMail(email = true): Transports {
  const t: Transports = {
    email: email ? smtpTransport(sink.url) : null,
    sms: null,
    publicUrl: 'https://waypoint.test',
    mailFrom: 'Harbor Staffing <desk@harbor.test>',
    replyTo: null,
  };
  transports.push(t);
  return t;
}

async function world(clock: Clock = testClock(), email = true): Promise<World> {
  const w = await buildWorld(store, clock);
  w.ctx.transports = withMail(email);
  return w;
}

const mailTo = (address: string) =>
  sink.received.filter((m) => m.to && JSON.stringify(m.to).includes(address));
const send = (w: World, by: World['recruiter'], input: SendMessageRequest) =>
  sendMessage(w.ctx, by, sendMessageRequest.parse(input));

describe('a placement tells the candidate', () => {
  it("puts the status update in the candidate's inbox and on their timeline", async () => {
    const w = await world();
    const candidate = await buildCandidate(w, { firstName: 'Rosa' });
    const address = candidate.emails[0]!.address;
    const order = await buildJobOrder(w, { title: 'Forklift Operator', payRate: 19.5 });
    const submission = await buildSubmission(w, candidate.id, order.id);
    await createPlacement(
      w.ctx,
      w.recruiter,
      createPlacementRequest.parse({ submissionId: submission.id, startDate: '2030-03-04' }),
    );

    expect(await deliverDue(w.ctx)).toEqual({ sent: 2, failed: 0 });
    const mails = mailTo(address).sort((a, b) => (a.subject ?? '').localeCompare(b.subject ?? ''));
    expect(mails.map((m) => m.subject)).toEqual([
      'Update: you were put forward for Forklift Operator',
      'You start on Monday, March 4, 2030: Forklift Operator',
    ]);
    const placed = mails[1]!;
    expect(placed.text).toContain('Hi Rosa');
    expect(placed.text).toContain('$19.50/hour');
    expect(placed.from?.text).toContain('desk@harbor.test');
    // An automatic update carries a working unsubscribe link, in the body and the List-Unsubscribe header.
    expect(placed.text).toMatch(/To stop these emails: https:\/\/waypoint\.test\/unsubscribe\/[\w-]{20,}/);
    const header = placed.headerLines.find((h) => h.key === 'list-unsubscribe')?.line;
    expect(header?.replace(/\r\n\s*/g, ' ')).toMatch(
      /^List-Unsubscribe: <https:\/\/waypoint\.test\/unsubscribe\//,
    );
    expect(placed.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toContain('One-Click');

    const tps = await timeline(store.db, w.firmId, { candidateId: candidate.id }, { limit: 50 });
    const sent = tps.filter((t) => t.channel === 'email' && t.direction === 'out');
    expect(sent.map((t) => t.summary)).toContain('You start on Monday, March 4, 2030: Forklift Operator');
    expect(
      sent.every((t) => t.activity === 'contacted' && t.actorType === 'system' && t.outcome === 'sent'),
    ).toBe(true);
    // Delivered once: a second round finds nothing due.
    expect(await deliverDue(w.ctx)).toEqual({ sent: 0, failed: 0 });
    expect(mailTo(address)).toHaveLength(2);
  });

  it('proposes the offer to the recruiter instead of sending it, and sends it as they approve it', async () => {
    const w = await world();
    const candidate = await buildCandidate(w);
    const order = await buildJobOrder(w);
    const submission = await buildSubmission(w, candidate.id, order.id);
    await updateSubmission(
      w.ctx,
      w.recruiter,
      submission.id,
      updateSubmissionRequest.parse({ status: 'offered', version: submission.version }),
    );
    const proposed = await listMessages(w.ctx, w.recruiter, {
      box: 'proposed',
      candidateId: candidate.id,
      page: 1,
      pageSize: 25,
    });
    expect(proposed.items.map((m) => m.templateKey)).toEqual(['status_offered']);
    await deliverDue(w.ctx);
    expect(mailTo(candidate.emails[0]!.address).map((m) => m.subject)).not.toContain(
      proposed.items[0]!.subject,
    );

    const offer = proposed.items[0]!;
    const sent = await sendProposed(w.ctx, w.recruiter, offer.id, {
      version: offer.version,
      subject: offer.subject,
      body: `${offer.body}\n\nCall me today.`,
    });
    expect(sent.status).toBe('queued');
    expect(sent.sentBy?.id).toBe(w.recruiter.userId);
    await deliverDue(w.ctx);
    const got = mailTo(candidate.emails[0]!.address).find((m) => m.subject === offer.subject);
    expect(got?.text).toContain('Call me today.');
  });
});

describe('without a mail server', () => {
  it('keeps mail in the outbox, visible, until a transport is configured, then sends it', async () => {
    const w = await world(testClock(), false);
    const candidate = await buildCandidate(w);
    const m = await send(w, w.recruiter, {
      to: { candidateId: candidate.id },
      channel: 'email',
      subject: 'Your timesheet',
      body: 'Hi, please send your timesheet.',
    });
    expect(m.status).toBe('outbox');
    expect(await deliverDue(w.ctx)).toEqual({ sent: 0, failed: 0 });
    const outbox = await listMessages(w.ctx, w.recruiter, {
      box: 'outbox',
      candidateId: candidate.id,
      page: 1,
      pageSize: 25,
    });
    expect(outbox.items.map((x) => x.id)).toContain(m.id);

    w.ctx.transports = withMail(true);
    expect(await releaseWaiting(w.ctx)).toBeGreaterThanOrEqual(1);
    await deliverDue(w.ctx);
    expect(mailTo(candidate.emails[0]!.address).map((x) => x.subject)).toContain('Your timesheet');
    expect((await findMessage(store.db, w.firmId, m.id))?.status).toBe('sent');
  });
});

describe('two delivery workers at once', () => {
  it('send each message once (claims are leased with SKIP LOCKED)', async () => {
    const w = await world();
    const candidate = await buildCandidate(w);
    const address = candidate.emails[0]!.address;
    for (let i = 0; i < 12; i++) {
      await sendMessage(
        w.ctx,
        w.recruiter,
        sendMessageRequest.parse({
          to: { candidateId: candidate.id },
          channel: 'email',
          subject: `Batch ${i}`,
          body: 'One of many.',
          overrideReason: 'Test batch',
        }),
      );
    }
    const second = { ...w.ctx, transports: withMail(true) };
    const [a, b] = await Promise.all([deliverDue(w.ctx), deliverDue(second)]);
    expect(a.sent + b.sent).toBe(12);
    const subjects = mailTo(address).map((m) => m.subject);
    expect(subjects).toHaveLength(12);
    expect(new Set(subjects).size).toBe(12);
  });
});

describe('retries', () => {
  it('retries a refused send with backoff, then sends it', async () => {
    const clock = testClock('2026-11-23T15:00:00Z');
    const w = await world(clock);
    const candidate = await buildCandidate(w);
    sink.refuseNext(1, 451);
    const m = await send(w, w.recruiter, {
      to: { candidateId: candidate.id },
      channel: 'email',
      subject: 'Shift tomorrow',
      body: 'See you at 7.',
    });
    expect(await deliverDue(w.ctx)).toEqual({ sent: 0, failed: 1 });
    const waiting = (await findMessage(store.db, w.firmId, m.id))!;
    expect(waiting.status).toBe('retrying');
    expect(waiting.lastError).toMatch(/451|Try again later/);
    expect(waiting.nextAttemptAt!.getTime()).toBe(clock.now().getTime() + MINUTE);
    // Not before its time.
    expect(await deliverDue(w.ctx)).toEqual({ sent: 0, failed: 0 });
    clock.advance(MINUTE);
    expect(await deliverDue(w.ctx)).toEqual({ sent: 1, failed: 0 });
    expect((await findMessage(store.db, w.firmId, m.id))?.attempts).toBe(2);
  });

  it('gives up at once on a permanent refusal, and a person can retry it', async () => {
    const w = await world();
    const candidate = await buildCandidate(w);
    sink.refuseNext(1, 550);
    const m = await send(w, w.recruiter, {
      to: { candidateId: candidate.id },
      channel: 'email',
      subject: 'Pay slip',
      body: 'Attached soon.',
    });
    await deliverDue(w.ctx);
    const failed = (await findMessage(store.db, w.firmId, m.id))!;
    expect(failed.status).toBe('failed');
    const again = await retryMessage(w.ctx, w.recruiter, m.id, failed.version);
    expect(again.status).toBe('queued');
    await deliverDue(w.ctx);
    expect((await findMessage(store.db, w.firmId, m.id))?.status).toBe('sent');
  });
});

describe('the contact guard', () => {
  it('warns of a colleague who emailed an hour ago and of a pay rate that differs from the job order', async () => {
    const clock = testClock('2026-11-23T15:00:00Z');
    const w = await world(clock, false);
    const candidate = await buildCandidate(w, { firstName: 'Lee' });
    const order = await buildJobOrder(w, { title: 'Forklift Operator', payRate: 18 });
    await logTouchpoint(
      w.ctx,
      w.otherRecruiter,
      logTouchpointRequest.parse({
        subjectType: 'candidate',
        subjectId: candidate.id,
        channel: 'email',
        direction: 'out',
        summary: 'Sent the forklift job',
        occurredAt: new Date(clock.now().getTime() - HOUR).toISOString(),
      }),
    );
    const message = {
      to: { candidateId: candidate.id },
      channel: 'email' as const,
      subject: 'Forklift job',
      body: 'Hi Lee, the pay is $21.00 per hour.',
      jobOrderId: order.id,
    };
    const report = await checkMessage(w.ctx, w.recruiter, composeRequest.parse(message));
    expect(report.recent[0]).toMatchObject({
      by: { id: w.otherRecruiter.userId },
      channel: 'email',
      what: 'Sent the forklift job',
    });
    const kinds = report.warnings.map((x) => [x.kind, x.field, x.expected, x.found]);
    expect(kinds).toContainEqual(['recent', null, null, null]);
    expect(kinds).toContainEqual(['conflict', 'payRate', '$18.00/hour', '$21.00/hour']);
    expect(report.warnings.find((x) => x.kind === 'recent')?.message).toContain(
      `${w.otherRecruiter.name} emailed them 1 hour ago`,
    );

    // Sending needs a reason; with one, the warnings and the reason stay with the message.
    await expect(send(w, w.recruiter, message)).rejects.toMatchObject({ code: 'guard_warning' });
    const sent = await send(w, w.recruiter, {
      ...message,
      overrideReason: 'The client raised the rate today',
    });
    expect(sent.overrideReason).toBe('The client raised the rate today');
    expect(sent.guardWarnings.map((x) => x.kind).sort()).toEqual(['conflict', 'recent']);

    // The rate as the job order states it is no conflict.
    const fine = await checkMessage(
      w.ctx,
      w.recruiter,
      composeRequest.parse({ ...message, body: 'It pays $18/hour.' }),
    );
    expect(fine.warnings.filter((x) => x.kind === 'conflict')).toEqual([]);
  });

  it("warns of the same template twice, and of a start date that differs from a colleague's message", async () => {
    const w = await world(testClock('2026-11-23T15:00:00Z'), false);
    const candidate = await buildCandidate(w);
    const draft = await draftMessage(w.ctx, w.recruiter, {
      to: { candidateId: candidate.id },
      templateKey: 'assignment_check_in',
    });
    await send(w, w.recruiter, {
      to: { candidateId: candidate.id },
      channel: 'email',
      templateKey: 'assignment_check_in',
      subject: draft.subject,
      body: draft.body,
    });
    await send(w, w.recruiter, {
      to: { candidateId: candidate.id },
      channel: 'email',
      subject: 'Start',
      body: 'You start on December 7.',
    });
    const report = await checkMessage(
      w.ctx,
      w.otherRecruiter,
      composeRequest.parse({
        to: { candidateId: candidate.id },
        channel: 'email',
        templateKey: 'assignment_check_in',
        subject: 'Hi',
        body: 'Reminder: you start on December 8.',
      }),
    );
    const duplicate = report.warnings.find((x) => x.kind === 'duplicate');
    expect(duplicate?.message).toContain('this template');
    expect(report.warnings.find((x) => x.kind === 'conflict')).toMatchObject({
      field: 'startDate',
      source: 'colleague',
      expected: 'Monday, December 7, 2026',
      found: 'Tuesday, December 8, 2026',
    });
  });

  it('refuses a channel the person opted out of, and withdraws mail already queued for it', async () => {
    const w = await world();
    const candidate = await buildCandidate(w);
    const queued = await send(w, w.recruiter, {
      to: { candidateId: candidate.id },
      channel: 'email',
      subject: 'One',
      body: 'First.',
    });
    await recordConsent(w.ctx, w.recruiter, {
      to: { candidateId: candidate.id },
      channel: 'email',
      status: 'withdrawn',
    });
    const error = await send(w, w.recruiter, {
      to: { candidateId: candidate.id },
      channel: 'email',
      subject: 'Two',
      body: 'Second.',
      overrideReason: 'anyway',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).issues[0]?.path).toBe('channel');
    await deliverDue(w.ctx);
    expect((await findMessage(store.db, w.firmId, queued.id))?.status).toBe('cancelled');
    expect(mailTo(candidate.emails[0]!.address)).toHaveLength(0);
    // Text messages need consent first.
    const sms = await checkMessage(
      w.ctx,
      w.recruiter,
      composeRequest.parse({ to: { candidateId: candidate.id }, channel: 'sms', body: 'Hi' }),
    );
    expect(sms.warnings.map((x) => x.kind)).toContain('consent');
  });
});

describe('bulk messages', () => {
  it('fills the merge fields for each person, skips who opted out, and carries an unsubscribe link', async () => {
    const w = await world();
    const ana = await buildCandidate(w, { firstName: 'Ana' });
    const ben = await buildCandidate(w, { firstName: 'Ben' });
    const cal = await buildCandidate(w, { firstName: 'Cal' });
    await recordConsent(w.ctx, w.recruiter, {
      to: { candidateId: cal.id },
      channel: 'email',
      status: 'withdrawn',
    });
    const result = await sendBulkMessage(
      w.ctx,
      w.recruiter,
      bulkMessageRequest.parse({
        to: [
          { candidateId: ana.id },
          { candidateId: ben.id },
          { candidateId: cal.id },
          { candidateId: ana.id },
        ],
        channel: 'email',
        subject: 'Open day, {{recipient.firstName}}',
        body: 'Hi {{candidate.firstName}}, come to our open day on Friday.',
      }),
    );
    expect(result.queued.map((q) => q.to.id)).toEqual([ana.id, ben.id]);
    expect(result.skipped).toEqual([
      { to: { id: cal.id, name: expect.any(String) }, reason: expect.stringContaining('opted out') },
    ]);
    await deliverDue(w.ctx);
    const toBen = mailTo(ben.emails[0]!.address);
    expect(toBen.map((m) => m.subject)).toEqual(['Open day, Ben']);
    expect(toBen[0]!.text).toContain('Hi Ben, come to our open day');
    expect(toBen[0]!.text).toMatch(/To stop these emails: https:\/\/waypoint\.test\/unsubscribe\//);
    expect(mailTo(cal.emails[0]!.address)).toHaveLength(0);
  });
});
