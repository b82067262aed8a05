/**
 * @module Mail and texts that come in: each is filed on the timeline of the person it comes from (matched by
 * address), or put in triage for staff to file when nobody, or more than one person, matches. A reply to a message
 * Waypoint sent follows its thread to that message's person.
 */
import { createHash, randomUUID } from 'node:crypto';
import { normalizeEmail, normalizePhone } from '../../domain/contact-points.ts';
import type { MessageChannel } from '../../domain/messaging.ts';
import { insertConsent } from '../../store/consent.ts';
import { oldestFirm } from '../../store/firms.ts';
import { type AddressOwner, ownersOf } from '../../store/inbound.ts';
import { findMessageByHeaderId, insertInbound, type MessageRow } from '../../store/messages.ts';
import type { Db, ServiceContext } from '../context.ts';
import { fileInbound } from './filing.ts';
import { type Person, resolvePerson } from './people.ts';

/** The most of a message's text that is kept: a message is correspondence, not a file store. */
const MAX_TEXT = 100_000;

export interface InboundMail {
  from: string;
  to: string[];
  subject: string | null;
  text: string;
  /** The sender's Message-ID: a redelivery of one already filed is ignored. */
  messageId: string | null;
  inReplyTo: string | null;
  /** The thread's Message-IDs (References), oldest first: a reply that lost its In-Reply-To still follows it. */
  references?: string[];
  /** Sent by a machine on the person's behalf (an out-of-office reply: RFC 3834 Auto-Submitted and kin). */
  automatic?: boolean;
  receivedAt: Date;
}

export interface InboundOutcome {
  /** `received`: on a person's timeline; `triage`: waiting for staff; `duplicate`: already filed. */
  status: 'received' | 'triage' | 'duplicate';
  firmIds: string[];
}

const toPerson = (db: Db, o: AddressOwner): Promise<Person> =>
  resolvePerson(db, o.firmId, o.kind === 'candidate' ? { candidateId: o.id } : { contactId: o.id });

/** The longest Message-ID kept as it is; a longer one is kept as its hash (the unique index's keys stay small). */
const MAX_ID = 500;
const boundedId = (id: string) =>
  id.length <= MAX_ID ? id : `<${createHash('sha256').update(id).digest('hex')}@hashed.waypoint>`;

/** The Message-IDs a message may answer, most likely first: In-Reply-To, then References newest first. */
const threadIds = (inReplyTo: string | null, references: string[] = []) =>
  [...new Set([inReplyTo, ...references.slice(-20).reverse()])].filter(
    (id): id is string => !!id && id.length <= MAX_ID,
  );

/**
 * Where a message goes: the thread it answers; else the one person with its address; else triage — in the firm
 * of the people it matched (several people: staff choose), or, matching nobody, the deployment's first firm.
 */
async function route(
  db: Db,
  owners: AddressOwner[],
  thread: string[],
): Promise<{ firmId: string; person: Person | null; answers: MessageRow | null }[]> {
  for (const id of thread) {
    const original = await findMessageByHeaderId(db, id);
    if (original && (original.candidateId || original.contactId)) {
      const person = await resolvePerson(
        db,
        original.firmId,
        original.candidateId ? { candidateId: original.candidateId } : { contactId: original.contactId! },
      );
      return [{ firmId: original.firmId, person, answers: original }];
    }
  }
  if (owners.length === 1)
    return [{ firmId: owners[0]!.firmId, person: await toPerson(db, owners[0]!), answers: null }];
  if (owners.length > 1) {
    // The same address on several people: triage in each firm that knows it (no firm's mail goes to a firm that
    // does not already hold the address).
    const firms = [...new Set(owners.map((o) => o.firmId))];
    return firms.map((firmId) => ({ firmId, person: null, answers: null }));
  }
  const firmId = (await oldestFirm(db))?.id;
  // Before any firm is set up there is nowhere to keep it: refused for now (the SMTP listener answers 451 and the
  // sending server tries again later), never accepted and dropped.
  if (!firmId) throw new Error('No firm is set up yet to receive messages');
  return [{ firmId, person: null, answers: null }];
}

async function receive(
  ctx: ServiceContext,
  channel: MessageChannel,
  m: {
    from: string;
    to: string;
    subject: string | null;
    text: string;
    messageId: string | null;
    inReplyTo: string | null;
    thread: string[];
    automatic?: boolean;
    receivedAt: Date;
  },
  owners: AddressOwner[],
  /** Runs for each message stored (filed or in triage), in the same transaction. */
  afterInsert?: (db: Db, message: MessageRow) => Promise<void>,
): Promise<InboundOutcome> {
  return ctx.store.transaction(async (tx) => {
    const targets = await route(tx, owners, m.thread);
    const filed: string[] = [];
    let duplicate = false;
    for (const t of targets) {
      const row = await insertInbound(tx, {
        firmId: t.firmId,
        channel,
        direction: 'in',
        kind: 'inbound',
        status: 'triage',
        toAddress: m.to,
        fromAddress: m.from,
        subject: m.subject,
        body: m.text.length > MAX_TEXT ? `${m.text.slice(0, MAX_TEXT)}\n[…]` : m.text,
        messageId: m.messageId ? boundedId(m.messageId) : `<inbound-${randomUUID()}@waypoint>`,
        inReplyTo: m.inReplyTo?.slice(0, 998) ?? null,
        replyToMessageId: t.answers?.id ?? null,
        jobOrderId: t.answers?.jobOrderId ?? null,
        receivedAt: m.receivedAt,
        createdAt: ctx.clock.now(),
        updatedAt: ctx.clock.now(),
      });
      if (!row) {
        duplicate = true;
        continue;
      }
      if (t.person) await fileInbound(tx, ctx, row, t.person, { automatic: m.automatic === true });
      await afterInsert?.(tx, row);
      filed.push(t.firmId);
    }
    if (filed.length === 0 && duplicate) return { status: 'duplicate', firmIds: [] };
    return { status: targets.some((t) => t.person) ? 'received' : 'triage', firmIds: filed };
  });
}

/** Files one inbound email. */
export async function receiveInbound(ctx: ServiceContext, mail: InboundMail): Promise<InboundOutcome> {
  const from = normalizeEmail(mail.from);
  const owners = from ? await ownersOf(ctx.store.db, 'email', from) : [];
  return receive(
    ctx,
    'email',
    {
      from,
      to: mail.to.join(', ').slice(0, 1000),
      subject: mail.subject?.slice(0, 998) ?? null,
      text: mail.text,
      messageId: mail.messageId,
      inReplyTo: mail.inReplyTo,
      thread: threadIds(mail.inReplyTo, mail.references),
      automatic: mail.automatic,
      receivedAt: mail.receivedAt,
    },
    owners,
  );
}

const STOP_WORDS = new Set(['stop', 'stopall', 'unsubscribe', 'cancel', 'end', 'quit']);

/**
 * Files one inbound text message. A reply of STOP (or UNSUBSCRIBE, STOPALL…) is also the person withdrawing
 * consent to texts, recorded at once — for everyone in the firm with that number: the opt-out is the number's (the
 * provider stops delivering to it too), even when a shared phone sends the text itself to triage.
 */
export async function receiveInboundSms(
  ctx: ServiceContext,
  sms: { from: string; to: string; body: string; providerId: string | null; receivedAt: Date },
): Promise<InboundOutcome> {
  const owners = await ownersOf(ctx.store.db, 'phone', normalizePhone(sms.from));
  const isStop = STOP_WORDS.has(sms.body.trim().toLowerCase());
  return receive(
    ctx,
    'sms',
    {
      from: sms.from,
      to: sms.to,
      subject: null,
      text: sms.body,
      messageId: sms.providerId ? `<sms-${sms.providerId}@waypoint>` : null,
      inReplyTo: null,
      thread: [],
      receivedAt: sms.receivedAt,
    },
    owners,
    isStop
      ? async (db, message) => {
          for (const owner of owners.filter((o) => o.firmId === message.firmId)) {
            await insertConsent(db, {
              firmId: owner.firmId,
              candidateId: owner.kind === 'candidate' ? owner.id : null,
              contactId: owner.kind === 'contact' ? owner.id : null,
              channel: 'sms',
              status: 'withdrawn',
              source: 'reply_stop',
              messageId: message.id,
              at: sms.receivedAt,
            });
          }
        }
      : undefined,
  );
}
