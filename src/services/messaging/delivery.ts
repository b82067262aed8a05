/**
 * @module The delivery worker: claims due messages, sends each through its channel's transport, and records the
 * outcome. A sent message to a person becomes a touchpoint on their timeline in the same transaction that marks it
 * sent. A failed attempt is retried with backoff until MAX_ATTEMPTS, then shown as failed.
 *
 * Delivery is at-least-once: a process that dies between the SMTP server's acceptance and the commit leaves the
 * message "sending" until its lease lapses, and it is sent again. Claims are leased in the database, so a restart
 * or a second process never takes a message another holds.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { channelAllowed, MAX_ATTEMPTS, type MessageChannel, retryDelayMs } from '../../domain/messaging.ts';
import { latestConsent } from '../../store/consent.ts';
import { findFirm } from '../../store/firms.ts';
import {
  claimDue,
  findMessage,
  type MessageRow,
  releaseOutbox,
  updateMessage,
} from '../../store/messages.ts';
import { findUserView } from '../../store/users.ts';
import type { ServiceContext } from '../context.ts';
import { recordTouchpoint } from '../touchpoints.ts';
import type { Transports } from './transports.ts';

const LEASE_MS = 2 * 60_000;
const BATCH = 20;

/** Kinds that carry an unsubscribe link: mail Waypoint sends by itself or to many. */
const UNSUBSCRIBABLE = new Set(['status_update', 'bulk']);

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const channelsWith = (t: Transports | undefined): MessageChannel[] =>
  t ? (['email', 'sms'] as const).filter((c) => t[c] !== null) : [];

/** Moves messages that waited in the outbox into the queue, for the channels that now have a transport. */
export async function releaseWaiting(ctx: ServiceContext): Promise<number> {
  return releaseOutbox(ctx.store.db, channelsWith(ctx.transports), ctx.clock.now());
}

/** An error a transport says is permanent (a refused address, a 4xx from the SMS provider): no point retrying. */
function isPermanent(error: unknown): boolean {
  const e = error as { responseCode?: number; retryable?: boolean };
  if (e.retryable === false) return true;
  return typeof e.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600;
}

const displayName = (s: string) => `"${s.replace(/["\\\r\n]/g, '')}"`;

async function sendOne(
  ctx: ServiceContext,
  t: Transports,
  m: MessageRow,
): Promise<{ providerId: string | null; messageId: string | null; unsubscribeHash: string | null }> {
  const db = ctx.store.db;
  if (m.channel === 'sms') {
    const { providerId } = await t.sms!.send({ to: m.toAddress, body: m.body });
    return { providerId, messageId: null, unsubscribeHash: null };
  }
  const firm = await findFirm(db, m.firmId);
  const sender = m.sentBy ? await findUserView(db, m.firmId, m.sentBy) : null;
  const fromAddress = /<([^>]+)>/.exec(t.mailFrom)?.[1] ?? t.mailFrom;
  const domain = fromAddress.split('@')[1] ?? 'waypoint.invalid';
  const messageId = m.messageId ?? `<${randomUUID()}@${domain}>`;
  const name = sender ? `${sender.name} (${firm?.name ?? 'Waypoint'})` : (firm?.name ?? 'Waypoint');
  let text = m.body;
  const headers: Record<string, string> = {};
  let unsubscribeHash: string | null = null;
  if (UNSUBSCRIBABLE.has(m.kind) && (m.candidateId || m.contactId)) {
    const token = randomBytes(24).toString('base64url');
    unsubscribeHash = hashToken(token);
    const link = `${t.publicUrl.replace(/\/$/, '')}/unsubscribe/${token}`;
    text = `${text}\n\n--\nTo stop these emails: ${link}`;
    headers['List-Unsubscribe'] = `<${link}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    // The token must be stored before the mail can carry it: a click that arrives first must find it.
    await updateMessage(
      db,
      m.firmId,
      m.id,
      {},
      { unsubscribeTokenHash: unsubscribeHash, messageId },
      ctx.clock.now(),
    );
  } else if (!m.messageId) {
    await updateMessage(db, m.firmId, m.id, {}, { messageId }, ctx.clock.now());
  }
  const replyTo = t.replyTo ?? (sender ? sender.email : undefined);
  const result = await t.email!.send({
    from: `${displayName(name)} <${fromAddress}>`,
    to: m.toAddress,
    replyTo,
    subject: m.subject ?? '',
    text,
    messageId,
    headers,
  });
  if (!result.accepted)
    throw Object.assign(new Error(result.response || 'Refused by the mail server'), { retryable: false });
  return { providerId: result.response ?? null, messageId, unsubscribeHash };
}

/** Records a message as sent and, when it is to a person, its touchpoint. */
async function markSent(
  ctx: ServiceContext,
  m: MessageRow,
  out: { providerId: string | null; messageId: string | null },
) {
  const now = ctx.clock.now();
  await ctx.store.transaction(async (tx) => {
    let touchpointId: number | null = null;
    if (m.candidateId || m.clientId) {
      const tp = await recordTouchpoint(tx, {
        firmId: m.firmId,
        subject: m.candidateId
          ? { type: 'candidate', candidateId: m.candidateId }
          : { type: 'client', clientId: m.clientId!, contactId: m.contactId },
        activity: 'contacted',
        channel: m.channel === 'sms' ? 'sms' : 'email',
        direction: 'out',
        // An update Waypoint sent by itself has no sender; one a person wrote or approved is theirs.
        actor: m.sentBy ? { kind: 'user', userId: m.sentBy } : { kind: 'system' },
        occurredAt: now,
        jobOrderId: m.jobOrderId,
        submissionId: m.submissionId,
        placementId: m.placementId,
        summary: m.subject ?? m.body.slice(0, 160),
        outcome: 'sent',
        meta: { messageId: m.id, kind: m.kind, ...(m.templateKey ? { templateKey: m.templateKey } : {}) },
      });
      touchpointId = tp.id;
    }
    await updateMessage(
      tx,
      m.firmId,
      m.id,
      {},
      {
        status: 'sent',
        sentAt: now,
        leaseUntil: null,
        lastError: null,
        nextAttemptAt: null,
        providerId: out.providerId,
        messageId: out.messageId ?? m.messageId,
        touchpointId,
      },
      now,
    );
  });
}

async function markFailed(ctx: ServiceContext, m: MessageRow, error: unknown) {
  const now = ctx.clock.now();
  const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  const givingUp = m.attempts >= MAX_ATTEMPTS || isPermanent(error);
  await updateMessage(
    ctx.store.db,
    m.firmId,
    m.id,
    {},
    {
      status: givingUp ? 'failed' : 'retrying',
      leaseUntil: null,
      lastError: reason,
      nextAttemptAt: givingUp ? null : new Date(now.getTime() + retryDelayMs(m.attempts)),
    },
    now,
  );
}

/**
 * Sends what is due. Returns how many were sent and how many failed this round. Safe to run from several
 * processes and after a crash: each message is claimed under a lease first.
 */
export async function deliverDue(ctx: ServiceContext): Promise<{ sent: number; failed: number }> {
  const t = ctx.transports;
  const channels = channelsWith(t);
  if (!t || channels.length === 0) return { sent: 0, failed: 0 };
  let sent = 0;
  let failed = 0;
  for (;;) {
    const now = ctx.clock.now();
    const claimed = await claimDue(ctx.store.db, channels, now, new Date(now.getTime() + LEASE_MS), BATCH);
    if (claimed.length === 0) break;
    for (const m of claimed) {
      // The person may have opted out since it was written: it is then withdrawn, not sent.
      if (m.candidateId || m.contactId) {
        const consent = await latestConsent(
          ctx.store.db,
          m.firmId,
          m.candidateId ? { candidateId: m.candidateId } : { contactId: m.contactId! },
        );
        const latest = consent[m.channel as MessageChannel];
        const status = latest?.status === 'granted' || latest?.status === 'withdrawn' ? latest.status : null;
        if (!channelAllowed(m.channel as MessageChannel, status)) {
          await updateMessage(
            ctx.store.db,
            m.firmId,
            m.id,
            {},
            { status: 'cancelled', leaseUntil: null, lastError: 'The person opted out of this channel' },
            ctx.clock.now(),
          );
          continue;
        }
      }
      try {
        const out = await sendOne(ctx, t, m);
        await markSent(ctx, m, out);
        sent++;
      } catch (error) {
        await markFailed(ctx, (await findMessage(ctx.store.db, m.firmId, m.id)) ?? m, error);
        failed++;
      }
    }
    if (claimed.length < BATCH) break;
  }
  return { sent, failed };
}
