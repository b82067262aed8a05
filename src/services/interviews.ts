/** @module Screenings, interviews, client interviews and tests. */
import type {
  AssessmentView,
  CreateAssessmentInput,
  CreateInterviewInput,
  InterviewView,
  UpdateInterviewInput,
} from '../contract/pipeline.ts';
import { DomainError, forbidden, invalidField } from '../domain/errors.ts';
import {
  activityForInterview,
  type InterviewKind,
  type InterviewOutcome,
  interviewHappened,
} from '../domain/interview.ts';
import { type Actor, canWorkPipeline } from '../domain/roles.ts';
import { findCandidate, setCandidateStatus } from '../store/candidates.ts';
import {
  findInterview,
  insertAssessment,
  insertInterview,
  updateInterview as updateInterviewRow,
} from '../store/interviews.ts';
import { findJobOrder } from '../store/job-orders.ts';
import { findSubmission } from '../store/submissions.ts';
import {
  assertUpdated,
  assertVersion,
  type Db,
  found,
  missingReference,
  type ServiceContext,
  todayOf,
} from './context.ts';
import { momentOf } from './moments.ts';
import { presentAssessment, presentInterview } from './presenters/pipeline.ts';
import { advanceSubmission } from './submissions.ts';
import { byUser, recordTouchpoint } from './touchpoints.ts';

const SKEW_MS = 60_000;

/** Appends the interview's journey step once it has been held and judged. */
async function recordInterviewStep(
  db: Db,
  actor: Actor,
  interview: {
    id: string;
    candidateId: string;
    kind: string;
    scheduledAt: Date;
    outcome: string;
    submissionId: string | null;
  },
  jobOrderId: string | null,
) {
  const activity = activityForInterview(interview.kind as InterviewKind);
  if (!activity) return;
  await recordTouchpoint(db, {
    firmId: actor.firmId,
    subject: { type: 'candidate', candidateId: interview.candidateId },
    activity,
    channel: 'meeting',
    actor: byUser(actor),
    occurredAt: interview.scheduledAt,
    jobOrderId,
    submissionId: interview.submissionId,
    outcome: interview.outcome,
    meta: { interviewId: interview.id },
  });
}

function assertHeldInThePast(outcome: InterviewOutcome, scheduledAt: Date, now: Date) {
  if (interviewHappened(outcome) && scheduledAt.getTime() > now.getTime() + SKEW_MS) {
    throw invalidField('outcome', 'An interview in the future has no result yet');
  }
}

async function readInterview(db: Db, actor: Actor, id: string): Promise<InterviewView> {
  return presentInterview(found(await findInterview(db, actor.firmId, id), 'Interview'));
}

/**
 * Records a screening or interview (held, with its result, or arranged). Arranging a client interview moves the
 * submission to "client interview".
 */
export async function createInterview(
  ctx: ServiceContext,
  actor: Actor,
  input: CreateInterviewInput,
): Promise<InterviewView> {
  const now = ctx.clock.now();
  const scheduledAt = new Date(input.scheduledAt);
  const outcome = input.outcome ?? 'scheduled';
  assertHeldInThePast(outcome, scheduledAt, now);
  const id = await ctx.store.transaction(async (tx) => {
    const candidate = await findCandidate(tx, actor.firmId, input.candidateId);
    if (!candidate) missingReference('candidateId', 'candidate');
    if (!canWorkPipeline(actor, candidate)) throw forbidden();
    let jobOrderId: string | null = null;
    if (input.submissionId) {
      const submission = await findSubmission(tx, actor.firmId, input.submissionId);
      if (!submission || submission.candidateId !== candidate.id)
        missingReference('submissionId', 'submission of this candidate');
      jobOrderId = submission.jobOrderId;
      if (input.kind === 'client' && submission.status === 'submitted') {
        const order = found(await findJobOrder(tx, actor.firmId, submission.jobOrderId), 'Job order');
        await advanceSubmission(tx, ctx, actor, submission, order, 'client_interview');
      }
    } else if (input.kind === 'client') {
      throw new DomainError('validation', 'submissionId: a client interview is for a submission', [
        { path: 'submissionId', message: 'Choose the job order this client interview is for' },
      ]);
    }
    const row = await insertInterview(tx, {
      createdAt: ctx.clock.now(),
      updatedAt: ctx.clock.now(),
      firmId: actor.firmId,
      candidateId: candidate.id,
      submissionId: input.submissionId ?? null,
      kind: input.kind,
      scheduledAt,
      interviewer: input.interviewer ?? null,
      outcome,
      notes: input.notes ?? null,
      createdBy: actor.userId,
    });
    if (interviewHappened(outcome)) {
      await recordInterviewStep(tx, actor, row, jobOrderId);
      if (outcome === 'passed' && candidate.status === 'new')
        await setCandidateStatus(tx, actor.firmId, candidate.id, 'active', ctx.clock.now());
    }
    return row.id;
  });
  return readInterview(ctx.store.db, actor, id);
}

/** Records an interview's result, moves it, or cancels it. */
export async function updateInterview(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: UpdateInterviewInput,
): Promise<InterviewView> {
  await ctx.store.transaction(async (tx) => {
    const current = found(await findInterview(tx, actor.firmId, id), 'Interview');
    if (!canWorkPipeline(actor, current)) throw forbidden();
    assertVersion(current, input.version, 'Interview');
    const scheduledAt = input.scheduledAt ? new Date(input.scheduledAt) : current.scheduledAt;
    const outcome = (input.outcome ?? current.outcome) as InterviewOutcome;
    const wasHeld = interviewHappened(current.outcome as InterviewOutcome);
    if (wasHeld && input.scheduledAt && scheduledAt.getTime() !== current.scheduledAt.getTime()) {
      throw invalidField('scheduledAt', 'A held interview cannot be moved; record a new one');
    }
    assertHeldInThePast(outcome, scheduledAt, ctx.clock.now());
    const patch: Record<string, unknown> = { scheduledAt, outcome };
    if (input.interviewer !== undefined) patch.interviewer = input.interviewer;
    if (input.notes !== undefined) patch.notes = input.notes;
    assertUpdated(
      await updateInterviewRow(tx, actor.firmId, id, input.version, patch, ctx.clock.now()),
      'Interview',
    );
    // The step is appended once, when the interview is first held; a later change of verdict is in its record.
    if (!wasHeld && interviewHappened(outcome)) {
      await recordInterviewStep(tx, actor, { ...current, scheduledAt, outcome }, current.jobOrderId);
    }
  });
  return readInterview(ctx.store.db, actor, id);
}

/** Records a test or assessment and the journey's `tested` step. */
export async function createAssessment(
  ctx: ServiceContext,
  actor: Actor,
  input: CreateAssessmentInput,
): Promise<AssessmentView> {
  if (input.takenOn > todayOf(ctx)) throw invalidField('takenOn', 'Cannot be in the future');
  const row = await ctx.store.transaction(async (tx) => {
    const candidate = await findCandidate(tx, actor.firmId, input.candidateId);
    if (!candidate) missingReference('candidateId', 'candidate');
    if (!canWorkPipeline(actor, candidate)) throw forbidden();
    const assessment = await insertAssessment(tx, {
      createdAt: ctx.clock.now(),
      firmId: actor.firmId,
      candidateId: candidate.id,
      name: input.name,
      score: input.score ?? null,
      maxScore: input.maxScore ?? null,
      passed: input.passed ?? null,
      takenOn: input.takenOn,
      notes: input.notes ?? null,
      createdBy: actor.userId,
    });
    await recordTouchpoint(tx, {
      firmId: actor.firmId,
      subject: { type: 'candidate', candidateId: candidate.id },
      activity: 'tested',
      channel: 'system',
      actor: byUser(actor),
      occurredAt: momentOf(input.takenOn, ctx.clock.now()),
      summary: input.name,
      outcome:
        input.passed === null || input.passed === undefined ? null : input.passed ? 'passed' : 'failed',
      meta: { assessmentId: assessment.id },
    });
    return assessment;
  });
  return presentAssessment(row);
}
