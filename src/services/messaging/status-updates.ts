/**
 * @module Status updates: when a candidate's journey moves, the candidate is told. Per stage the firm chooses
 * whether the update goes out by itself, is proposed to the recruiter, or is not prepared. Prepared in the
 * transaction of the move itself, so a move and its update land together; one per submission and stage.
 */

import { fillTemplate } from '../../domain/message-templates.ts';
import { channelAllowed, type StatusStage } from '../../domain/messaging.ts';
import type { SubmissionStatus } from '../../domain/submission.ts';
import { latestConsent } from '../../store/consent.ts';
import { findJobOrder } from '../../store/job-orders.ts';
import { insertStatusUpdate } from '../../store/messages.ts';
import { liveSubmissionsOfJobOrder } from '../../store/submissions.ts';
import type { Db, ServiceContext } from '../context.ts';
import { composedFacts } from './guard.ts';
import { dateText, mergeValuesFor, rateText } from './merge.ts';
import { initialStatus } from './outbox.ts';
import { resolvePerson } from './people.ts';
import { statusRulesOf, templateOf } from './settings.ts';

/** The stage a submission's move tells the candidate about (none for shortlisting, withdrawing, placing by hand). */
export function stageOfSubmissionStatus(status: SubmissionStatus): StatusStage | null {
  switch (status) {
    case 'submitted':
      return 'submitted';
    case 'client_interview':
      return 'client_interview';
    case 'offered':
      return 'offered';
    case 'rejected':
      return 'not_selected';
    default:
      return null;
  }
}

export interface StatusMove {
  firmId: string;
  stage: StatusStage;
  submission: { id: string; candidateId: string; jobOrderId: string };
  placementId?: string | null;
  /** What the placement settled, over the job order's own figures (its start date and pay). */
  placed?: { startDate: string; payRate: number | null; rateUnit: string };
  /** Who moved it: the update is signed by the candidate's recruiter, else by them. */
  actorUserId: string | null;
}

/** Prepares the status update of one move, if the firm's rule for its stage asks for one and the candidate can get it. */
export async function prepareStatusUpdate(db: Db, ctx: ServiceContext, move: StatusMove): Promise<void> {
  const rule = (await statusRulesOf(db, move.firmId)).find((r) => r.stage === move.stage);
  if (!rule || rule.mode === 'off') return;
  const person = await resolvePerson(db, move.firmId, { candidateId: move.submission.candidateId });
  const address = person.emails[0];
  if (!address) return;
  const consent = (await latestConsent(db, move.firmId, { candidateId: person.id })).email;
  const consentStatus =
    consent?.status === 'granted' || consent?.status === 'withdrawn' ? consent.status : null;
  if (!channelAllowed('email', consentStatus)) return;
  const order = await findJobOrder(db, move.firmId, move.submission.jobOrderId);
  const template = await templateOf(db, move.firmId, rule.templateKey);
  const values = await mergeValuesFor(db, person, person.ownerId ?? move.actorUserId, order);
  if (move.placed) {
    values['job.startDate'] = dateText(move.placed.startDate);
    values['job.payRate'] = rateText(move.placed.payRate, move.placed.rateUnit) ?? values['job.payRate'];
  }
  const subject = fillTemplate(template.subject ?? '', values).text;
  const body = fillTemplate(template.body, values).text;
  const now = ctx.clock.now();
  await insertStatusUpdate(db, {
    firmId: move.firmId,
    channel: 'email',
    direction: 'out',
    kind: 'status_update',
    status: rule.mode === 'auto' ? initialStatus(ctx, 'email') : 'proposed',
    candidateId: person.id,
    toAddress: address,
    subject,
    body,
    templateKey: template.key,
    topic: `status:${move.stage}`,
    jobOrderId: move.submission.jobOrderId,
    submissionId: move.submission.id,
    placementId: move.placementId ?? null,
    facts: composedFacts(person, { channel: 'email', subject, body }, now.toISOString().slice(0, 10)),
    nextAttemptAt: now,
    createdAt: now,
    updatedAt: now,
  });
}

/** Tells everyone still in the running for an order that filled that someone else got it. */
export async function prepareFilledUpdates(
  db: Db,
  ctx: ServiceContext,
  firmId: string,
  jobOrderId: string,
  actorUserId: string | null,
): Promise<void> {
  for (const s of await liveSubmissionsOfJobOrder(db, firmId, jobOrderId)) {
    // A shortlisted candidate was never put forward: there is nothing to tell them.
    if (s.status === 'shortlisted') continue;
    await prepareStatusUpdate(db, ctx, {
      firmId,
      stage: 'position_filled',
      submission: { id: s.id, candidateId: s.candidateId, jobOrderId },
      actorUserId,
    });
  }
}
