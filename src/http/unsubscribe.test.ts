/**
 * The unsubscribe link beyond the page's own button (public-routes.test.ts): RFC 8058 one-click as mail providers
 * send it, a contact's opt-out with its audit entry, and what the public page is served with.
 */
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/db.ts';
import { buildCandidate, buildClient, buildContact, buildWorld, type World } from '../../test/factories.ts';
import { send, testApp } from '../../test/http.ts';
import { hashToken } from '../services/messaging/delivery.ts';
import { unsubscribe } from '../services/messaging/unsubscribe.ts';
import { consentHistory, latestConsent } from '../store/consent.ts';
import { insertMessage, type MessageRow } from '../store/messages.ts';
import { auditEvents } from '../store/schema/index.ts';

let store: TestStore;
let w: World;
let app: FastifyInstance;

beforeAll(async () => {
  store = await openTestStore();
  w = await buildWorld(store);
  app = await testApp(w.ctx);
});
afterAll(async () => {
  await app.close();
  await store.close();
});

let n = 0;
/** A sent bulk message to `person`, and the token its link carries. */
async function sentTo(person: { candidateId: string } | { contactId: string; clientId: string }) {
  const token = `tok_${Date.now().toString(36)}_${(++n).toString().padStart(12, '0')}`;
  const message = await insertMessage(store.db, {
    firmId: w.firmId,
    channel: 'email',
    direction: 'out',
    kind: 'bulk',
    status: 'sent',
    ...person,
    toAddress: 'someone@mail.example',
    subject: 'New shifts this week',
    body: 'Hello',
    sentBy: w.recruiter.userId,
    unsubscribeTokenHash: hashToken(token),
  });
  return { token, message };
}

const oneClickForm = 'List-Unsubscribe=One-Click';

describe('RFC 8058 one-click unsubscribe', () => {
  it('takes the form as mail providers post it (multipart/form-data), without opening the page', async () => {
    const candidate = await buildCandidate(w);
    const { token, message } = await sentTo({ candidateId: candidate.id });
    const boundary = '---FormBoundaryjWmhtjORrn';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`;
    const res = await send(app, 'POST', `/unsubscribe/${token}`, body, {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
    expect(res.status).toBe(200);
    const consent = await latestConsent(store.db, w.firmId, { candidateId: candidate.id });
    expect(consent.email).toMatchObject({
      status: 'withdrawn',
      source: 'unsubscribe_link',
      candidateId: candidate.id,
      messageId: message.id,
    });
    expect(consent.sms).toBeNull();
  });

  it('takes a one-click POST with the urlencoded form, or with no body at all', async () => {
    for (const withBody of [true, false]) {
      const candidate = await buildCandidate(w);
      const { token } = await sentTo({ candidateId: candidate.id });
      const res = withBody
        ? await send(app, 'POST', `/unsubscribe/${token}`, oneClickForm, {
            'content-type': 'application/x-www-form-urlencoded',
          })
        : await send(app, 'POST', `/unsubscribe/${token}`);
      expect(res.status).toBe(200);
      expect((await latestConsent(store.db, w.firmId, { candidateId: candidate.id })).email?.status).toBe(
        'withdrawn',
      );
    }
  });
});

describe('unsubscribing a client contact', () => {
  it('records the opt-out on the contact, with an audit entry, once', async () => {
    const client = await buildClient(w);
    const contact = await buildContact(w, client.id);
    const { token, message } = await sentTo({ contactId: contact.id, clientId: client.id });
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    expect((await send(app, 'POST', `/unsubscribe/${token}`, '', form)).status).toBe(200);
    expect((await send(app, 'POST', `/unsubscribe/${token}`, oneClickForm, form)).status).toBe(200);
    const history = await consentHistory(store.db, w.firmId, { contactId: contact.id });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      channel: 'email',
      status: 'withdrawn',
      source: 'unsubscribe_link',
      contactId: contact.id,
      candidateId: null,
      messageId: message.id,
    });
    const audits = await store.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.firmId, w.firmId), eq(auditEvents.targetId, contact.id)));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      action: 'consent.unsubscribe_link',
      targetType: 'contact',
      userId: null,
      detail: { channel: 'email', messageId: message.id },
    });
  });

  it('is idempotent when called at once twice (the service)', async () => {
    const candidate = await buildCandidate(w);
    const { token }: { token: string; message: MessageRow } = await sentTo({ candidateId: candidate.id });
    const results = await Promise.all([
      unsubscribe(w.ctx, token, { ip: '203.0.113.9' }),
      unsubscribe(w.ctx, token, { ip: '203.0.113.9' }),
    ]);
    expect(results.every((r) => r?.done === true)).toBe(true);
    // Concurrent clicks may both see "not yet withdrawn"; the person's latest choice is withdrawn either way.
    const history = await consentHistory(store.db, w.firmId, { candidateId: candidate.id });
    expect(history.length).toBeGreaterThanOrEqual(1);
    expect(history.every((h) => h.status === 'withdrawn')).toBe(true);
  });
});

describe('the public page', () => {
  it('is served with a policy that allows its form to post to itself, and not cached', async () => {
    const candidate = await buildCandidate(w);
    const { token } = await sentTo({ candidateId: candidate.id });
    const res = await send(app, 'GET', `/unsubscribe/${token}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(String(res.headers['content-security-policy'])).toContain("form-action 'self'");
    expect(String(res.body)).not.toMatch(/<script/i);
    expect(String(res.body)).toMatch(/<form method="post">\s*<button type="submit">Unsubscribe<\/button>/);
  });

  it('answers an unknown or malformed token with a 404 page, and changes nothing', async () => {
    for (const token of ['a'.repeat(32), '%3Cscript%3E', 'x']) {
      const page = await send(app, 'GET', `/unsubscribe/${token}`);
      expect(page.status).toBe(404);
      expect(String(page.body)).toContain('This link is not valid');
      expect(String(page.body)).not.toContain('<script>');
      const post = await send(app, 'POST', `/unsubscribe/${token}`, oneClickForm, {
        'content-type': 'application/x-www-form-urlencoded',
      });
      expect(post.status).toBe(404);
    }
  });
});

describe('rate limits', () => {
  it("take a burst of one-click unsubscribes from a mail provider's server, and limit the page per address", async () => {
    // After a bulk mail, a provider posts many people's one-click unsubscribes from one address within a minute.
    const people = await Promise.all(Array.from({ length: 45 }, () => buildCandidate(w)));
    const tokens = [];
    for (const p of people) tokens.push((await sentTo({ candidateId: p.id })).token);
    const answers = await Promise.all(
      tokens.map((t) =>
        send(app, 'POST', `/unsubscribe/${t}`, oneClickForm, {
          'content-type': 'application/x-www-form-urlencoded',
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    // The page a person opens is limited per address (30 a minute).
    const pages = [];
    for (let i = 0; i < 35; i++) pages.push((await send(app, 'GET', `/unsubscribe/${tokens[0]}`)).status);
    expect(pages).toContain(429);
  });
});
