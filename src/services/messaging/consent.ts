/** @module Consent and opt-out per person and channel: reading a person's state and recording a change. */
import type { ConsentView, RecordConsentRequest } from '../../contract/messages.ts';
import { forbidden, invalidField } from '../../domain/errors.ts';
import {
  type ConsentSource,
  type ConsentStatus,
  channelAllowed,
  type MessageChannel,
} from '../../domain/messaging.ts';
import { type Actor, canLogTouchpoint } from '../../domain/roles.ts';
import { appendAudit } from '../../store/audit.ts';
import { consentHistory, insertConsent, latestConsent } from '../../store/consent.ts';
import { userNames } from '../../store/messages.ts';
import type { Db, ServiceContext } from '../context.ts';
import { resolvePerson } from './people.ts';

type Who = { candidateId: string } | { contactId: string };

async function consentView(db: Db, firmId: string, who: Who): Promise<ConsentView> {
  const [latest, history] = await Promise.all([
    latestConsent(db, firmId, who),
    consentHistory(db, firmId, who),
  ]);
  const names = await userNames(
    db,
    firmId,
    history.map((h) => h.byUserId).filter((x): x is string => x !== null),
  );
  return {
    channels: (['email', 'sms'] as const).map((channel) => {
      const c = latest[channel];
      const status = (c?.status as ConsentStatus | undefined) ?? null;
      return {
        channel,
        status,
        allowed: channelAllowed(channel, status),
        at: c?.at.toISOString() ?? null,
        source: (c?.source as ConsentSource | undefined) ?? null,
      };
    }),
    history: history.map((h) => ({
      channel: h.channel as MessageChannel,
      status: h.status as ConsentStatus,
      source: h.source as ConsentSource,
      at: h.at.toISOString(),
      by: h.byUserId ? { id: h.byUserId, name: names.get(h.byUserId) ?? '' } : null,
      noticeVersion: h.noticeVersion,
      note: h.note,
    })),
  };
}

export async function getConsent(ctx: ServiceContext, actor: Actor, who: Who): Promise<ConsentView> {
  const person = await resolvePerson(ctx.store.db, actor.firmId, who);
  if (!canLogTouchpoint(actor, person)) throw forbidden();
  return consentView(ctx.store.db, actor.firmId, who);
}

/** Records consent a person gave or withdrew (told to staff): the latest entry per channel is what counts. */
export async function recordConsent(
  ctx: ServiceContext,
  actor: Actor,
  input: RecordConsentRequest,
): Promise<ConsentView> {
  const now = ctx.clock.now();
  const at = input.at ? new Date(input.at) : now;
  if (at.getTime() > now.getTime() + 60_000) throw invalidField('at', 'Cannot be in the future');
  await ctx.store.transaction(async (tx) => {
    const person = await resolvePerson(tx, actor.firmId, input.to);
    if (!canLogTouchpoint(actor, person)) throw forbidden();
    await insertConsent(tx, {
      firmId: actor.firmId,
      candidateId: person.kind === 'candidate' ? person.id : null,
      contactId: person.kind === 'contact' ? person.id : null,
      channel: input.channel,
      status: input.status,
      source: 'staff',
      noticeVersion: input.noticeVersion ?? null,
      note: input.note ?? null,
      byUserId: actor.userId,
      at,
    });
    await appendAudit(tx, {
      firmId: actor.firmId,
      userId: actor.userId,
      action: `consent.${input.status}`,
      targetType: person.kind,
      targetId: person.id,
      detail: { channel: input.channel },
    });
  });
  return consentView(ctx.store.db, actor.firmId, input.to);
}
