/** @module Submissions, interviews, assessments and placements as the API shows them. */
import type {
  AssessmentView,
  CheckInView,
  InterviewView,
  PlacementView,
  SubmissionView,
} from '../../contract/pipeline.ts';
import type { PayUnit } from '../../domain/candidate.ts';
import type { InterviewKind, InterviewOutcome } from '../../domain/interview.ts';
import type { JobOrderStatus } from '../../domain/job-order.ts';
import type { CheckInKind, EndReason, PlacementStatus } from '../../domain/placement.ts';
import type { SubmissionStatus } from '../../domain/submission.ts';
import type { AssessmentRow, InterviewView as InterviewRowView } from '../../store/interviews.ts';
import type {
  CheckInView as CheckInRowView,
  PlacementView as PlacementRowView,
} from '../../store/placements.ts';
import type { SubmissionView as SubmissionRowView } from '../../store/submissions.ts';
import { iso, isoOrNull, refOrNull } from './common.ts';

export function presentSubmission(s: SubmissionRowView): SubmissionView {
  return {
    id: s.id,
    version: s.version,
    status: s.status as SubmissionStatus,
    candidate: { id: s.candidateId, name: s.candidateName },
    jobOrder: { id: s.jobOrderId, name: s.jobOrderTitle },
    client: { id: s.clientId, name: s.clientName },
    jobOrderStatus: s.jobOrderStatus as JobOrderStatus,
    submittedAt: isoOrNull(s.submittedAt),
    notes: s.notes,
    createdBy: refOrNull(s.createdBy, s.createdByName),
    placementId: s.placementId,
    createdAt: iso(s.createdAt),
    updatedAt: iso(s.updatedAt),
  };
}

export function presentInterview(i: InterviewRowView): InterviewView {
  return {
    id: i.id,
    version: i.version,
    candidate: { id: i.candidateId, name: i.candidateName },
    submissionId: i.submissionId,
    jobOrder: refOrNull(i.jobOrderId, i.jobOrderTitle),
    kind: i.kind as InterviewKind,
    scheduledAt: iso(i.scheduledAt),
    interviewer: i.interviewer,
    outcome: i.outcome as InterviewOutcome,
    notes: i.notes,
    createdAt: iso(i.createdAt),
  };
}

export function presentAssessment(a: AssessmentRow): AssessmentView {
  return {
    id: a.id,
    candidateId: a.candidateId,
    name: a.name,
    score: a.score,
    maxScore: a.maxScore,
    passed: a.passed,
    takenOn: a.takenOn,
    notes: a.notes,
    createdAt: iso(a.createdAt),
  };
}

export function presentCheckIn(c: CheckInRowView): CheckInView {
  return {
    id: c.id,
    placementId: c.placementId,
    occurredAt: iso(c.occurredAt),
    kind: c.kind as CheckInKind,
    satisfaction: c.satisfaction,
    notes: c.notes,
    by: refOrNull(c.byUserId, c.byName),
  };
}

export function presentPlacement(p: PlacementRowView): PlacementView {
  return {
    id: p.id,
    version: p.version,
    candidate: { id: p.candidateId, name: p.candidateName },
    jobOrder: { id: p.jobOrderId, name: p.jobOrderTitle },
    client: { id: p.clientId, name: p.clientName },
    submissionId: p.submissionId,
    startDate: p.startDate,
    endDate: p.endDate,
    endedOn: p.endedOn,
    payRate: p.payRate,
    billRate: p.billRate,
    rateUnit: p.rateUnit as PayUnit,
    status: p.status as PlacementStatus,
    endReason: p.endReason as EndReason | null,
    endNotes: p.endNotes,
    checkIns: p.checkIns.map(presentCheckIn),
    createdAt: iso(p.createdAt),
  };
}
