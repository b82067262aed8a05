/** @module The pipeline: submissions, interviews, assessments, placements, check-ins. */
import { z } from 'zod';
import { payUnits } from '../domain/candidate.ts';
import { interviewKinds, interviewOutcomes } from '../domain/interview.ts';
import { jobOrderStatuses } from '../domain/job-order.ts';
import { checkInKinds, endReasons, placementStatuses } from '../domain/placement.ts';
import { submissionStatuses } from '../domain/submission.ts';
import { id, isoDate, isoDateTime, money, optionalText, ref, text, version } from './common.ts';

export const createSubmissionRequest = z.strictObject({
  candidateId: id,
  jobOrderId: id,
  /** Shortlist first, or submit to the client at once (the default, as desks usually do). */
  status: z.enum(['shortlisted', 'submitted']).optional(),
  notes: optionalText(5000),
});
export type CreateSubmissionRequest = z.input<typeof createSubmissionRequest>;
export type CreateSubmissionInput = z.output<typeof createSubmissionRequest>;

export const updateSubmissionRequest = z.strictObject({
  version,
  status: z.enum(submissionStatuses),
  notes: optionalText(5000),
});
export type UpdateSubmissionRequest = z.input<typeof updateSubmissionRequest>;
export type UpdateSubmissionInput = z.output<typeof updateSubmissionRequest>;

export const submissionView = z.object({
  id,
  version: z.number().int(),
  status: z.enum(submissionStatuses),
  candidate: ref,
  jobOrder: ref,
  client: ref,
  jobOrderStatus: z.enum(jobOrderStatuses),
  submittedAt: z.string().nullable(),
  notes: z.string().nullable(),
  createdBy: ref.nullable(),
  placementId: id.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SubmissionView = z.infer<typeof submissionView>;

export const createInterviewRequest = z.strictObject({
  candidateId: id,
  submissionId: id.nullable().optional(),
  kind: z.enum(interviewKinds),
  scheduledAt: isoDateTime,
  interviewer: optionalText(160),
  outcome: z.enum(interviewOutcomes).optional(),
  notes: optionalText(5000),
});
export type CreateInterviewRequest = z.input<typeof createInterviewRequest>;
export type CreateInterviewInput = z.output<typeof createInterviewRequest>;

export const updateInterviewRequest = z.strictObject({
  version,
  scheduledAt: isoDateTime.optional(),
  interviewer: optionalText(160),
  outcome: z.enum(interviewOutcomes).optional(),
  notes: optionalText(5000),
});
export type UpdateInterviewRequest = z.input<typeof updateInterviewRequest>;
export type UpdateInterviewInput = z.output<typeof updateInterviewRequest>;

export const interviewView = z.object({
  id,
  version: z.number().int(),
  candidate: ref,
  submissionId: id.nullable(),
  jobOrder: ref.nullable(),
  kind: z.enum(interviewKinds),
  scheduledAt: z.string(),
  interviewer: z.string().nullable(),
  outcome: z.enum(interviewOutcomes),
  notes: z.string().nullable(),
  createdAt: z.string(),
});
export type InterviewView = z.infer<typeof interviewView>;

export const createAssessmentRequest = z
  .strictObject({
    candidateId: id,
    name: text(120),
    // The column holds up to 999,999.99: a million was accepted here and failed in the database (a 500).
    score: z.number().min(0).max(999_999.99).nullable().optional(),
    maxScore: z.number().min(0).max(999_999.99).nullable().optional(),
    passed: z.boolean().nullable().optional(),
    takenOn: isoDate,
    notes: optionalText(5000),
  })
  .refine((a) => a.score == null || a.maxScore == null || a.score <= a.maxScore, {
    path: ['score'],
    message: 'Score cannot exceed the maximum score',
  });
export type CreateAssessmentRequest = z.input<typeof createAssessmentRequest>;
export type CreateAssessmentInput = z.output<typeof createAssessmentRequest>;

export const assessmentView = z.object({
  id,
  candidateId: id,
  name: z.string(),
  score: z.number().nullable(),
  maxScore: z.number().nullable(),
  passed: z.boolean().nullable(),
  takenOn: z.string(),
  notes: z.string().nullable(),
  createdAt: z.string(),
});
export type AssessmentView = z.infer<typeof assessmentView>;

export const createPlacementRequest = z.strictObject({
  submissionId: id,
  startDate: isoDate,
  endDate: isoDate.nullable().optional(),
  payRate: money.nullable().optional(),
  billRate: money.nullable().optional(),
  rateUnit: z.enum(payUnits).optional(),
  /** The job order's version as the user saw it: placing changes the order (an opening fills). */
  jobOrderVersion: version.optional(),
});
export type CreatePlacementRequest = z.input<typeof createPlacementRequest>;
export type CreatePlacementInput = z.output<typeof createPlacementRequest>;

export const endPlacementRequest = z.strictObject({
  version,
  endedOn: isoDate,
  endReason: z.enum(endReasons),
  endNotes: optionalText(5000),
});
export type EndPlacementRequest = z.input<typeof endPlacementRequest>;
export type EndPlacementInput = z.output<typeof endPlacementRequest>;

export const createCheckInRequest = z.strictObject({
  occurredAt: isoDateTime.optional(),
  kind: z.enum(checkInKinds),
  satisfaction: z.number().int().min(1).max(5).nullable().optional(),
  notes: optionalText(5000),
});
export type CreateCheckInRequest = z.input<typeof createCheckInRequest>;
export type CreateCheckInInput = z.output<typeof createCheckInRequest>;

export const checkInView = z.object({
  id,
  placementId: id,
  occurredAt: z.string(),
  kind: z.enum(checkInKinds),
  satisfaction: z.number().int().nullable(),
  notes: z.string().nullable(),
  by: ref.nullable(),
});
export type CheckInView = z.infer<typeof checkInView>;

export const placementView = z.object({
  id,
  version: z.number().int(),
  candidate: ref,
  jobOrder: ref,
  client: ref,
  submissionId: id,
  startDate: z.string(),
  endDate: z.string().nullable(),
  endedOn: z.string().nullable(),
  payRate: z.number().nullable(),
  billRate: z.number().nullable(),
  rateUnit: z.enum(payUnits),
  status: z.enum(placementStatuses),
  endReason: z.enum(endReasons).nullable(),
  endNotes: z.string().nullable(),
  checkIns: z.array(checkInView),
  createdAt: z.string(),
});
export type PlacementView = z.infer<typeof placementView>;

/** Everything of a candidate's pipeline at once, for the candidate page. */
export const candidatePipeline = z.object({
  submissions: z.array(submissionView),
  interviews: z.array(interviewView),
  assessments: z.array(assessmentView),
  placements: z.array(placementView),
});
export type CandidatePipeline = z.infer<typeof candidatePipeline>;

/** A job order's pipeline as a board: every submission with its column. */
export const jobOrderPipeline = z.object({
  submissions: z.array(submissionView),
  placements: z.array(placementView),
});
export type JobOrderPipeline = z.infer<typeof jobOrderPipeline>;

export const placementList = z.object({ items: z.array(placementView) });
