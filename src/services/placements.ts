/**
 * @module Placing a candidate (fills an opening, starts the assignment), ending an assignment, check-ins, and the
 * timer that logs assignments starting on a future date.
 */
import type {
  CheckInView,
  CreateCheckInInput,
  CreatePlacementInput,
  EndPlacementInput,
  PlacementView,
} from '../contract/pipeline.ts';
import { DomainError, forbidden, invalidField, staleVersion } from '../domain/errors.ts';
import type { JobOrderStatus } from '../domain/job-order.ts';
import {
  assertCanPlace,
  type CheckInKind,
  type EndReason,
  endReasonFreesOpening,
} from '../domain/placement.ts';
import { type Actor, canWorkPipeline } from '../domain/roles.ts';
import type { SubmissionStatus } from '../domain/submission.ts';
import type { Channel } from '../domain/touchpoint.ts';
import { findCandidate, lockCandidate, setCandidateStatus } from '../store/candidates.ts';
import { activateClient } from '../store/clients.ts';
import { guarded, pgErrorOf } from '../store/db-errors.ts';
import { countFilled, lockJobOrder, setJobOrderStatus } from '../store/job-orders.ts';
import {
  countActivePlacementsOfCandidate,
  countPlacementsOfCandidate,
  findPlacement,
  insertCheckIn,
  insertPlacement,
  type PlacementRow,
  placementsDueToStart,
  updatePlacement,
} from '../store/placements.ts';
import { findSubmission, updateSubmission } from '../store/submissions.ts';
import {
  assertUpdated,
  assertVersion,
  type Db,
  found,
  missingReference,
  type ServiceContext,
  todayOf,
} from './context.ts';
import { prepareFilledUpdates, prepareStatusUpdate } from './messaging/status-updates.ts';
import { latest, momentOf } from './moments.ts';
import { presentCheckIn, presentPlacement } from './presenters/pipeline.ts';
import { indexCandidate } from './search-index.ts';
import { byUser, recordTouchpoint, type TouchpointActor } from './touchpoints.ts';

async function readPlacement(db: Db, actor: Actor, id: string): Promise<PlacementView> {
  return presentPlacement(found(await findPlacement(db, actor.firmId, id), 'Placement'));
}

/** Logs an assignment's start: at its start date, never before the placement was made. */
async function recordAssignmentStart(db: Db, placement: PlacementRow, actor: TouchpointActor, now: Date) {
  await recordTouchpoint(db, {
    firmId: placement.firmId,
    subject: { type: 'candidate', candidateId: placement.candidateId },
    activity: 'assignment_started',
    channel: 'system',
    actor,
    occurredAt: latest(momentOf(placement.startDate, now), placement.createdAt),
    jobOrderId: placement.jobOrderId,
    submissionId: placement.submissionId,
    placementId: placement.id,
  });
}

/**
 * Places a submitted candidate on the order: the placement, the submission's move to placed, the filled opening
 * (and the order filled when it was the last), the candidate on assignment, and every journey step — one transaction.
 */
export async function createPlacement(
  ctx: ServiceContext,
  actor: Actor,
  input: CreatePlacementInput,
): Promise<PlacementView> {
  const now = ctx.clock.now();
  const id = await ctx.store.transaction((tx) =>
    guarded(async () => {
      const submission = await findSubmission(tx, actor.firmId, input.submissionId);
      if (!submission) missingReference('submissionId', 'submission');
      if (!canWorkPipeline(actor, submission)) throw forbidden();
      // Lock the order first, then the person: two desks placing on one opening, or one person twice, queue here.
      const order = found(await lockJobOrder(tx, actor.firmId, submission.jobOrderId), 'Job order');
      await lockCandidate(tx, actor.firmId, submission.candidateId);
      if (input.jobOrderVersion !== undefined && input.jobOrderVersion !== order.version)
        throw staleVersion('Job order');
      const fresh = found(await findSubmission(tx, actor.firmId, submission.id), 'Submission');
      const filled = await countFilled(tx, actor.firmId, order.id);
      const endDate = input.endDate ?? order.endDate ?? null;
      assertCanPlace({
        submissionStatus: fresh.status as SubmissionStatus,
        orderStatus: order.status as JobOrderStatus,
        filledCount: filled,
        openings: order.openings,
        startDate: input.startDate,
        endDate,
      });
      const placedBefore = await countPlacementsOfCandidate(tx, actor.firmId, fresh.candidateId);
      const placement = await insertPlacement(tx, {
        firmId: actor.firmId,
        candidateId: fresh.candidateId,
        jobOrderId: order.id,
        clientId: order.clientId,
        submissionId: fresh.id,
        startDate: input.startDate,
        endDate,
        payRate: input.payRate === undefined ? order.payRate : input.payRate,
        billRate: input.billRate === undefined ? order.billRate : input.billRate,
        rateUnit: input.rateUnit ?? order.rateUnit,
        status: 'active',
        createdBy: actor.userId,
        // Stamped by the service clock, as its touchpoints are: assignment start and end are logged "never before
        // the placement was made", and a database clock that differs would move those steps off their days.
        createdAt: now,
        updatedAt: now,
      });
      assertUpdated(
        await updateSubmission(
          tx,
          actor.firmId,
          fresh.id,
          fresh.version,
          { status: 'placed' },
          ctx.clock.now(),
        ),
        'Submission',
      );
      await setCandidateStatus(tx, actor.firmId, fresh.candidateId, 'on_assignment', ctx.clock.now());
      await activateClient(tx, actor.firmId, order.clientId, ctx.clock.now());
      await recordTouchpoint(tx, {
        firmId: actor.firmId,
        subject: { type: 'candidate', candidateId: fresh.candidateId },
        // A person placed again after an earlier assignment is a redeployment: the loop the firm wants to see.
        activity: placedBefore > 0 ? 'redeployed' : 'placed',
        channel: 'system',
        actor: byUser(actor),
        occurredAt: now,
        jobOrderId: order.id,
        submissionId: fresh.id,
        placementId: placement.id,
        summary: `${order.title}, starting ${input.startDate}`,
      });
      await prepareStatusUpdate(tx, ctx, {
        firmId: actor.firmId,
        stage: 'placed',
        submission: fresh,
        placementId: placement.id,
        placed: placement,
        actorUserId: actor.userId,
      });
      if (input.startDate <= todayOf(ctx)) await recordAssignmentStart(tx, placement, byUser(actor), now);
      if (filled + 1 >= order.openings) {
        await setJobOrderStatus(tx, actor.firmId, order.id, 'filled', ctx.clock.now());
        await recordTouchpoint(tx, {
          firmId: actor.firmId,
          subject: { type: 'client', clientId: order.clientId, contactId: order.contactId },
          activity: 'order_filled',
          channel: 'system',
          actor: byUser(actor),
          occurredAt: now,
          jobOrderId: order.id,
          summary: `${order.title}: all ${order.openings} filled`,
        });
        await prepareFilledUpdates(tx, ctx, actor.firmId, order.id, actor.userId);
      }
      const candidate = found(await findCandidate(tx, actor.firmId, fresh.candidateId), 'Candidate');
      await indexCandidate(tx, candidate);
      return placement.id;
    }),
  );
  return readPlacement(ctx.store.db, actor, id);
}

/** Ends an assignment; an early end that frees the opening reopens a filled order. */
export async function endPlacement(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: EndPlacementInput,
): Promise<PlacementView> {
  const now = ctx.clock.now();
  if (input.endedOn > todayOf(ctx))
    throw invalidField('endedOn', 'Cannot be in the future; set the planned end date instead');
  await ctx.store.transaction(async (tx) => {
    const placement = found(await findPlacement(tx, actor.firmId, id), 'Placement');
    if (!canWorkPipeline(actor, placement)) throw forbidden();
    assertVersion(placement, input.version, 'Placement');
    if (placement.status !== 'active')
      throw new DomainError('invalid_transition', 'This assignment has already ended');
    if (input.endedOn < placement.startDate)
      throw invalidField('endedOn', 'Must be on or after the start date');
    const order = found(await lockJobOrder(tx, actor.firmId, placement.jobOrderId), 'Job order');
    assertUpdated(
      await updatePlacement(
        tx,
        actor.firmId,
        id,
        input.version,
        {
          status: 'ended',
          endedOn: input.endedOn,
          endReason: input.endReason,
          endNotes: input.endNotes ?? null,
        },
        ctx.clock.now(),
      ),
      'Placement',
    );
    await recordTouchpoint(tx, {
      firmId: actor.firmId,
      subject: { type: 'candidate', candidateId: placement.candidateId },
      activity: 'assignment_ended',
      channel: 'system',
      actor: byUser(actor),
      occurredAt: latest(momentOf(input.endedOn, now), placement.createdAt),
      jobOrderId: placement.jobOrderId,
      submissionId: placement.submissionId,
      placementId: id,
      outcome: input.endReason,
      summary: input.endNotes ?? null,
    });
    if ((await countActivePlacementsOfCandidate(tx, actor.firmId, placement.candidateId)) === 0) {
      await setCandidateStatus(tx, actor.firmId, placement.candidateId, 'active', ctx.clock.now());
    }
    if (endReasonFreesOpening(input.endReason as EndReason) && order.status === 'filled') {
      await setJobOrderStatus(tx, actor.firmId, order.id, 'open', ctx.clock.now());
    }
  });
  return readPlacement(ctx.store.db, actor, id);
}

const checkInChannel: Record<CheckInKind, Channel> = {
  call: 'call',
  visit: 'meeting',
  email: 'email',
  sms: 'sms',
};

/** Records a check-in with a candidate on assignment. */
export async function createCheckIn(
  ctx: ServiceContext,
  actor: Actor,
  placementId: string,
  input: CreateCheckInInput,
): Promise<CheckInView> {
  const now = ctx.clock.now();
  const occurredAt = input.occurredAt ? new Date(input.occurredAt) : now;
  if (occurredAt.getTime() > now.getTime() + 60_000)
    throw invalidField('occurredAt', 'Cannot be in the future');
  const checkIn = await ctx.store.transaction(async (tx) => {
    const placement = found(await findPlacement(tx, actor.firmId, placementId), 'Placement');
    if (!canWorkPipeline(actor, placement)) throw forbidden();
    if (placement.status !== 'active')
      throw new DomainError('invalid_transition', 'This assignment has ended');
    const row = await insertCheckIn(tx, {
      createdAt: ctx.clock.now(),
      firmId: actor.firmId,
      placementId,
      occurredAt,
      kind: input.kind,
      satisfaction: input.satisfaction ?? null,
      notes: input.notes ?? null,
      byUserId: actor.userId,
    });
    await recordTouchpoint(tx, {
      firmId: actor.firmId,
      subject: { type: 'candidate', candidateId: placement.candidateId },
      activity: 'assignment_checkin',
      channel: checkInChannel[input.kind],
      direction: 'out',
      actor: byUser(actor),
      occurredAt,
      jobOrderId: placement.jobOrderId,
      placementId,
      summary: input.notes ?? null,
      outcome: input.satisfaction ? `satisfaction ${input.satisfaction}/5` : null,
    });
    return { ...row, byName: null };
  });
  const placement = found(await findPlacement(ctx.store.db, actor.firmId, placementId), 'Placement');
  return presentCheckIn(placement.checkIns.find((c) => c.id === checkIn.id) ?? checkIn);
}

/**
 * Logs `assignment_started` for every active placement whose start date has come. Safe to run at any time, from
 * any number of processes: each start is logged in its own transaction and a unique index refuses a second one.
 */
export async function startDueAssignments(ctx: ServiceContext): Promise<number> {
  const now = ctx.clock.now();
  const due = await placementsDueToStart(ctx.store.db, todayOf(ctx));
  let started = 0;
  for (const placement of due) {
    try {
      await ctx.store.transaction((tx) => recordAssignmentStart(tx, placement, { kind: 'system' }, now));
      started++;
    } catch (error) {
      if (pgErrorOf(error)?.code !== '23505') throw error;
    }
  }
  return started;
}
