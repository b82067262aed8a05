/** @module Submissions: putting a candidate forward for a job order, and moving them through the client's process. */
import type { CreateSubmissionInput, SubmissionView, UpdateSubmissionInput } from '../contract/pipeline.ts';
import { DomainError, forbidden } from '../domain/errors.ts';
import { isOrderWorkable, type JobOrderStatus } from '../domain/job-order.ts';
import { type Actor, canWorkPipeline } from '../domain/roles.ts';
import {
  assertSubmissionTransition,
  candidateActivityForSubmission,
  type SubmissionStatus,
} from '../domain/submission.ts';
import { findCandidate, setCandidateStatus } from '../store/candidates.ts';
import { guarded } from '../store/db-errors.ts';
import { findJobOrder, type JobOrderView } from '../store/job-orders.ts';
import {
  findSubmission,
  findSubmissionFor,
  insertSubmission,
  type SubmissionView as SubmissionRow,
  updateSubmission as updateSubmissionRow,
} from '../store/submissions.ts';
import {
  assertUpdated,
  assertVersion,
  type Db,
  found,
  missingReference,
  type ServiceContext,
} from './context.ts';
import { prepareStatusUpdate, stageOfSubmissionStatus } from './messaging/status-updates.ts';
import { presentSubmission } from './presenters/pipeline.ts';
import { byUser, recordTouchpoint } from './touchpoints.ts';

/**
 * Appends the journey steps of a submission reaching `status`: the candidate's step and, when they are put in front
 * of the client, the client's `candidates_presented`.
 */
export async function recordSubmissionStep(
  db: Db,
  ctx: ServiceContext,
  actor: Actor,
  s: { id: string; candidateId: string; jobOrderId: string },
  order: Pick<JobOrderView, 'clientId' | 'contactId' | 'title'>,
  status: SubmissionStatus,
) {
  const activity = candidateActivityForSubmission(status);
  const at = ctx.clock.now();
  if (activity) {
    await recordTouchpoint(db, {
      firmId: actor.firmId,
      subject: { type: 'candidate', candidateId: s.candidateId },
      activity,
      channel: 'system',
      actor: byUser(actor),
      occurredAt: at,
      jobOrderId: s.jobOrderId,
      submissionId: s.id,
      summary: order.title,
    });
  }
  const stage = stageOfSubmissionStatus(status);
  if (stage) {
    await prepareStatusUpdate(db, ctx, {
      firmId: actor.firmId,
      stage,
      submission: s,
      actorUserId: actor.userId,
    });
  }
  if (status === 'submitted') {
    await recordTouchpoint(db, {
      firmId: actor.firmId,
      subject: { type: 'client', clientId: order.clientId, contactId: order.contactId },
      activity: 'candidates_presented',
      channel: 'system',
      direction: 'out',
      actor: byUser(actor),
      occurredAt: at,
      jobOrderId: s.jobOrderId,
      submissionId: s.id,
      summary: order.title,
    });
  }
}

async function readSubmission(db: Db, actor: Actor, id: string): Promise<SubmissionView> {
  const s = found(await findSubmission(db, actor.firmId, id), 'Submission');
  return presentSubmission(s);
}

/** Shortlists or submits a candidate to a job order. */
export async function createSubmission(
  ctx: ServiceContext,
  actor: Actor,
  input: CreateSubmissionInput,
): Promise<SubmissionView> {
  const id = await ctx.store.transaction((tx) =>
    guarded(async () => {
      const candidate = await findCandidate(tx, actor.firmId, input.candidateId);
      if (!candidate) missingReference('candidateId', 'candidate');
      const order = await findJobOrder(tx, actor.firmId, input.jobOrderId);
      if (!order) missingReference('jobOrderId', 'job order');
      if (!canWorkPipeline(actor, order)) throw forbidden();
      if (!isOrderWorkable(order.status as JobOrderStatus)) {
        throw new DomainError(
          'invalid_transition',
          `The job order is ${order.status}; it takes no new candidates`,
          [{ path: 'jobOrderId', message: `Job order is ${order.status}` }],
        );
      }
      if (candidate.status === 'do_not_place') {
        throw new DomainError('invalid_transition', 'This candidate is marked "do not place"', [
          { path: 'candidateId', message: 'Marked do not place' },
        ]);
      }
      if (await findSubmissionFor(tx, actor.firmId, order.id, candidate.id)) {
        throw new DomainError('conflict_duplicate', 'This candidate is already on this job order', [
          { path: 'candidateId', message: 'Already on this job order' },
        ]);
      }
      const status = input.status ?? 'submitted';
      const now = ctx.clock.now();
      const row = await insertSubmission(tx, {
        createdAt: ctx.clock.now(),
        updatedAt: ctx.clock.now(),
        firmId: actor.firmId,
        jobOrderId: order.id,
        candidateId: candidate.id,
        status,
        submittedAt: status === 'submitted' ? now : null,
        notes: input.notes ?? null,
        createdBy: actor.userId,
      });
      if (candidate.status === 'new')
        await setCandidateStatus(tx, actor.firmId, candidate.id, 'active', ctx.clock.now());
      await recordSubmissionStep(tx, ctx, actor, row, order, status);
      return row.id;
    }),
  );
  return readSubmission(ctx.store.db, actor, id);
}

/** Moves a submission on (client interview, offered, rejected, withdrew, or back to the shortlist). */
export async function updateSubmission(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: UpdateSubmissionInput,
): Promise<SubmissionView> {
  await ctx.store.transaction((tx) =>
    guarded(async () => {
      const current: SubmissionRow = found(await findSubmission(tx, actor.firmId, id), 'Submission');
      if (!canWorkPipeline(actor, current)) throw forbidden();
      assertVersion(current, input.version, 'Submission');
      const from = current.status as SubmissionStatus;
      if (input.status !== from) assertSubmissionTransition(from, input.status);
      const order = found(await findJobOrder(tx, actor.firmId, current.jobOrderId), 'Job order');
      const patch: Record<string, unknown> = { status: input.status };
      if (input.notes !== undefined) patch.notes = input.notes;
      if (input.status === 'submitted' && !current.submittedAt) patch.submittedAt = ctx.clock.now();
      assertUpdated(
        await updateSubmissionRow(tx, actor.firmId, id, input.version, patch, ctx.clock.now()),
        'Submission',
      );
      if (input.status !== from) await recordSubmissionStep(tx, ctx, actor, current, order, input.status);
    }),
  );
  return readSubmission(ctx.store.db, actor, id);
}

/** Moves a submission as a consequence of another change (an interview arranged, a placement), keeping its guard. */
export async function advanceSubmission(
  db: Db,
  ctx: ServiceContext,
  actor: Actor,
  submission: { id: string; version: number; candidateId: string; jobOrderId: string },
  order: Pick<JobOrderView, 'clientId' | 'contactId' | 'title'>,
  status: SubmissionStatus,
) {
  assertUpdated(
    await updateSubmissionRow(
      db,
      actor.firmId,
      submission.id,
      submission.version,
      { status },
      ctx.clock.now(),
    ),
    'Submission',
  );
  await recordSubmissionStep(db, ctx, actor, submission, order, status);
}
