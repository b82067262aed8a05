/**
 * Inbound mail and texts at the service level (the SMTP listener and the SMS webhook are tested over the wire in
 * src/http): who a message is filed with, triage, threads, redeliveries, and STOP as an opt-out.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../../test/db.ts';
import {
  buildCandidate,
  buildClient,
  buildContact,
  buildJobOrder,
  buildWorld,
  unique,
  type World,
} from '../../../test/factories.ts';
import { channelAllowed } from '../../domain/messaging.ts';
import { consentHistory, latestConsent } from '../../store/consent.ts';
import { findMessage, insertMessage, type MessageRow } from '../../store/messages.ts';
import { messages } from '../../store/schema/index.ts';
import { timeline } from '../../store/touchpoints.ts';
import { fileInbound } from './filing.ts';
import { type InboundMail, receiveInbound, receiveInboundSms } from './inbound.ts';
import { resolvePerson } from './people.ts';

let store: TestStore;
/** The first firm of this file's database: where mail from nobody known goes. */
let first: World;
let w: World;

beforeAll(async () => {
  store = await openTestStore();
  first = await buildWorld(store);
  w = await buildWorld(store);
});
afterAll(() => store.close());

const at = new Date('2026-11-20T09:30:00Z');

const mail = (over: Partial<InboundMail> = {}): InboundMail => ({
  from: 'nobody@mail.example',
  to: ['desk@harbor.test'],
  subject: 'Hello',
  text: 'Hello there.',
  messageId: `<m-${unique()}@mail.example>`,
  inReplyTo: null,
  receivedAt: at,
  ...over,
});

/** Inbound messages with this Message-ID, in every firm. */
const inboundById = (messageId: string): Promise<MessageRow[]> =>
  store.db
    .select()
    .from(messages)
    .where(and(eq(messages.direction, 'in'), eq(messages.messageId, messageId)));

const candidateTimeline = (firmId: string, candidateId: string) =>
  timeline(store.db, firmId, { candidateId }, { limit: 50 });

describe('inbound mail', () => {
  it("files mail from a candidate's address (any case, stray spaces) with them, and a touchpoint", async () => {
    const candidate = await buildCandidate(w);
    const m = mail({
      from: `  ${candidate.emails[0]!.address.toUpperCase()} `,
      subject: 'About Monday',
      text: 'I can start Monday.',
    });
    expect(await receiveInbound(w.ctx, m)).toEqual({ status: 'received', firmIds: [w.firmId] });

    const [row] = await inboundById(m.messageId!);
    expect(row).toMatchObject({
      firmId: w.firmId,
      channel: 'email',
      direction: 'in',
      kind: 'inbound',
      status: 'received',
      candidateId: candidate.id,
      clientId: null,
      contactId: null,
      fromAddress: candidate.emails[0]!.address.toLowerCase(),
      toAddress: 'desk@harbor.test',
      subject: 'About Monday',
      body: 'I can start Monday.',
      receivedAt: at,
      replyToMessageId: null,
    });
    const tps = await candidateTimeline(w.firmId, candidate.id);
    const tp = tps.find((t) => t.id === row!.touchpointId);
    expect(tp).toMatchObject({
      activity: 'contacted',
      channel: 'email',
      direction: 'in',
      actorType: 'subject',
      actorUserId: null,
      summary: 'About Monday',
      occurredAt: at,
      meta: { messageId: row!.id },
    });
  });

  it('files an automatic reply as Waypoint’s record, not the person’s contact (nobody owes it an answer)', async () => {
    const candidate = await buildCandidate(w);
    const m = mail({ from: candidate.emails[0]!.address, subject: 'Away', automatic: true });
    expect((await receiveInbound(w.ctx, m)).status).toBe('received');
    const [row] = await inboundById(m.messageId!);
    const tp = (await candidateTimeline(w.firmId, candidate.id)).find((t) => t.id === row!.touchpointId);
    expect(tp).toMatchObject({
      channel: 'email',
      direction: 'in',
      actorType: 'system',
      outcome: 'auto_reply',
      meta: { messageId: row!.id, automatic: true },
    });
  });

  it("files a contact's mail with the contact and their company", async () => {
    const client = await buildClient(w);
    const contact = await buildContact(w, client.id);
    const m = mail({ from: contact.emails[0]!.address, subject: 'Two more pickers' });
    expect((await receiveInbound(w.ctx, m)).status).toBe('received');
    const [row] = await inboundById(m.messageId!);
    expect(row).toMatchObject({ candidateId: null, clientId: client.id, contactId: contact.id });
    const tps = await timeline(store.db, w.firmId, { clientId: client.id }, { limit: 50 });
    expect(tps.find((t) => t.id === row!.touchpointId)).toMatchObject({
      subjectType: 'client',
      contactId: contact.id,
      direction: 'in',
      summary: 'Two more pickers',
    });
  });

  it('follows a reply to a message Waypoint sent to that message’s person, over the address', async () => {
    const asked = await buildCandidate(w);
    // The reply comes from an address another candidate holds: the thread still wins.
    const other = await buildCandidate(w);
    const jobOrder = await buildJobOrder(w);
    const ours = `<ours-${unique()}@harbor.test>`;
    const sent = await insertMessage(store.db, {
      firmId: w.firmId,
      channel: 'email',
      direction: 'out',
      kind: 'manual',
      status: 'sent',
      candidateId: asked.id,
      toAddress: asked.emails[0]!.address,
      subject: 'Timesheet',
      body: 'Please send it.',
      messageId: ours,
      jobOrderId: jobOrder.id,
      sentBy: w.recruiter.userId,
    });
    const m = mail({ from: other.emails[0]!.address, subject: 'Re: Timesheet', inReplyTo: ours });
    expect(await receiveInbound(w.ctx, m)).toEqual({ status: 'received', firmIds: [w.firmId] });
    const [row] = await inboundById(m.messageId!);
    expect(row).toMatchObject({
      candidateId: asked.id,
      replyToMessageId: sent.id,
      inReplyTo: ours,
      jobOrderId: jobOrder.id,
    });
    expect((await candidateTimeline(w.firmId, asked.id)).map((t) => t.summary)).toContain('Re: Timesheet');
    expect((await candidateTimeline(w.firmId, other.id)).map((t) => t.summary)).not.toContain(
      'Re: Timesheet',
    );
  });

  it('follows the thread by References when In-Reply-To is missing or names a stranger’s message', async () => {
    const asked = await buildCandidate(w);
    const ours = `<ours-${unique()}@harbor.test>`;
    const sent = await insertMessage(store.db, {
      firmId: w.firmId,
      channel: 'email',
      direction: 'out',
      kind: 'manual',
      status: 'sent',
      candidateId: asked.id,
      toAddress: asked.emails[0]!.address,
      subject: 'Shift on Friday',
      body: 'Can you?',
      messageId: ours,
      sentBy: w.recruiter.userId,
    });
    for (const inReplyTo of [null, '<their-own-earlier@mail.example>']) {
      const m = mail({
        from: `forwarded.${unique()}@mail.example`,
        inReplyTo,
        references: ['<older@mail.example>', ours, '<their-own-earlier@mail.example>'],
      });
      expect((await receiveInbound(w.ctx, m)).status).toBe('received');
      const [row] = await inboundById(m.messageId!);
      expect(row).toMatchObject({ candidateId: asked.id, replyToMessageId: sent.id, inReplyTo });
    }
  });

  it('keeps an absurdly long Message-ID as its hash, and still knows a redelivery', async () => {
    const candidate = await buildCandidate(w);
    const longId = `<${Array.from({ length: 400 }, () => Math.random().toString(36).slice(2)).join('')}@x>`;
    const m = mail({ from: candidate.emails[0]!.address, subject: 'Long id', messageId: longId });
    expect((await receiveInbound(w.ctx, m)).status).toBe('received');
    expect((await receiveInbound(w.ctx, m)).status).toBe('duplicate');
    const rows = (
      await store.db
        .select()
        .from(messages)
        .where(and(eq(messages.firmId, w.firmId), eq(messages.candidateId, candidate.id)))
    ).filter((r) => r.subject === 'Long id');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.messageId).toMatch(/^<[0-9a-f]{64}@hashed\.waypoint>$/);
  });

  it('ignores an In-Reply-To that names none of our messages, and matches by address', async () => {
    const candidate = await buildCandidate(w);
    const m = mail({ from: candidate.emails[0]!.address, inReplyTo: '<not-ours@elsewhere.example>' });
    expect((await receiveInbound(w.ctx, m)).status).toBe('received');
    const [row] = await inboundById(m.messageId!);
    expect(row).toMatchObject({ candidateId: candidate.id, replyToMessageId: null });
  });

  it('puts mail from an address two people share in triage, for staff to choose', async () => {
    // A candidate who is also a client's contact, with one address (two candidates cannot share one).
    const shared = `family.${unique()}@mail.example`;
    const candidate = await buildCandidate(w, { emails: [{ address: shared }] });
    const client = await buildClient(w);
    await buildContact(w, client.id, { emails: [{ address: shared }] });
    const m = mail({ from: shared });
    expect(await receiveInbound(w.ctx, m)).toEqual({ status: 'triage', firmIds: [w.firmId] });
    const rows = await inboundById(m.messageId!);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      firmId: w.firmId,
      status: 'triage',
      candidateId: null,
      contactId: null,
      touchpointId: null,
    });
    expect((await candidateTimeline(w.firmId, candidate.id)).some((t) => t.direction === 'in')).toBe(false);
    const clientTps = await timeline(store.db, w.firmId, { clientId: client.id }, { limit: 50 });
    expect(clientTps.some((t) => t.direction === 'in')).toBe(false);
  });

  it('puts mail from an address known in two firms in the triage of each, and of no other firm', async () => {
    const shared = `twofirms.${unique()}@mail.example`;
    const third = await buildWorld(store);
    await buildCandidate(w, { emails: [{ address: shared }] });
    await buildCandidate(third, { emails: [{ address: shared }] });
    const m = mail({ from: shared });
    const outcome = await receiveInbound(w.ctx, m);
    expect(outcome.status).toBe('triage');
    expect(outcome.firmIds.sort()).toEqual([w.firmId, third.firmId].sort());
    const rows = await inboundById(m.messageId!);
    expect(rows.map((r) => r.firmId).sort()).toEqual([w.firmId, third.firmId].sort());
    expect(rows.every((r) => r.status === 'triage' && r.candidateId === null)).toBe(true);
  });

  it("puts mail from nobody known in the deployment's first firm's triage", async () => {
    const m = mail({ from: `stranger.${unique()}@mail.example` });
    expect(await receiveInbound(w.ctx, m)).toEqual({ status: 'triage', firmIds: [first.firmId] });
    const rows = await inboundById(m.messageId!);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ firmId: first.firmId, status: 'triage', candidateId: null });
  });

  it('ignores a redelivery: one message, one touchpoint', async () => {
    const candidate = await buildCandidate(w);
    const m = mail({ from: candidate.emails[0]!.address, subject: 'Twice' });
    expect((await receiveInbound(w.ctx, m)).status).toBe('received');
    expect(await receiveInbound(w.ctx, m)).toEqual({ status: 'duplicate', firmIds: [] });
    expect(await inboundById(m.messageId!)).toHaveLength(1);
    const twice = (await candidateTimeline(w.firmId, candidate.id)).filter((t) => t.summary === 'Twice');
    expect(twice).toHaveLength(1);
  });

  it('keeps mail without a Message-ID (each delivery is its own)', async () => {
    const candidate = await buildCandidate(w);
    const m = mail({ from: candidate.emails[0]!.address, subject: 'No id', messageId: null });
    await receiveInbound(w.ctx, m);
    await receiveInbound(w.ctx, m);
    const rows = await store.db
      .select()
      .from(messages)
      .where(and(eq(messages.firmId, w.firmId), eq(messages.candidateId, candidate.id)));
    expect(rows.filter((r) => r.subject === 'No id')).toHaveLength(2);
    expect(new Set(rows.map((r) => r.messageId)).size).toBe(rows.length);
  });

  it('keeps at most 100,000 characters of a message', async () => {
    const candidate = await buildCandidate(w);
    const m = mail({ from: candidate.emails[0]!.address, text: 'x'.repeat(150_000) });
    await receiveInbound(w.ctx, m);
    const [row] = await inboundById(m.messageId!);
    expect(row!.body.length).toBeLessThan(100_100);
    expect(row!.body.endsWith('[…]')).toBe(true);
  });

  it('files a triage message on a person later, with its touchpoint (fileInbound)', async () => {
    // Mail from nobody known is in the first firm's triage: the person is one of its candidates.
    const candidate = await buildCandidate(first);
    const m = mail({ from: `unknown.${unique()}@mail.example`, subject: 'From my new address' });
    await receiveInbound(w.ctx, m);
    const [row] = await inboundById(m.messageId!);
    expect(row!.status).toBe('triage');
    const filed = await store.transaction(async (tx) =>
      fileInbound(tx, first.ctx, row!, await resolvePerson(tx, row!.firmId, { candidateId: candidate.id })),
    );
    expect(filed).toMatchObject({ status: 'received', candidateId: candidate.id });
    const again = await findMessage(store.db, row!.firmId, row!.id);
    expect(again?.touchpointId).toBe(filed!.touchpointId);
    const tp = (await candidateTimeline(row!.firmId, candidate.id)).find((t) => t.id === filed!.touchpointId);
    expect(tp).toMatchObject({
      summary: 'From my new address',
      direction: 'in',
      occurredAt: at,
      meta: { messageId: row!.id },
    });
  });
});

describe('inbound messages before any firm is set up', () => {
  it('are refused (for the sender to retry), not accepted and dropped', async () => {
    const empty = await openTestStore();
    try {
      const ctx = { store: empty, clock: { now: () => at } };
      await expect(receiveInbound(ctx, mail())).rejects.toThrow(/No firm/);
      await expect(
        receiveInboundSms(ctx, {
          from: '+15085550000',
          to: '',
          body: 'hi',
          providerId: null,
          receivedAt: at,
        }),
      ).rejects.toThrow(/No firm/);
      expect(await empty.db.select().from(messages)).toHaveLength(0);
    } finally {
      await empty.close();
    }
  });
});

describe('inbound texts', () => {
  const phoneOf = (n: number) => `617-555-${String(n).padStart(4, '0')}`;
  let n = 9000;
  const nextNumber = () => phoneOf(n++);

  it('files a text by the sender’s number, however it is written', async () => {
    const number = nextNumber();
    const candidate = await buildCandidate(w, { phones: [{ number }] });
    const from = `+1${number.replace(/\D/g, '')}`;
    const sid = `SM${unique()}`;
    const outcome = await receiveInboundSms(w.ctx, {
      from,
      to: '+16175550100',
      body: 'Running late, there by 8',
      providerId: sid,
      receivedAt: at,
    });
    expect(outcome).toEqual({ status: 'received', firmIds: [w.firmId] });
    const [row] = await inboundById(`<sms-${sid}@waypoint>`);
    expect(row).toMatchObject({
      channel: 'sms',
      status: 'received',
      candidateId: candidate.id,
      subject: null,
      body: 'Running late, there by 8',
    });
    const tp = (await candidateTimeline(w.firmId, candidate.id)).find((t) => t.id === row!.touchpointId);
    expect(tp).toMatchObject({
      channel: 'sms',
      direction: 'in',
      activity: 'contacted',
      actorType: 'subject',
    });
    // Nothing about consent in an ordinary text.
    expect((await latestConsent(store.db, w.firmId, { candidateId: candidate.id })).sms).toBeNull();
  });

  it('takes STOP as the person withdrawing consent to texts, once per text', async () => {
    const number = nextNumber();
    const candidate = await buildCandidate(w, { phones: [{ number }] });
    const text = {
      from: number.replace(/-/g, '.'),
      to: '+16175550100',
      body: '  Stop ',
      providerId: `SM${unique()}`,
      receivedAt: at,
    };
    expect((await receiveInboundSms(w.ctx, text)).status).toBe('received');
    const latest = await latestConsent(store.db, w.firmId, { candidateId: candidate.id });
    const [row] = await inboundById(`<sms-${text.providerId}@waypoint>`);
    expect(latest.sms).toMatchObject({
      channel: 'sms',
      status: 'withdrawn',
      source: 'reply_stop',
      candidateId: candidate.id,
      messageId: row!.id,
      at,
    });
    expect(latest.email).toBeNull();
    expect(channelAllowed('sms', latest.sms!.status as 'withdrawn')).toBe(false);
    // The provider retrying its webhook does not record it twice.
    expect((await receiveInboundSms(w.ctx, text)).status).toBe('duplicate');
    expect(await consentHistory(store.db, w.firmId, { candidateId: candidate.id })).toHaveLength(1);
  });

  it.each(['STOPALL', 'unsubscribe', 'END'])('takes %s as a STOP too', async (word) => {
    const number = nextNumber();
    const client = await buildClient(w);
    const contact = await buildContact(w, client.id, { phones: [{ number }] });
    await receiveInboundSms(w.ctx, {
      from: number,
      to: '+16175550100',
      body: word,
      providerId: `SM${unique()}`,
      receivedAt: at,
    });
    const latest = await latestConsent(store.db, w.firmId, { contactId: contact.id });
    expect(latest.sms).toMatchObject({ status: 'withdrawn', source: 'reply_stop', contactId: contact.id });
  });

  it('does not take a sentence that mentions stopping as an opt-out', async () => {
    const number = nextNumber();
    const candidate = await buildCandidate(w, { phones: [{ number }] });
    await receiveInboundSms(w.ctx, {
      from: number,
      to: '+16175550100',
      body: 'Please stop by the office at 3?',
      providerId: `SM${unique()}`,
      receivedAt: at,
    });
    expect((await latestConsent(store.db, w.firmId, { candidateId: candidate.id })).sms).toBeNull();
  });

  it('withdraws texts for everyone with the number when STOP comes from a shared one', async () => {
    // A family phone: the text goes to triage (staff choose whose it is), but the opt-out is the number's.
    const number = nextNumber();
    const a = await buildCandidate(w, { phones: [{ number }] });
    const b = await buildCandidate(w, { phones: [{ number }] });
    const text = {
      from: number,
      to: '+16175550100',
      body: 'STOP',
      providerId: `SM${unique()}`,
      receivedAt: at,
    };
    expect((await receiveInboundSms(w.ctx, text)).status).toBe('triage');
    for (const person of [a, b]) {
      const latest = await latestConsent(store.db, w.firmId, { candidateId: person.id });
      expect(latest.sms).toMatchObject({ status: 'withdrawn', source: 'reply_stop' });
    }
  });

  it('puts a text from an unknown number in triage', async () => {
    const sid = `SM${unique()}`;
    const outcome = await receiveInboundSms(w.ctx, {
      from: '+1 (508) 555-0000',
      to: '+16175550100',
      body: 'Is this the staffing agency?',
      providerId: sid,
      receivedAt: at,
    });
    expect(outcome).toEqual({ status: 'triage', firmIds: [first.firmId] });
    const [row] = await inboundById(`<sms-${sid}@waypoint>`);
    expect(row).toMatchObject({ channel: 'sms', status: 'triage', fromAddress: '+1 (508) 555-0000' });
  });
});
