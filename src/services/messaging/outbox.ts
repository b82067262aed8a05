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

/** Queues a mail to a member of staff (a digest, an escalation, a notice), in the caller's transaction. */
export async function queueStaffMail(db: Db, ctx: ServiceContext, mail: StaffMail): Promise<MessageRow> {
  const now = ctx.clock.now();
  const values: NewMessage = {
    firmId: mail.firmId,
    channel: 'email',
    direction: 'out',
    kind: mail.kind,
    status: initialStatus(ctx, 'email'),
    userId: mail.userId,
    toAddress: mail.toAddress,
    subject: mail.subject,
    body: mail.body,
    topic: mail.topic ?? null,
    nextAttemptAt: now,
    createdAt: now,
    updatedAt: now,
  };
  return insertMessage(db, values);
}
