/** @module Composing: a template filled in for one person, the contact guard's report, and sending. */
import type {
  BulkMessageInput,
  BulkMessageResult,
  ComposeRequest,
  DraftRequest,
  DraftView,
  GuardReport,
  MessageView,
  SendMessageInput,
} from '../../contract/messages.ts';
import { DomainError, forbidden, invalidField } from '../../domain/errors.ts';
import { fillTemplate } from '../../domain/message-templates.ts';
import { type Actor, canLogTouchpoint } from '../../domain/roles.ts';
import { appendAudit } from '../../store/audit.ts';
import type { JobOrderView } from '../../store/job-orders.ts';
import { findMessageView, insertMessage } from '../../store/messages.ts';
import { findSubmission } from '../../store/submissions.ts';
import { type Db, found, missingReference, type ServiceContext } from '../context.ts';
import { presentMessage } from '../presenters/messages.ts';
import { type Composed, composedFacts, guardReport } from './guard.ts';
import { mergeValuesFor, orderFor } from './merge.ts';
import { initialStatus } from './outbox.ts';
import { addressFor, type Person, personColumns, resolvePerson } from './people.ts';
import { type Template, templateOf } from './settings.ts';

interface Prepared {
  person: Person;
  order: JobOrderView | null;
  template: Template | null;
}

/** Resolves and checks what a request names: the person (whom the actor may contact), the order, the template. */
async function prepare(
  db: Db,
  actor: Actor,
  input: {
    to: DraftRequest['to'];
    jobOrderId?: string | null | undefined;
    submissionId?: string | null | undefined;
    templateKey?: string | null | undefined;
  },
  channel: 'email' | 'sms' | null,
): Promise<Prepared> {
  const person = await resolvePerson(db, actor.firmId, input.to);
  if (!canLogTouchpoint(actor, person)) throw forbidden();
  const order = await orderFor(db, actor.firmId, input.jobOrderId);
  if (input.jobOrderId && !order) missingReference('jobOrderId', 'job order');
  if (order && person.client && order.clientId !== person.client.id)
    throw invalidField('jobOrderId', `Not a job order of ${person.client.name}`);
  if (input.submissionId) {
    const s = await findSubmission(db, actor.firmId, input.submissionId);
    if (!s || person.kind !== 'candidate' || s.candidateId !== person.id)
      missingReference('submissionId', 'submission of this candidate');
    if (order && s.jobOrderId !== order.id) throw invalidField('submissionId', 'Not on this job order');
  }
  const template = input.templateKey ? await templateOf(db, actor.firmId, input.templateKey) : null;
  if (template && channel && template.channel !== channel)
    throw invalidField('templateKey', `An ${template.channel === 'sms' ? 'SMS' : 'email'} template`);
  if (
    template &&
    template.audience !== (person.kind === 'candidate' ? 'candidate' : 'contact') &&
    template.key !== 'general'
  )
    throw invalidField(
      'templateKey',
      `A template for ${template.audience === 'contact' ? 'client contacts' : 'candidates'}`,
    );
  return { person, order, template };
}

/** Fills a template in for one person, with the sender's signature: the text the sender then edits. */
export async function draftMessage(
  ctx: ServiceContext,
  actor: Actor,
  input: DraftRequest,
): Promise<DraftView> {
  const db = ctx.store.db;
  const { person, order, template } = await prepare(db, actor, input, null);
  const t = found(template, 'Template');
  const values = await mergeValuesFor(db, person, actor.userId, order);
  const subject = t.subject === null ? null : fillTemplate(t.subject, values);
  const body = fillTemplate(t.body, values);
  return {
    channel: t.channel,
    templateKey: t.key,
    subject: subject?.text ?? null,
    body: body.text,
    missing: [...new Set([...(subject?.missing ?? []), ...body.missing])],
  };
}

const composedOf = (input: ComposeRequest, template: Template | null): Composed => ({
  channel: input.channel,
  templateKey: input.templateKey ?? null,
  // What it is about: the sender's words, else the template's name (a blank template says nothing).
  topic: input.topic ?? (template && template.key !== 'general' ? template.name : null),
  subject: input.channel === 'email' ? (input.subject ?? null) : null,
  body: input.body,
  jobOrderId: input.jobOrderId ?? null,
});

/** The contact guard's report on a message as composed so far. */
export async function checkMessage(
  ctx: ServiceContext,
  actor: Actor,
  input: ComposeRequest,
): Promise<GuardReport> {
  const db = ctx.store.db;
  const prepared = await prepare(db, actor, input, input.channel);
  return guardReport(
    db,
    prepared.person,
    actor.userId,
    composedOf(input, prepared.template),
    prepared.order,
    ctx.clock.now(),
  );
}

/**
 * Sends a message: checked by the guard again at the moment of sending (a colleague may have written meanwhile).
 * An opt-out refuses it; other warnings need the sender's reason, and both are kept with the message.
 */
export async function sendMessage(
  ctx: ServiceContext,
  actor: Actor,
  input: SendMessageInput,
): Promise<MessageView> {
  const now = ctx.clock.now();
  const id = await ctx.store.transaction(async (tx) => {
    const { person, order, template } = await prepare(tx, actor, input, input.channel);
    const toAddress = addressFor(person, input.channel, input.address);
    if (input.channel === 'email' && !input.subject)
      throw invalidField('subject', 'An email needs a subject');
    if (input.channel === 'sms' && input.body.length > 1600)
      throw invalidField('body', 'A text message is at most 1,600 characters');
    const composed = composedOf(input, template);
    const report = await guardReport(tx, person, actor.userId, composed, order, now);
    const consent = report.warnings.find((w) => w.kind === 'consent');
    if (consent) throw invalidField('channel', consent.message);
    if (report.warnings.length > 0 && !input.overrideReason) {
      throw new DomainError(
        'guard_warning',
        `Check before sending: ${report.warnings.map((w) => w.message).join('; ')}`,
        [{ path: 'overrideReason', message: 'Give a reason to send despite the warnings' }],
      );
    }
    const row = await insertMessage(tx, {
      firmId: actor.firmId,
      channel: input.channel,
      direction: 'out',
      kind: 'manual',
      status: initialStatus(ctx, input.channel),
      ...personColumns(person),
      toAddress,
      subject: composed.subject ?? null,
      body: input.body,
      templateKey: template?.key ?? null,
      topic: composed.topic ?? null,
      jobOrderId: order?.id ?? null,
      submissionId: input.submissionId ?? null,
      sentBy: actor.userId,
      guardWarnings: report.warnings,
      overrideReason: report.warnings.length > 0 ? (input.overrideReason ?? null) : null,
      facts: composedFacts(person, composed, now.toISOString().slice(0, 10)),
      nextAttemptAt: now,
      createdAt: now,
      updatedAt: now,
    });
    if (report.warnings.length > 0) {
      await appendAudit(tx, {
        firmId: actor.firmId,
        userId: actor.userId,
        action: 'message.sent_despite_guard',
        targetType: 'message',
        targetId: row.id,
        detail: { warnings: report.warnings.map((w) => w.kind), reason: input.overrideReason },
      });
    }
    return row.id;
  });
  return presentMessage(found(await findMessageView(ctx.store.db, actor.firmId, id), 'Message'));
}

/**
 * Sends one message to many people: the text's merge fields are filled for each, and each message is checked by the
 * guard as a single one would be. Opted-out people are skipped; so are people the guard warns about, unless the
 * sender gave a reason for all. Automatic and bulk mail carries an unsubscribe link (added when it is sent).
 */
export async function sendBulkMessage(
  ctx: ServiceContext,
  actor: Actor,
  input: BulkMessageInput,
): Promise<BulkMessageResult> {
  if (input.channel === 'email' && !input.subject) throw invalidField('subject', 'An email needs a subject');
  const now = ctx.clock.now();
  const queued: BulkMessageResult['queued'] = [];
  const skipped: BulkMessageResult['skipped'] = [];
  const seen = new Set<string>();
  await ctx.store.transaction(async (tx) => {
    for (const [i, to] of input.to.entries()) {
      const key = 'candidateId' in to ? to.candidateId : to.contactId;
      if (seen.has(key)) continue;
      seen.add(key);
      let prepared: Prepared;
      try {
        prepared = await prepare(
          tx,
          actor,
          { to, jobOrderId: input.jobOrderId, templateKey: input.templateKey },
          input.channel,
        );
      } catch (error) {
        if (error instanceof DomainError && error.code === 'not_found')
          throw invalidField(`to.${i}`, 'No such person');
        throw error;
      }
      const { person, order, template } = prepared;
      const ref = { id: person.id, name: person.fullName };
      const address = (input.channel === 'email' ? person.emails : person.phones)[0];
      if (!address) {
        skipped.push({
          to: ref,
          reason: `No ${input.channel === 'email' ? 'email address' : 'phone number'}`,
        });
        continue;
      }
      const values = await mergeValuesFor(tx, person, actor.userId, order);
      const subject = input.subject ? fillTemplate(input.subject, values).text : null;
      const body = fillTemplate(input.body, values).text;
      const composed = composedOf({ ...input, to, subject, body }, template);
      const report = await guardReport(tx, person, actor.userId, composed, order, now);
      const consent = report.warnings.find((w) => w.kind === 'consent');
      if (consent) {
        skipped.push({ to: ref, reason: consent.message });
        continue;
      }
      if (report.warnings.length > 0 && !input.overrideReason) {
        skipped.push({ to: ref, reason: report.warnings.map((w) => w.message).join('; ') });
        continue;
      }
      const row = await insertMessage(tx, {
        firmId: actor.firmId,
        channel: input.channel,
        direction: 'out',
        kind: 'bulk',
        status: initialStatus(ctx, input.channel),
        ...personColumns(person),
        toAddress: address,
        subject,
        body,
        templateKey: template?.key ?? null,
        topic: composed.topic ?? null,
        jobOrderId: order?.id ?? null,
        sentBy: actor.userId,
        guardWarnings: report.warnings,
        overrideReason: report.warnings.length > 0 ? (input.overrideReason ?? null) : null,
        facts: composedFacts(person, composed, now.toISOString().slice(0, 10)),
        nextAttemptAt: now,
        createdAt: now,
        updatedAt: now,
      });
      queued.push({ messageId: row.id, to: ref });
    }
    await appendAudit(tx, {
      firmId: actor.firmId,
      userId: actor.userId,
      action: 'message.bulk',
      detail: { queued: queued.length, skipped: skipped.length, channel: input.channel },
    });
  });
  return { queued, skipped };
}
