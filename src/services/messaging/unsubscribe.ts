/**
 * @module Unsubscribing by the link in automatic and bulk mail: the token names the message (only its SHA-256 is
 * stored), and the message names the person and channel. Withdrawing twice records it once.
 */
import { appendAudit } from '../../store/audit.ts';
import { insertConsent, latestConsent } from '../../store/consent.ts';
import { findFirm } from '../../store/firms.ts';
import { findMessageByUnsubscribeToken, type MessageRow } from '../../store/messages.ts';
import type { ServiceContext } from '../context.ts';
import { hashToken } from './delivery.ts';

export interface UnsubscribeTarget {
  firmName: string;
  channel: 'email' | 'sms';
  /** Already unsubscribed from this channel. */
  done: boolean;
}

const personOf = (m: MessageRow) =>
  m.candidateId ? { candidateId: m.candidateId } : m.contactId ? { contactId: m.contactId } : null;

async function lookup(ctx: ServiceContext, token: string) {
  // A token is 32 url-safe characters; anything else cannot be one and costs no query.
  if (!/^[\w-]{16,64}$/.test(token)) return null;
  const message = await findMessageByUnsubscribeToken(ctx.store.db, hashToken(token));
  const person = message ? personOf(message) : null;
  return message && person ? { message, person } : null;
}

/** What the unsubscribe page shows for a token, or null for one that names nothing. */
export async function unsubscribeTarget(
  ctx: ServiceContext,
  token: string,
): Promise<UnsubscribeTarget | null> {
  const found = await lookup(ctx, token);
  if (!found) return null;
  const channel = found.message.channel as 'email' | 'sms';
  const [firm, consent] = await Promise.all([
    findFirm(ctx.store.db, found.message.firmId),
    latestConsent(ctx.store.db, found.message.firmId, found.person),
  ]);
  return { firmName: firm?.name ?? 'Waypoint', channel, done: consent[channel]?.status === 'withdrawn' };
}

/** Records the opt-out the link stands for; returns what it unsubscribed from, or null for an unknown token. */
export async function unsubscribe(
  ctx: ServiceContext,
  token: string,
  meta: { ip: string | null },
): Promise<UnsubscribeTarget | null> {
  const found = await lookup(ctx, token);
  if (!found) return null;
  const { message, person } = found;
  const channel = message.channel as 'email' | 'sms';
  await ctx.store.transaction(async (tx) => {
    const latest = (await latestConsent(tx, message.firmId, person))[channel];
    if (latest?.status === 'withdrawn') return;
    await insertConsent(tx, {
      firmId: message.firmId,
      candidateId: 'candidateId' in person ? person.candidateId : null,
      contactId: 'contactId' in person ? person.contactId : null,
      channel,
      status: 'withdrawn',
      source: 'unsubscribe_link',
      messageId: message.id,
      at: ctx.clock.now(),
    });
    await appendAudit(tx, {
      firmId: message.firmId,
      userId: null,
      action: 'consent.unsubscribe_link',
      targetType: 'candidateId' in person ? 'candidate' : 'contact',
      targetId: 'candidateId' in person ? person.candidateId : person.contactId,
      ip: meta.ip,
      detail: { channel, messageId: message.id },
    });
  });
  const firm = await findFirm(ctx.store.db, message.firmId);
  return { firmName: firm?.name ?? 'Waypoint', channel, done: true };
}
