/**
 * `waypoint serve` with a mail server configured (SMTP_URL): a message a recruiter sends through the API leaves
 * through a real SMTP server on loopback within seconds, and lands on the candidate's timeline. A real server
 * process on a real database (an embedded one in a temp folder, or this file's database on the PostgreSQL server).
 */

import { createTransport } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCandidate, buildWorld, TEST_PASSWORD } from '../../test/factories.ts';
import { type SmtpSink, startSmtpSink } from '../../test/smtp-sink.ts';
import {
  freePort,
  type ProcessDatabase,
  processDatabase,
  type RunningServer,
  startWaypoint,
} from '../../test/waypoint-process.ts';
import { openMigratedStore } from '../store/database.ts';

let db: ProcessDatabase;
let sink: SmtpSink;
let server: RunningServer | null = null;

beforeAll(async () => {
  db = await processDatabase();
  sink = await startSmtpSink();
});
afterAll(async () => {
  await server?.stop();
  await sink.close();
  await db.close();
});

async function signedIn(url: string, email: string) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  expect(login.status).toBe(200);
  const { csrfToken, user } = (await login.json()) as { csrfToken: string; user: { firmName: string } };
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const call = (path: string, body?: unknown) =>
    fetch(`${url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return { call, firmName: user.firmName };
}

describe('waypoint serve with SMTP_URL and SMTP_LISTEN', () => {
  it('sends a message through the mail server, and files it and the reply on the timeline', {
    timeout: 120_000,
  }, async () => {
    // The firm is made before the server starts: the embedded database has one process at a time.
    const store = await openMigratedStore({
      dataDir: db.dataDir,
      databaseUrl: db.env.DATABASE_URL || undefined,
    });
    const w = await buildWorld(store);
    const candidate = await buildCandidate(w, { firstName: 'Mira' });
    await store.close();

    const listenPort = await freePort();
    server = await startWaypoint({
      ...db.env,
      SMTP_LISTEN: `127.0.0.1:${listenPort}`,
      SMTP_URL: sink.url,
      MAIL_FROM: 'Harbor Staffing <desk@harbor.test>',
      WAYPOINT_PUBLIC_URL: 'https://waypoint.harbor.test',
    });
    const { call: api, firmName } = await signedIn(server.url, w.recruiter.email);
    const sent = await api('/api/messages', {
      to: { candidateId: candidate.id },
      channel: 'email',
      subject: 'Your first shift',
      body: 'Hi Mira, see you Monday at 7.',
    });
    expect(sent.status, server.output()).toBe(201);
    expect(((await sent.json()) as { status: string }).status).toBe('queued');

    // Other mail may go too (the staff's daily digest, by the real clock): find this one.
    const deadline = Date.now() + 15_000;
    while (!sink.received.some((m) => m.subject === 'Your first shift') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    const mail = sink.received.find((m) => m.subject === 'Your first shift');
    expect(mail!.subject).toBe('Your first shift');
    expect(JSON.stringify(mail!.to)).toContain(candidate.emails[0]!.address);
    expect(mail!.from?.text).toBe(`"${w.recruiter.name} (${firmName})" <desk@harbor.test>`);
    const onTimeline = async (direction: 'in' | 'out', summary: string) => {
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        const tl = (await (await api(`/api/candidates/${candidate.id}/timeline`)).json()) as {
          items: { channel: string; direction: string; summary: string }[];
        };
        if (tl.items.some((t) => t.channel === 'email' && t.direction === direction && t.summary === summary))
          return true;
        await new Promise((r) => setTimeout(r, 100));
      }
      return false;
    };
    expect(await onTimeline('out', 'Your first shift')).toBe(true);

    // The candidate answers; the firm's mail server hands the reply to Waypoint's listener.
    const relay = createTransport({ host: '127.0.0.1', port: listenPort, secure: false, ignoreTLS: true });
    await relay.sendMail({
      from: candidate.emails[0]!.address,
      to: 'desk@harbor.test',
      subject: 'Re: Your first shift',
      text: 'See you then.',
      inReplyTo: mail!.messageId,
    });
    relay.close();
    expect(await onTimeline('in', 'Re: Your first shift')).toBe(true);
  });
});
