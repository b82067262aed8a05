/** @module Touchpoints: appending them (by hand, or as part of another change) and reading timelines. */
import type {
  LogTouchpointInput,
  Timeline,
  TimelineQueryInput,
  TouchpointView,
} from '../contract/touchpoints.ts';
import { DomainError, forbidden, invalidField } from '../domain/errors.ts';
import { builtInActivities } from '../domain/journey-definition.ts';
import { type Actor, canLogTouchpoint, canRead } from '../domain/roles.ts';
import {
  type Activity,
  activityForManualLog,
  type Channel,
  type Direction,
  manualChannels,
  type SubjectType,
} from '../domain/touchpoint.ts';
import { findCandidate } from '../store/candidates.ts';
import { findClient } from '../store/clients.ts';
import { findContact } from '../store/contacts.ts';
import { guarded } from '../store/db-errors.ts';
import { findJobOrder } from '../store/job-orders.ts';
import {
  appendTouchpoint,
  findTouchpoint,
  type NewTouchpoint,
  type TimelineScope,
  timeline,
} from '../store/touchpoints.ts';
import { type Db, found, missingReference, type ServiceContext } from './context.ts';
import { activityLabelsOf, currentDefinition } from './journey-definitions.ts';
import { presentTouchpoint } from './presenters/touchpoints.ts';

type Subject =
  | { type: 'candidate'; candidateId: string }
  | { type: 'client'; clientId: string; contactId?: string | null };

/** Who did it: a staff member, the person themselves (a form, a reply), or Waypoint (a timer, a consequence). */
export type TouchpointActor = { kind: 'user'; userId: string } | { kind: 'subject' } | { kind: 'system' };

export interface TouchpointInput {
  firmId: string;
  subject: Subject;
  /** A built-in activity, or one the firm added to its journey definition. */
  activity: Activity | (string & {});
  channel: Channel;
  direction?: Direction | null;
  actor: TouchpointActor;
  occurredAt: Date;
  jobOrderId?: string | null;
  submissionId?: string | null;
  placementId?: string | null;
  summary?: string | null;
  outcome?: string | null;
  /** The touchpoint this one corrects (voids). */
  voidsId?: number | null;
  meta?: Record<string, unknown>;
}

export const byUser = (actor: Actor): TouchpointActor => ({ kind: 'user', userId: actor.userId });

/**
 * Appends a touchpoint in the caller's transaction: the change and its touchpoint land together or not at all.
 */
export async function recordTouchpoint(db: Db, input: TouchpointInput) {
  const values: NewTouchpoint = {
    firmId: input.firmId,
    subjectType: input.subject.type,
    candidateId: input.subject.type === 'candidate' ? input.subject.candidateId : null,
    clientId: input.subject.type === 'client' ? input.subject.clientId : null,
    contactId: input.subject.type === 'client' ? (input.subject.contactId ?? null) : null,
    activity: input.activity,
    channel: input.channel,
    direction: input.direction ?? null,
    actorType: input.actor.kind,
    actorUserId: input.actor.kind === 'user' ? input.actor.userId : null,
    occurredAt: input.occurredAt,
    jobOrderId: input.jobOrderId ?? null,
    submissionId: input.submissionId ?? null,
    placementId: input.placementId ?? null,
    summary: input.summary ?? null,
    outcome: input.outcome ?? null,
    voidsId: input.voidsId ?? null,
    meta: input.meta ?? {},
  };
  return appendTouchpoint(db, values);
}

/** One touchpoint with the names it shows (read through the timeline query, which carries them). */
async function readTouchpoint(db: Db, firmId: string, id: number): Promise<TouchpointView> {
  const [row] = await timeline(db, firmId, { touchpointId: id }, { limit: 1 });
  return presentTouchpoint(found(row, 'Touchpoint'), await activityLabelsOf(db, firmId));
}

/**
 * The activity a hand-logged contact stands for: the one the person chose among the firm's own activities (added
 * to its journey definition), or by default what its channel implies.
 */
async function activityOfLog(db: Db, firmId: string, input: LogTouchpointInput): Promise<string> {
  const fallback = activityForManualLog(input.subjectType, input.channel);
  if (!input.activity || input.activity === fallback) return fallback;
  const { definition } = await currentDefinition(db, firmId, input.subjectType);
  const builtIn = new Set(builtInActivities(input.subjectType));
  const allowed = definition.activities.filter((a) => !builtIn.has(a.key)).map((a) => a.key);
  if (!allowed.includes(input.activity)) {
    throw invalidField(
      'activity',
      `Not one of the firm's own steps (${allowed.join(', ') || 'none defined'})`,
    );
  }
  return input.activity;
}

/** Whether a touchpoint is one a person logged with "log a contact" (and nothing else stands behind it). */
const isHandLogged = (tp: {
  subjectType: string;
  channel: string;
  activity: string;
  placementId: string | null;
  submissionId: string | null;
}) =>
  (manualChannels as readonly string[]).includes(tp.channel) &&
  // A hand-logged step is "contacted", a meeting or a note, or one of the firm's own steps (never a built-in one).
  (['contacted', 'meeting', 'note'].includes(tp.activity) ||
    !builtInActivities(tp.subjectType as SubjectType).includes(tp.activity)) &&
  tp.placementId === null &&
  tp.submissionId === null;

/** Logs a call, email, SMS, meeting or note that a staff member had with a candidate or a client. */
export async function logTouchpoint(
  ctx: ServiceContext,
  actor: Actor,
  input: LogTouchpointInput,
): Promise<TouchpointView> {
  const now = ctx.clock.now();
  const occurredAt = input.occurredAt ? new Date(input.occurredAt) : now;
  // A minute of clock skew between a browser and the server is not "the future".
  if (occurredAt.getTime() > now.getTime() + 60_000) {
    throw new DomainError('validation', 'occurredAt: cannot be in the future', [
      { path: 'occurredAt', message: 'Cannot be in the future' },
    ]);
  }
  const id = await ctx.store.transaction(async (tx) => {
    let subject: Subject;
    if (input.subjectType === 'candidate') {
      const candidate = found(await findCandidate(tx, actor.firmId, input.subjectId), 'Candidate');
      if (!canLogTouchpoint(actor, candidate)) throw forbidden();
      if (input.contactId) {
        throw new DomainError('validation', 'contactId: only a client has contacts', [
          { path: 'contactId', message: 'Only a client touchpoint names a contact person' },
        ]);
      }
      subject = { type: 'candidate', candidateId: candidate.id };
    } else {
      const client = found(await findClient(tx, actor.firmId, input.subjectId), 'Client');
      if (!canLogTouchpoint(actor, client)) throw forbidden();
      if (input.contactId) {
        const contact = await findContact(tx, actor.firmId, input.contactId);
        if (!contact || contact.clientId !== client.id)
          missingReference('contactId', 'contact at this client');
      }
      subject = { type: 'client', clientId: client.id, contactId: input.contactId ?? null };
    }
    if (input.jobOrderId && !(await findJobOrder(tx, actor.firmId, input.jobOrderId))) {
      missingReference('jobOrderId', 'job order');
    }
    const tp = await recordTouchpoint(tx, {
      firmId: actor.firmId,
      subject,
      activity: await activityOfLog(tx, actor.firmId, input),
      channel: input.channel,
      direction: input.channel === 'note' ? null : (input.direction ?? 'out'),
      actor: byUser(actor),
      occurredAt,
      jobOrderId: input.jobOrderId ?? null,
      summary: input.summary,
      outcome: input.outcome ?? null,
    });
    return tp.id;
  });
  return readTouchpoint(ctx.store.db, actor.firmId, id);
}

/**
 * Voids a touchpoint logged in error. Nothing is erased: a correction is appended that names the one it voids, and
 * journeys leave both out.
 */
export async function voidTouchpoint(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  reason: string,
): Promise<TouchpointView> {
  // A second correction of the same touchpoint is refused by a unique index: a 409, not a 500.
  const newId = await guarded(() =>
    ctx.store.transaction(async (tx) => {
      const tp = found(await findTouchpoint(tx, actor.firmId, id), 'Touchpoint');
      if (!canLogTouchpoint(actor, tp)) throw forbidden();
      if (tp.voidsId !== null)
        throw new DomainError('invalid_transition', 'A correction cannot itself be voided');
      // Only a contact logged by hand is voided by hand. Anything a record stands behind (a check-in, a placement)
      // is corrected by changing that record, or the log and the record would disagree.
      if (tp.actorType !== 'user' || !isHandLogged(tp)) {
        throw new DomainError('invalid_transition', 'Only hand-logged contacts can be voided');
      }
      const subject: Subject =
        tp.subjectType === 'candidate'
          ? { type: 'candidate', candidateId: tp.candidateId! }
          : { type: 'client', clientId: tp.clientId!, contactId: tp.contactId };
      const correction = await recordTouchpoint(tx, {
        firmId: actor.firmId,
        subject,
        activity: tp.activity as Activity,
        channel: tp.channel as Channel,
        actor: byUser(actor),
        occurredAt: ctx.clock.now(),
        jobOrderId: tp.jobOrderId,
        summary: `Voided: ${reason}`,
        // Without it the correction named nothing: the original never showed as voided and could be voided again.
        voidsId: tp.id,
      });
      return correction.id;
    }),
  );
  return readTouchpoint(ctx.store.db, actor.firmId, newId);
}

async function readTimeline(
  ctx: ServiceContext,
  firmId: string,
  scope: TimelineScope,
  query: TimelineQueryInput,
): Promise<Timeline> {
  const limit = query.limit ?? 50;
  const rows = await timeline(ctx.store.db, firmId, scope, {
    before: query.before,
    limit: limit + 1,
    channel: query.channel,
  });
  const labelOf = await activityLabelsOf(ctx.store.db, firmId);
  const items = rows.slice(0, limit).map((row) => presentTouchpoint(row, labelOf));
  return { items, nextBefore: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
}

export async function candidateTimeline(
  ctx: ServiceContext,
  actor: Actor,
  candidateId: string,
  query: TimelineQueryInput,
) {
  const candidate = found(await findCandidate(ctx.store.db, actor.firmId, candidateId), 'Candidate');
  if (!canRead(actor, candidate)) throw forbidden();
  return readTimeline(ctx, actor.firmId, { candidateId }, query);
}

export async function clientTimeline(
  ctx: ServiceContext,
  actor: Actor,
  clientId: string,
  query: TimelineQueryInput,
) {
  const client = found(await findClient(ctx.store.db, actor.firmId, clientId), 'Client');
  if (!canRead(actor, client)) throw forbidden();
  return readTimeline(ctx, actor.firmId, { clientId }, query);
}

export async function recentTouchpoints(ctx: ServiceContext, actor: Actor, query: TimelineQueryInput) {
  return readTimeline(ctx, actor.firmId, { firm: true }, query);
}
