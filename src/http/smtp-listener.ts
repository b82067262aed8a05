/**
 * @module Waypoint's own SMTP listener (`SMTP_LISTEN`): mail sent to it is parsed (mailparser) and filed on the
 * timeline of the person it comes from, or put in triage. Plain text only is kept; HTML is read as text. Malformed
 * or oversized mail is refused with an SMTP error, never taken down with the process.
 */
import type { AddressInfo } from 'node:net';
import { type AddressObject, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { ServiceContext } from '../services/context.ts';
import { receiveInbound } from '../services/messaging/inbound.ts';

export interface SmtpListener {
  port: number;
  close(): Promise<void>;
}

export interface SmtpListenOptions {
  host: string;
  port: number;
  /** The largest message accepted, in bytes. */
  maxBytes?: number;
  log?: (message: string, error?: unknown) => void;
}

const addresses = (a: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((x) => x.value.map((v) => v.address ?? '')).filter(Boolean);

/**
 * Whether a machine sent it on the person's behalf (out of office, vacation): RFC 3834's Auto-Submitted (anything
 * but "no"), or the older X-Autoreply, X-Autorespond and Precedence: auto_reply.
 */
export function isAutomatic(headers: Map<string, unknown>): boolean {
  const text = (key: string) => {
    const v = headers.get(key);
    const value = typeof v === 'object' && v !== null && 'value' in v ? v.value : v;
    return typeof value === 'string' ? value.trim().toLowerCase() : '';
  };
  const submitted = text('auto-submitted');
  return (
    (submitted !== '' && !submitted.startsWith('no')) ||
    headers.has('x-autoreply') ||
    headers.has('x-autorespond') ||
    text('precedence') === 'auto_reply'
  );
}

class SmtpError extends Error {
  constructor(
    message: string,
    readonly responseCode: number,
  ) {
    super(message);
  }
}

export async function listenSmtp(ctx: ServiceContext, options: SmtpListenOptions): Promise<SmtpListener> {
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const server = new SMTPServer({
    name: 'waypoint',
    banner: 'Waypoint inbound mail',
    authOptional: true,
    // Mail from people comes here through the firm's own mail server, on a private network or loopback.
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: maxBytes,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream, { skipImageLinks: true, skipTextToHtml: true })
        .then(async (mail) => {
          if (stream.sizeExceeded) throw new SmtpError(`Message too large (over ${maxBytes} bytes)`, 552);
          const envelopeFrom = session.envelope.mailFrom;
          const from = addresses(mail.from)[0] ?? (envelopeFrom ? envelopeFrom.address : '');
          const to = addresses(mail.to);
          await receiveInbound(ctx, {
            from,
            to: to.length > 0 ? to : session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? null,
            text: (mail.text ?? '').trimEnd(),
            messageId: mail.messageId ?? null,
            inReplyTo: typeof mail.inReplyTo === 'string' ? mail.inReplyTo : null,
            references: typeof mail.references === 'string' ? [mail.references] : (mail.references ?? []),
            automatic: isAutomatic(mail.headers),
            receivedAt: ctx.clock.now(),
          });
          callback();
        })
        .catch((error: unknown) => {
          if (error instanceof SmtpError) return callback(error);
          options.log?.('inbound mail could not be filed', error);
          // A store that is briefly unavailable: the sending server keeps the message and tries again.
          callback(new SmtpError('Cannot take this message now; try again later', 451));
        });
    },
  });
  server.on('error', (error) => options.log?.('SMTP listener error', error));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
