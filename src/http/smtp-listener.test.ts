import { createTransport, type Transporter } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/db.ts';
import { buildCandidate, buildClient, buildContact, buildWorld, type World } from '../../test/factories.ts';
import type { ServiceContext } from '../services/context.ts';
import { listMessages } from '../services/messaging/boxes.ts';
import { insertMessage } from '../store/messages.ts';
import { timeline } from '../store/touchpoints.ts';
import { listenSmtp, type SmtpListener } from './smtp-listener.ts';

let store: TestStore;
let w: World;
let listener: SmtpListener;
let mailer: Transporter;

beforeAll(async () => {
  store = await openTestStore();
  w = await buildWorld(store);
  const ctx: ServiceContext = { store, clock: { now: () => new Date() } };
  listener = await listenSmtp(ctx, { host: '127.0.0.1', port: 0, maxBytes: 200_000 });
  mailer = createTransport({ host: '127.0.0.1', port: listener.port, secure: false, ignoreTLS: true });
});
afterAll(async () => {
  mailer.close();
  await listener.close();
  await store.close();
});

const box = async (b: 'triage' | 'inbox') =>
  (await listMessages(w.ctx, w.recruiter, { box: b, page: 1, pageSize: 100 })).items;

describe('the SMTP listener', () => {
  it("files mail from a candidate's address (in any case) on their timeline", async () => {
    const candidate = await buildCandidate(w);
    const address = candidate.emails[0]!.address;
    await mailer.sendMail({
      from: `"Casey" <${address.toUpperCase()}>`,
      to: 'desk@harbor.test',
      subject: 'About Monday',
      text: 'I can start on Monday.',
    });
    const tps = await timeline(store.db, w.firmId, { candidateId: candidate.id }, { limit: 20 });
    expect(tps[0]).toMatchObject({
      channel: 'email',
      direction: 'in',
      actorType: 'subject',
      activity: 'contacted',
      summary: 'About Monday',
    });
    const inbox = await box('inbox');
    const filed = inbox.find((m) => m.candidate?.id === candidate.id);
    expect(filed).toMatchObject({
      status: 'received',
      body: 'I can start on Monday.',
      touchpointId: tps[0]!.id,
    });
  });

  it("files a client contact's mail on the company's timeline", async () => {
    const client = await buildClient(w);
    const contact = await buildContact(w, client.id);
    await mailer.sendMail({
      from: contact.emails[0]!.address,
      to: 'desk@harbor.test',
      subject: 'Two more pickers',
      text: 'Can you send two more?',
    });
    const tps = await timeline(store.db, w.firmId, { clientId: client.id }, { limit: 20 });
    expect(tps[0]).toMatchObject({ contactId: contact.id, direction: 'in', summary: 'Two more pickers' });
  });

  it('puts mail from an unknown address in triage, and ignores a redelivery', async () => {
    const messageId = `<stranger-${Date.now()}@mail.example>`;
    const mail = {
      from: 'stranger@mail.example',
      to: 'desk@harbor.test',
      subject: 'Jobs?',
      text: 'Any jobs?',
      messageId,
    };
    await mailer.sendMail(mail);
    await mailer.sendMail(mail);
    const triage = (await box('triage')).filter((m) => m.from === 'stranger@mail.example');
    expect(triage).toHaveLength(1);
    expect(triage[0]).toMatchObject({ subject: 'Jobs?', candidate: null, contact: null });
  });

  it('files a reply to a message Waypoint sent with that message’s person, from whatever address', async () => {
    const candidate = await buildCandidate(w);
    const ours = `<ours-${Date.now()}@harbor.test>`;
    const sent = await insertMessage(store.db, {
      firmId: w.firmId,
      channel: 'email',
      direction: 'out',
      kind: 'manual',
      status: 'sent',
      candidateId: candidate.id,
      toAddress: candidate.emails[0]!.address,
      subject: 'Timesheet',
      body: 'Please send it.',
      messageId: ours,
      sentBy: w.recruiter.userId,
    });
    await mailer.sendMail({
      from: 'casey.other.address@mail.example',
      to: 'desk@harbor.test',
      subject: 'Re: Timesheet',
      text: 'Attached.',
      inReplyTo: ours,
      references: ours,
    });
    const reply = (await box('inbox')).find((m) => m.subject === 'Re: Timesheet');
    expect(reply?.candidate?.id).toBe(candidate.id);
    const tps = await timeline(store.db, w.firmId, { candidateId: candidate.id }, { limit: 5 });
    expect(tps[0]?.summary).toBe('Re: Timesheet');
    expect(sent.id).toBeTruthy();
  });

  it('refuses mail over the size limit and keeps serving', async () => {
    await expect(
      mailer.sendMail({
        from: 'big@mail.example',
        to: 'desk@harbor.test',
        subject: 'Big',
        text: 'x'.repeat(400_000),
      }),
    ).rejects.toMatchObject({ responseCode: 552 });
    const candidate = await buildCandidate(w);
    await mailer.sendMail({
      from: candidate.emails[0]!.address,
      to: 'desk@harbor.test',
      subject: 'Still here',
      text: 'ok',
    });
    const tps = await timeline(store.db, w.firmId, { candidateId: candidate.id }, { limit: 5 });
    expect(tps[0]?.summary).toBe('Still here');
  });
});
