/** @module Filing a received message on a person's timeline: the message names them, and a touchpoint records it. */
import { type MessageRow, updateMessage } from '../../store/messages.ts';
import type { Db, ServiceContext } from '../context.ts';
import { recordTouchpoint } from '../touchpoints.ts';
import { type Person, personColumns, subjectOf } from './people.ts';

/**
 * Files an inbound message as from `person`: an inbound contact on their timeline (which starts the reply-response
 * standard's clock) and the message marked received, in the caller's transaction. An automatic reply (out of
 * office) is on the timeline too, but as Waypoint's record of it, not the person's contact: nobody owes it an answer.
 */
export async function fileInbound(
  db: Db,
  ctx: ServiceContext,
  message: MessageRow,
  person: Person,
  options: { automatic?: boolean } = {},
) {
  const at = message.receivedAt ?? message.createdAt;
  const tp = await recordTouchpoint(db, {
    firmId: message.firmId,
    subject: subjectOf(person),
    activity: 'contacted',
    channel: message.channel === 'sms' ? 'sms' : 'email',
    direction: 'in',
    actor: options.automatic ? { kind: 'system' } : { kind: 'subject' },
    occurredAt: at,
    summary: message.subject ?? message.body.slice(0, 160),
    outcome: options.automatic ? 'auto_reply' : 'received',
    meta: options.automatic ? { messageId: message.id, automatic: true } : { messageId: message.id },
  });
  return updateMessage(
    db,
    message.firmId,
    message.id,
    {},
    { status: 'received', ...personColumns(person), touchpointId: tp.id },
    ctx.clock.now(),
  );
}
