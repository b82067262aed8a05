/** @module Configuration from the environment, validated once at start; documented in the README's table. */
import { join } from 'node:path';
import { z } from 'zod';

// An empty variable (`DATABASE_URL=`) means "not set", as shells and .env files use it.
const unsetIfEmpty = (v: unknown) => (v === '' ? undefined : v);

const schema = z.object({
  PORT: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).max(65535).default(3000)),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.preprocess(
    unsetIfEmpty,
    z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }).optional(),
  ),
  WAYPOINT_DATA_DIR: z.string().default('./data'),
  /** Where the journey engine keeps its snapshots (default: the data folder's snapshots/). */
  WAYPOINT_SNAPSHOT_DIR: z.preprocess(unsetIfEmpty, z.string().optional()),
  /** Set when Waypoint is served over HTTPS (directly or behind a proxy): cookies get `Secure`, HSTS is sent. */
  WAYPOINT_SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
  WAYPOINT_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60)
    .default(12 * 60),
  WAYPOINT_SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(90 * 24)
    .default(7 * 24),
  WAYPOINT_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Where Waypoint is reached from outside (links in mail, e.g. unsubscribe); http://localhost:PORT by default. */
  WAYPOINT_PUBLIC_URL: z.preprocess(unsetIfEmpty, z.url({ protocol: /^https?$/ }).optional()),
  /** The slug of the firm whose public pages (careers) this deployment serves; unset, the oldest firm's. */
  PUBLIC_FIRM: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .max(100)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a firm slug, e.g. harbor-staffing')
      .optional(),
  ),
  /** Outgoing mail server, `smtp://user:pass@host:587` or `smtps://…:465`; unset, mail waits in the outbox. */
  SMTP_URL: z.preprocess(
    unsetIfEmpty,
    z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  ),
  MAIL_FROM: z.preprocess(unsetIfEmpty, z.string().max(300).optional()),
  MAIL_REPLY_TO: z.preprocess(unsetIfEmpty, z.email().optional()),
  /** A Twilio-compatible SMS API with its credentials, `https://SID:TOKEN@api.twilio.com`; unset, texts wait in the outbox. */
  SMS_PROVIDER_URL: z.preprocess(
    unsetIfEmpty,
    z
      .url({ protocol: /^https?$/, error: 'must be an https:// URL' })
      .refine(
        (u) => !URL.canParse(u) || (new URL(u).username !== '' && new URL(u).password !== ''),
        'must carry the account id and token: https://SID:TOKEN@api.twilio.com',
      )
      .optional(),
  ),
  /** The number texts are sent from (E.164). */
  SMS_FROM: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .regex(/^\+\d{7,15}$/, 'must be an E.164 number like +16175550100')
      .optional(),
  ),
  /** Waypoint's own SMTP listener for inbound mail, `host:port` (e.g. 127.0.0.1:2525); unset, none. */
  SMTP_LISTEN: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .regex(/^[\w.:-]+:\d{1,5}$/, 'must be host:port, e.g. 127.0.0.1:2525')
      .refine((v) => Number(v.slice(v.lastIndexOf(':') + 1)) <= 65535, 'port must be at most 65535')
      .optional(),
  ),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  snapshotDir: string;
  secureCookies: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  logLevel: string;
  publicUrl: string;
  /** The firm the public pages belong to, by slug; null: the oldest firm. */
  publicFirm: string | null;
  smtpUrl: string | undefined;
  mailFrom: string;
  mailReplyTo: string | null;
  smtpListen: { host: string; port: number } | null;
  sms: { providerUrl: string; from: string } | null;
}

/** Reads the configuration; throws with every invalid variable named. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const c = parsed.data;
  if (Boolean(c.SMS_PROVIDER_URL) !== Boolean(c.SMS_FROM))
    throw new Error('Invalid configuration: SMS_PROVIDER_URL and SMS_FROM are set together, or neither');
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL || undefined,
    dataDir: c.WAYPOINT_DATA_DIR,
    snapshotDir: c.WAYPOINT_SNAPSHOT_DIR ?? join(c.WAYPOINT_DATA_DIR, 'snapshots'),
    secureCookies: c.WAYPOINT_SECURE_COOKIES === 'true',
    sessionIdleMinutes: c.WAYPOINT_SESSION_IDLE_MINUTES,
    sessionMaxHours: c.WAYPOINT_SESSION_MAX_HOURS,
    logLevel: c.WAYPOINT_LOG_LEVEL,
    publicUrl: c.WAYPOINT_PUBLIC_URL ?? `http://localhost:${c.PORT}`,
    publicFirm: c.PUBLIC_FIRM ?? null,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM ?? 'Waypoint <waypoint@localhost>',
    mailReplyTo: c.MAIL_REPLY_TO ?? null,
    smtpListen: c.SMTP_LISTEN
      ? {
          host: c.SMTP_LISTEN.slice(0, c.SMTP_LISTEN.lastIndexOf(':')),
          port: Number(c.SMTP_LISTEN.slice(c.SMTP_LISTEN.lastIndexOf(':') + 1)),
        }
      : null,
    sms: c.SMS_PROVIDER_URL && c.SMS_FROM ? { providerUrl: c.SMS_PROVIDER_URL, from: c.SMS_FROM } : null,
  };
}
