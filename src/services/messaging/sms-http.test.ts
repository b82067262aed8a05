import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmsSendError, smsConfigFrom, smsHttpProvider, toE164 } from './sms-http.ts';

interface Seen {
  path: string;
  auth: string;
  form: Record<string, string>;
}

let server: Server;
let base: string;
const seen: Seen[] = [];
let answer: { status: number; body: string } = { status: 201, body: '{"sid":"SM123"}' };

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => resolve(data));
  });

beforeAll(async () => {
  server = createServer(async (req, res) => {
    seen.push({
      path: req.url ?? '',
      auth: req.headers.authorization ?? '',
      form: Object.fromEntries(new URLSearchParams(await read(req))),
    });
    // A status of 0: a provider that never answers.
    if (answer.status === 0) return;
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://AC42:secret-token@127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(
  () =>
    new Promise<void>((r) => {
      server.close(() => r());
      server.closeAllConnections();
    }),
);

describe('the Twilio-compatible SMS adapter', () => {
  it('posts the message as a form, with basic auth, and returns the provider id', async () => {
    answer = { status: 201, body: '{"sid":"SM123","status":"queued"}' };
    const sms = smsHttpProvider(smsConfigFrom(base, '+16175550100'));
    expect(await sms.send({ to: '+16175550142', body: 'Hi Ana, shift at 7?' })).toEqual({
      providerId: 'SM123',
    });
    const last = seen.at(-1)!;
    expect(last.path).toBe('/2010-04-01/Accounts/AC42/Messages.json');
    expect(last.auth).toBe(`Basic ${Buffer.from('AC42:secret-token').toString('base64')}`);
    expect(last.form).toEqual({ To: '+16175550142', From: '+16175550100', Body: 'Hi Ana, shift at 7?' });
  });

  it('says whether a failure is worth retrying', async () => {
    const sms = smsHttpProvider(smsConfigFrom(base, '+16175550100'));
    answer = { status: 503, body: '{"message":"Service unavailable"}' };
    await expect(sms.send({ to: '+1', body: 'x' })).rejects.toMatchObject({ retryable: true });
    answer = { status: 400, body: '{"message":"The To number is not valid"}' };
    const error = await sms.send({ to: '+1', body: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SmsSendError);
    expect(error).toMatchObject({ retryable: false, message: expect.stringContaining('not valid') });
  });

  it('sends numbers as the API takes them (E.164), whatever way they were written', async () => {
    answer = { status: 201, body: '{"sid":"SM124"}' };
    const sms = smsHttpProvider(smsConfigFrom(base, '+16175550100'));
    for (const [written, sent] of [
      ['(617) 555-0142', '+16175550142'],
      ['1-617-555-0142', '+16175550142'],
      ['+44 7700 900123', '+447700900123'],
      ['0044 7700 900123', '+447700900123'],
    ]) {
      await sms.send({ to: written!, body: 'x' });
      expect(seen.at(-1)!.form.To).toBe(sent);
    }
    expect(toE164('07700 900123', '+447700900000')).toBe('07700 900123');
  });

  it('gives up on a provider that does not answer in time, as worth retrying', async () => {
    answer = { status: 0, body: '' };
    const sms = smsHttpProvider({ ...smsConfigFrom(base, '+16175550100'), timeoutMs: 200 });
    const started = Date.now();
    await expect(sms.send({ to: '+16175550142', body: 'x' })).rejects.toMatchObject({
      name: 'SmsSendError',
      retryable: true,
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses a provider URL without credentials', () => {
    expect(() => smsConfigFrom('https://api.twilio.com', '+1')).toThrow(/SID:TOKEN/);
  });
});
