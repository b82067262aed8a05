/** @module The message boxes: listing, counts, retry, cancel, sending a proposed update, filing triage mail. */
import type {
  FileMessageRequest,
  ListMessagesInput,
  MessageCounts,
  MessagePage,
  MessageView,
  SendProposedRequest,
} from '../../contract/messages.ts';
import { DomainError, forbidden, invalidField } from '../../domain/errors.ts';
import { pendingStatuses } from '../../domain/messaging.ts';
import { type Actor, canLogTouchpoint } from '../../domain/roles.ts';
import { appendAudit } from '../../store/audit.ts';
import {
  countMessages,
  findMessage,
  findMessageView,
  listMessageViews,
  type MessageFilter,
  type MessageRow,
  updateMessage,
} from '../../store/messages.ts';
import { assertUpdated, assertVersion, type Db, found, type ServiceContext } from '../context.ts';
import { presentMessage } from '../presenters/messages.ts';
import { fileInbound } from './filing.ts';
import { guardReport } from './guard.ts';
import { orderFor } from './merge.ts';
import { initialStatus } from './outbox.ts';
import { resolvePerson } from './people.ts';
import { hasTransport } from './transports.ts';

const boxFilter: Record<ListMessagesInput['box'], Pick<MessageFilter, 'statuses' | 'direction'>> = {
  outbox: { statuses: pendingStatuses, direction: 'out' },
  proposed: { statuses: ['proposed'] },
  failed: { statuses: ['failed'] },
  sent: { statuses: ['sent'], direction: 'out' },
  inbox: { statuses: ['received'], direction: 'in' },
  triage: { statuses: ['triage'] },
  all: {},
};

export async function listMessages(
  ctx: ServiceContext,
  actor: Actor,
  q: ListMessagesInput,
): Promise<MessagePage> {
  const filter: MessageFilter = {
    ...boxFilter[q.box],
    viewerId: actor.userId,
    ...(q.candidateId ? { candidateId: q.candidateId } : {}),
    ...(q.clientId ? { clientId: q.clientId } : {}),
    ...(q.contactId ? { contactId: q.contactId } : {}),
  };
  if (q.mine === 'true') {
    if (q.box === 'proposed') filter.ownedBy = actor.userId;
    else filter.sentBy = actor.userId;
  }
  const { rows, total } = await listMessageViews(ctx.store.db, actor.firmId, filter, {
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows.map(presentMessage), total, page: q.page, pageSize: q.pageSize };
}

export async function messageCounts(ctx: ServiceContext, actor: Actor): Promise<MessageCounts> {
  const db = ctx.store.db;
  const count = (box: ListMessagesInput['box']) =>
    countMessages(db, actor.firmId, { ...boxFilter[box], viewerId: actor.userId });
  const [outbox, proposed, failed, triage] = await Promise.all([
    count('outbox'),
    countMessages(db, actor.firmId, { ...boxFilter.proposed, viewerId: actor.userId, ownedBy: actor.userId }),
    count('failed'),
    count('triage'),
  ]);
  return {
    outbox,
    proposed,
    failed,
    triage,
    transports: { email: hasTransport(ctx.transports, 'email'), sms: hasTransport(ctx.transports, 'sms') },
  };
}

/** A message the actor may see: the firm's person mail, or staff mail addressed to them. */
async function visible(db: Db, actor: Actor, id: string): Promise<MessageRow> {
  const m = found(await findMessage(db, actor.firmId, id), 'Message');
  if (m.userId !== null && m.userId !== actor.userId) throw found(null, 'Message');
  return m;
}

async function view(db: Db, actor: Actor, id: string): Promise<MessageView> {
  return presentMessage(found(await findMessageView(db, actor.firmId, id), 'Message'));
}

export async function getMessage(ctx: ServiceContext, actor: Actor, id: string): Promise<MessageView> {
  await visible(ctx.store.db, actor, id);
  return view(ctx.store.db, actor, id);
}

const mayHandle = (actor: Actor, m: MessageRow) =>
  canLogTouchpoint(actor, m) && (m.userId === null || m.userId === actor.userId);

/** Changes a message the actor read at `version`, from one of `from`; a stale version or state is a 409. */
async function move(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  version: number,
  from: readonly string[],
  patch: Parameters<typeof updateMessage>[4],
  action: string,
) {
  await ctx.store.transaction(async (tx) => {
    const m = await visible(tx, actor, id);
    if (!mayHandle(actor, m)) throw forbidden();
    if (!from.includes(m.status))
      throw new DomainError('invalid_transition', `This message is ${m.status}`, [
        { path: 'status', message: `cannot do this to a ${m.status} message` },
      ]);
    assertUpdated(
      (await updateMessage(tx, actor.firmId, id, { version, fromStatuses: from }, patch, ctx.clock.now())) !==
        null,
      'Message',
    );
    await appendAudit(tx, {
      firmId: actor.firmId,
      userId: actor.userId,
      action,
      targetType: 'message',
      targetId: id,
    });
  });
  return view(ctx.store.db, actor, id);
}

export const retryMessage = (ctx: ServiceContext, actor: Actor, id: string, version: number) =>
  move(
    ctx,
    actor,
    id,
    version,
    ['failed', 'retrying'],
    { status: 'queued', nextAttemptAt: ctx.clock.now(), lastError: null, attempts: 0 },
    'message.retry',
  );

export const cancelMessage = (ctx: ServiceContext, actor: Actor, id: string, version: number) =>
  move(
    ctx,
    actor,
    id,
    version,
    ['proposed', 'outbox', 'queued', 'retrying', 'failed'],
    { status: 'cancelled', nextAttemptAt: null },
    'message.cancel',
  );

/**
 * Sends a proposed status update, as proposed or edited, with the guard checked as for any message. It goes as the
 * person who approved it.
 */
export async function sendProposed(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: SendProposedRequest,
): Promise<MessageView> {
  const now = ctx.clock.now();
  await ctx.store.transaction(async (tx) => {
    const m = await visible(tx, actor, id);
    if (!mayHandle(actor, m)) throw forbidden();
    if (m.status !== 'proposed')
      throw new DomainError('invalid_transition', `This message is ${m.status}, not proposed`);
    const person = await resolvePerson(
      tx,
      actor.firmId,
      m.candidateId ? { candidateId: m.candidateId } : { contactId: m.contactId! },
    );
    if (m.channel === 'email' && !input.subject) throw invalidField('subject', 'An email needs a subject');
    const order = await orderFor(tx, actor.firmId, m.jobOrderId);
    const report = await guardReport(
      tx,
      person,
      actor.userId,
      {
        channel: m.channel as 'email',
        templateKey: m.templateKey,
        topic: m.topic,
        subject: input.subject,
        body: input.body,
        jobOrderId: m.jobOrderId,
      },
      order,
      now,
    );
    // This update's own earlier proposal is not a duplicate of itself.
    const warnings = report.warnings.filter((w) => w.kind !== 'duplicate' || w.source !== 'topic');
    const consent = warnings.find((w) => w.kind === 'consent');
    if (consent) throw invalidField('channel', consent.message);
    if (warnings.length > 0 && !input.overrideReason)
      throw new DomainError(
        'guard_warning',
        `Check before sending: ${warnings.map((w) => w.message).join('; ')}`,
        [{ path: 'overrideReason', message: 'Give a reason to send despite the warnings' }],
      );
    assertUpdated(
      (await updateMessage(
        tx,
        actor.firmId,
        id,
        { version: input.version, fromStatuses: ['proposed'] },
        {
          status: initialStatus(ctx, m.channel as 'email'),
          subject: input.subject ?? null,
          body: input.body,
          sentBy: actor.userId,
          guardWarnings: warnings,
          overrideReason: warnings.length > 0 ? (input.overrideReason ?? null) : null,
          nextAttemptAt: now,
        },
        now,
      )) !== null,
      'Message',
    );
  });
  return view(ctx.store.db, actor, id);
}

/** Files a message from triage on a candidate's or contact's timeline. */
export async function fileMessage(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: FileMessageRequest,
): Promise<MessageView> {
  await ctx.store.transaction(async (tx) => {
    const m = await visible(tx, actor, id);
    if (!mayHandle(actor, m)) throw forbidden();
    if (m.status !== 'triage')
      throw new DomainError('invalid_transition', `This message is ${m.status}, not in triage`);
    assertVersion(m, input.version, 'Message');
    const person = await resolvePerson(tx, actor.firmId, input.to);
    await fileInbound(tx, ctx, m, person);
    await appendAudit(tx, {
      firmId: actor.firmId,
      userId: actor.userId,
      action: 'message.file',
      targetType: 'message',
      targetId: id,
    });
  });
  return view(ctx.store.db, actor, id);
}
