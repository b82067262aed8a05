import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
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
import { send, testApp } from '../../test/http.ts';
import { type SmtpSink, startSmtpSink } from '../../test/smtp-sink.ts';
import { sendMessageRequest } from '../contract/messages.ts';
import { sendMessage } from '../services/messaging/compose.ts';
import { recordConsent } from '../services/messaging/consent.ts';
import { deliverDue } from '../services/messaging/delivery.ts';
import { smsConfigFrom, smsHttpProvider, webhookSignature } from '../services/messaging/sms-http.ts';
import { smtpTransport } from '../services/messaging/smtp.ts';
import { consentHistory, latestConsent } from '../store/consent.ts';
import { firms } from '../store/schema/index.ts';
import { timeline } from '../store/touchpoints.ts';

let store: TestStore;
let sink: SmtpSink;
let smsApi: Server;
const texts: Record<string, string>[] = [];
let w: World;
let app: FastifyInstance;
const TOKEN = 'sms-auth-token';

beforeAll(async () => {
  store = await openTestStore();
  sink = await startSmtpSink();
  smsApi = createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      texts.push(Object.fromEntries(new URLSearchParams(data)));
      res.writeHead(201, { 'content-type': 'application/json' }).end(`{"sid":"SM${texts.length}"}`);
    });
  });
  await new Promise<void>((r) => smsApi.listen(0, '127.0.0.1', r));
  w = await buildWorld(store);
  // A firm name with markup: every page must show it as text.
  await store.db.update(firms).set({ name: 'Harbor <b>&</b> Sons' }).where(eq(firms.id, w.firmId));
  w.ctx.transports = {
    email: smtpTransport(sink.url),
    sms: smsHttpProvider(
      smsConfigFrom(
        `http://AC1:${TOKEN}@127.0.0.1:${(smsApi.address() as AddressInfo).port}`,
        '+16175550100',
      ),
    ),
    publicUrl: 'https://waypoint.test',
    mailFrom: 'desk@harbor.test',
    replyTo: null,
  };
  app = await testApp(w.ctx);
});
afterAll(async () => {
  await app.close();
  w.ctx.transports?.email?.close();
  await new Promise<void>((r) => smsApi.close(() => r()));
  await sink.close();
  await store.close();
});

/** A status update delivered to a fresh candidate, and the unsubscribe token its mail carries. */
async function updateWithLink() {
  const candidate = await buildCandidate(w);
  await buildSubmission(w, candidate.id, (await buildJobOrder(w)).id);
  await deliverDue(w.ctx);
  const mail = sink.received.find((m) => JSON.stringify(m.to).includes(candidate.emails[0]!.address))!;
  const token = /\/unsubscribe\/([\w-]+)/.exec(mail.text ?? '')![1]!;
  return { candidate, token };
}

const form = { 'content-type': 'application/x-www-form-urlencoded' };

describe('unsubscribing by the link in a status update', () => {
  it('shows a page with a button, escaped; the button records the opt-out, once', async () => {
    const { candidate, token } = await updateWithLink();
    const pageRes = await send(app, 'GET', `/unsubscribe/${token}`);
    expect(pageRes.status).toBe(200);
    expect(pageRes.body).toContain('Stop emails from Harbor &lt;b&gt;&amp;&lt;/b&gt; Sons?');
    expect(pageRes.body).not.toContain('<b>&</b>');
    expect(pageRes.body).toContain('<form method="post">');
    // Opening the page changes nothing (mail scanners open links).
    expect((await latestConsent(store.db, w.firmId, { candidateId: candidate.id })).email).toBeNull();

    const done = await send(app, 'POST', `/unsubscribe/${token}`, '', form);
    expect(done.status).toBe(200);
    expect(done.body).toContain('You are unsubscribed');
    const again = await send(app, 'POST', `/unsubscribe/${token}`, 'List-Unsubscribe=One-Click', form);
    expect(again.status).toBe(200);
    const consent = await latestConsent(store.db, w.firmId, { candidateId: candidate.id });
    expect(consent.email).toMatchObject({ status: 'withdrawn', source: 'unsubscribe_link' });
    expect(await consentHistory(store.db, w.firmId, { candidateId: candidate.id })).toHaveLength(1);
    expect((await send(app, 'GET', `/unsubscribe/${token}`)).body).toContain('You are unsubscribed');
  });

  it('answers 404 for a token that names nothing', async () => {
    expect((await send(app, 'GET', '/unsubscribe/not-a-real-token-at-all-0000')).status).toBe(404);
    expect((await send(app, 'POST', '/unsubscribe/x', '', form)).status).toBe(404);
  });
});

describe('text messages', () => {
  it('go through the HTTP provider once the person agreed, and land on the timeline', async () => {
    const candidate = await buildCandidate(w, { phones: [{ number: '(617) 555-0142' }] });
    await recordConsent(w.ctx, w.recruiter, {
      to: { candidateId: candidate.id },
      channel: 'sms',
      status: 'granted',
    });
    await sendMessage(
      w.ctx,
      w.recruiter,
      sendMessageRequest.parse({
        to: { candidateId: candidate.id },
        channel: 'sms',
        body: 'Shift at 7 tomorrow?',
      }),
    );
    await deliverDue(w.ctx);
    expect(texts.at(-1)).toEqual({
      To: '+16175550142',
      From: '+16175550100',
      Body: 'Shift at 7 tomorrow?',
    });
    const tps = await timeline(store.db, w.firmId, { candidateId: candidate.id }, { limit: 5 });
    expect(tps[0]).toMatchObject({ channel: 'sms', direction: 'out', summary: 'Shift at 7 tomorrow?' });
  });

  it('come in by the signed webhook; STOP withdraws consent; a bad signature is refused', async () => {
    const candidate = await buildCandidate(w, { phones: [{ number: '617.555.0199' }] });
    await recordConsent(w.ctx, w.recruiter, {
      to: { candidateId: candidate.id },
      channel: 'sms',
      status: 'granted',
    });
    const params = { From: '+16175550199', To: '+16175550100', Body: 'STOP', MessageSid: 'SMin1' };
    const body = new URLSearchParams(params).toString();
    const signature = webhookSignature(TOKEN, 'https://waypoint.test/webhooks/sms', params);
    const forged = await send(app, 'POST', '/webhooks/sms', body, { ...form, 'x-twilio-signature': 'AAAA' });
    expect(forged.status).toBe(403);
    const res = await send(app, 'POST', '/webhooks/sms', body, { ...form, 'x-twilio-signature': signature });
    expect(res.status).toBe(200);
    const tps = await timeline(store.db, w.firmId, { candidateId: candidate.id }, { limit: 5 });
    expect(tps[0]).toMatchObject({ channel: 'sms', direction: 'in', actorType: 'subject', summary: 'STOP' });
    const consent = await latestConsent(store.db, w.firmId, { candidateId: candidate.id });
    expect(consent.sms).toMatchObject({ status: 'withdrawn', source: 'reply_stop' });
  });
});
