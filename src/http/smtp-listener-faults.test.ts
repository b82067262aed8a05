/**
 * The SMTP listener when things go wrong: the store failing (451, the sender retries), malformed input and dropped
 * connections over a raw socket (the listener stays up), HTML-only mail (kept as text), and a reply threaded only
 * by References.
 */
import { connect, type Socket } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { createTransport, type Transporter } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/db.ts';
import { buildCandidate, buildWorld, unique, type World } from '../../test/factories.ts';
import type { ServiceContext } from '../services/context.ts';
import { insertMessage } from '../store/messages.ts';
import { messages } from '../store/schema/index.ts';
import { timeline } from '../store/touchpoints.ts';
import { listenSmtp, type SmtpListener } from './smtp-listener.ts';

let store: TestStore;
let w: World;
let listener: SmtpListener;
let mailer: Transporter;
/** While set, every transaction fails as a store that is down would. */
let storeDown = false;
const logged: string[] = [];

beforeAll(async () => {
  store = await openTestStore();
  w = await buildWorld(store);
  const flaky: TestStore = {
    ...store,
    transaction: ((fn: Parameters<TestStore['transaction']>[0]) => {
      if (storeDown) return Promise.reject(new Error('connection refused'));
      return store.transaction(fn);
    }) as TestStore['transaction'],
  };
  const ctx: ServiceContext = { store: flaky, clock: { now: () => new Date() } };
  listener = await listenSmtp(ctx, {
    host: '127.0.0.1',
    port: 0,
    maxBytes: 100_000,
    log: (message) => logged.push(message),
  });
  mailer = createTransport({ host: '127.0.0.1', port: listener.port, secure: false, ignoreTLS: true });
});
afterAll(async () => {
  mailer.close();
  await listener.close();
  await store.close();
});

const inboundOf = (candidateId: string) =>
  store.db
    .select()
    .from(messages)
    .where(
      and(eq(messages.firmId, w.firmId), eq(messages.candidateId, candidateId), eq(messages.direction, 'in')),
    );

/** Mail still gets through: the listener is up and filing. */
async function stillFiling() {
  const candidate = await buildCandidate(w);
  await mailer.sendMail({
    from: candidate.emails[0]!.address,
    to: 'desk@harbor.test',
    subject: 'Still here',
    text: 'ok',
  });
  expect(await inboundOf(candidate.id)).toHaveLength(1);
}

/** A raw SMTP conversation: each command's reply, as the server's status lines. */
function rawSession(): { send(data: string | Buffer): Promise<string>; end(): void; socket: Socket } {
  const socket = connect(listener.port, '127.0.0.1');
  let buffer = '';
  let waiting: ((reply: string) => void) | null = null;
  const complete = () => {
    // A reply is complete at a line with a space after its code ("250 ok", not "250-…").
    const lines = buffer.split('\r\n');
    const last = lines.findIndex((l) => /^\d{3} /.test(l));
    if (last === -1 || !waiting) return;
    const reply = lines.slice(0, last + 1).join('\n');
    buffer = lines.slice(last + 1).join('\r\n');
    const w = waiting;
    waiting = null;
    w(reply);
  };
  socket.on('data', (d) => {
    buffer += d.toString('latin1');
    complete();
  });
  const next = () =>
    new Promise<string>((resolve) => {
      waiting = resolve;
      complete();
    });
  const greeting = next();
  return {
    socket,
    async send(data) {
      await greeting;
      const reply = next();
      socket.write(data);
      return reply;
    },
    end: () => socket.destroy(),
  };
}

describe('the SMTP listener, when the store fails', () => {
  it('answers 451 so the sending server keeps the mail and retries, and files it on the retry', async () => {
    const candidate = await buildCandidate(w);
    const mail = {
      from: candidate.emails[0]!.address,
      to: 'desk@harbor.test',
      subject: 'Retry me',
      text: 'Hello',
      messageId: `<retry-${unique()}@mail.example>`,
    };
    storeDown = true;
    try {
      await expect(mailer.sendMail(mail)).rejects.toMatchObject({ responseCode: 451 });
    } finally {
      storeDown = false;
    }
    expect(logged).toContain('inbound mail could not be filed');
    expect(await inboundOf(candidate.id)).toHaveLength(0);
    await mailer.sendMail(mail);
    const rows = await inboundOf(candidate.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ subject: 'Retry me', status: 'received' });
  });
});

describe('the SMTP listener, given malformed input', () => {
  it('takes a message with no headers and binary junk without falling over', async () => {
    const s = rawSession();
    try {
      expect(await s.send('EHLO test\r\n')).toMatch(/^250/m);
      expect(await s.send('MAIL FROM:<junk@mail.example>\r\n')).toMatch(/^250/);
      expect(await s.send('RCPT TO:<desk@harbor.test>\r\n')).toMatch(/^250/);
      expect(await s.send('DATA\r\n')).toMatch(/^354/);
      const junk = Buffer.concat([
        Buffer.from([0, 1, 2, 0xff, 0xfe, 0x80, 0x0a, 0x0d]),
        Buffer.from('\r\n: no header name\r\nContent-Type: multipart/mixed; boundary=\r\n\r\n--\r\n'),
        Buffer.from('=?utf-8?B?!!!not-base64?=\r\n.\r\n'),
      ]);
      // Filed (to triage: nobody sent it) or refused with an SMTP error: either way an answer, not a crash.
      expect(await s.send(junk)).toMatch(/^(250|4\d\d|5\d\d) /m);
      expect(await s.send('QUIT\r\n')).toMatch(/^221/);
    } finally {
      s.end();
    }
    await stillFiling();
  });

  it('refuses commands it does not offer (AUTH, STARTTLS) and survives a connection dropped mid-message', async () => {
    const s = rawSession();
    try {
      expect(await s.send('EHLO test\r\n')).not.toMatch(/STARTTLS|AUTH/);
      expect(await s.send('STARTTLS\r\n')).toMatch(/^5\d\d /);
      expect(await s.send('AUTH PLAIN AGZvbwBiYXI=\r\n')).toMatch(/^5\d\d /);
      expect(await s.send('MAIL FROM:<cut@mail.example>\r\n')).toMatch(/^250/);
      expect(await s.send('RCPT TO:<desk@harbor.test>\r\n')).toMatch(/^250/);
      expect(await s.send('DATA\r\n')).toMatch(/^354/);
      s.socket.write('Subject: cut off\r\n\r\nhalf a mess');
    } finally {
      s.end();
    }
    await stillFiling();
  });
});

describe('the SMTP listener, given ordinary mail in its variety', () => {
  it('keeps HTML-only mail as its text, never the markup', async () => {
    const candidate = await buildCandidate(w);
    await mailer.sendMail({
      from: candidate.emails[0]!.address,
      to: 'desk@harbor.test',
      subject: 'Rich',
      html: '<p>I can start <b>Monday</b>.</p><script>alert(1)</script><img src="https://track.example/x.gif">',
    });
    const [row] = await inboundOf(candidate.id);
    expect(row!.body).toContain('I can start Monday');
    expect(row!.body).not.toMatch(/<[a-z/]/i);
  });

  it("files an out-of-office reply on the person's timeline as automatic, not as their reply", async () => {
    for (const [headers, automatic] of [
      [{ 'Auto-Submitted': 'auto-replied' }, true],
      [{ 'Auto-Submitted': 'auto-generated; type=vacation' }, true],
      [{ 'X-Autoreply': 'yes' }, true],
      [{ Precedence: 'auto_reply' }, true],
      [{ 'Auto-Submitted': 'no' }, false],
    ] as const) {
      const candidate = await buildCandidate(w);
      await mailer.sendMail({
        from: candidate.emails[0]!.address,
        to: 'desk@harbor.test',
        subject: 'Out of office',
        text: 'Back on Monday.',
        headers,
      });
      const [row] = await inboundOf(candidate.id);
      expect(row).toMatchObject({ status: 'received', candidateId: candidate.id });
      const tps = await timeline(store.db, w.firmId, { candidateId: candidate.id }, { limit: 5 });
      const tp = tps.find((t) => t.id === row!.touchpointId);
      expect(tp, JSON.stringify(headers)).toMatchObject(
        automatic
          ? { direction: 'in', actorType: 'system', outcome: 'auto_reply' }
          : { direction: 'in', actorType: 'subject', outcome: 'received' },
      );
    }
  });

  it('follows a reply threaded only by References to the message Waypoint sent', async () => {
    const candidate = await buildCandidate(w);
    const ours = `<ours-${unique()}@harbor.test>`;
    await insertMessage(store.db, {
      firmId: w.firmId,
      channel: 'email',
      direction: 'out',
      kind: 'manual',
      status: 'sent',
      candidateId: candidate.id,
      toAddress: candidate.emails[0]!.address,
      subject: 'Badge photo',
      body: 'Please send one.',
      messageId: ours,
      sentBy: w.recruiter.userId,
    });
    await mailer.sendMail({
      from: `other.${unique()}@mail.example`,
      to: 'desk@harbor.test',
      subject: 'Re: Badge photo',
      text: 'Here it is.',
      references: ['<first@mail.example>', ours],
    });
    const tps = await timeline(store.db, w.firmId, { candidateId: candidate.id }, { limit: 5 });
    expect(tps[0]).toMatchObject({ summary: 'Re: Badge photo', direction: 'in' });
  });
});
