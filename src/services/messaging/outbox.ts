/**
 * @module Putting a message on its way: queued for the delivery worker when its channel has a transport, held in
 * the outbox otherwise. Called in the caller's transaction, so a message exists exactly when its cause does.
 */
import type { MessageChannel, MessageKind } from '../../domain/messaging.ts';
import { insertMessage, type MessageRow, type NewMessage } from '../../store/messages.ts';
import type { Db, ServiceContext } from '../context.ts';
import { hasTransport } from './transports.ts';

/** The status a message leaving now starts in. */
export const initialStatus = (ctx: ServiceContext, channel: MessageChannel) =>
  hasTransport(ctx.transports, channel) ? ('queued' as const) : ('outbox' as const);

export interface StaffMail {
  firmId: string;
  /** The staff member it is for. */
  userId: string;
  toAddress: string;
  kind: Extract<MessageKind, 'digest' | 'escalation' | 'notice'>;
  subject: string;
  body: string;
  /** Groups it for the guard and for counting (e.g. `digest:2026-11-23`). */
  topic?: string;
}

/** What a mail says and to whom; the outbox fills in the rest (outgoing email, leaving now). */
type Mail = Omit<
  NewMessage,
  'channel' | 'direction' | 'status' | 'nextAttemptAt' | 'createdAt' | 'updatedAt'
>;

/** Queues an email leaving now, in the caller's transaction. */
function queueEmail(db: Db, ctx: ServiceContext, mail: Mail): Promise<MessageRow> {
  const now = ctx.clock.now();
  return insertMessage(db, {
    ...mail,
    channel: 'email',
    direction: 'out',
    status: initialStatus(ctx, 'email'),
    nextAttemptAt: now,
    createdAt: now,
    updatedAt: now,
  });
}

/** Queues a mail to a member of staff (a digest, an escalation, a notice), in the caller's transaction. */
export function queueStaffMail(db: Db, ctx: ServiceContext, mail: StaffMail): Promise<MessageRow> {
  const { topic, ...rest } = mail;
  return queueEmail(db, ctx, { ...rest, topic: topic ?? null });
}

/**
 * Queues a confirmation to a candidate or a client's contact: it answers something they just did on a public page,
 * so it carries no unsubscribe.
 */
export function queueConfirmation(
  db: Db,
  ctx: ServiceContext,
  mail: Omit<Mail, 'kind'> & { toAddress: string; subject: string; body: string; topic: string },
): Promise<MessageRow> {
  return queueEmail(db, ctx, { ...mail, kind: 'confirmation' });
}
