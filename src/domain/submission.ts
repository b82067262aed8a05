/** @module The pipeline: a candidate's submission to a job order and how it moves. */

import { DomainError } from './errors.ts';
import type { CandidateActivity } from './touchpoint.ts';

export const submissionStatuses = [
  'applied',
  'shortlisted',
  'submitted',
  'client_interview',
  'offered',
  'placed',
  'rejected',
  'withdrew',
] as const;
export type SubmissionStatus = (typeof submissionStatuses)[number];
export const submissionStatusLabels: Record<SubmissionStatus, string> = {
  applied: 'Applied',
  shortlisted: 'Shortlisted',
  submitted: 'Submitted',
  client_interview: 'Client interview',
  offered: 'Offered',
  placed: 'Placed',
  rejected: 'Rejected',
  withdrew: 'Withdrew',
};

const allowed: Record<SubmissionStatus, readonly SubmissionStatus[]> = {
  // An application from the careers site waits for the desk to shortlist, submit or turn it down.
  applied: ['shortlisted', 'submitted', 'rejected', 'withdrew'],
  shortlisted: ['submitted', 'rejected', 'withdrew'],
  submitted: ['client_interview', 'offered', 'rejected', 'withdrew'],
  client_interview: ['offered', 'rejected', 'withdrew'],
  offered: ['rejected', 'withdrew'],
  // Placed is reached only by making a placement, and left only when that placement is ended.
  placed: [],
  // A rejected or withdrawn candidate can be reconsidered.
  rejected: ['shortlisted'],
  withdrew: ['shortlisted'],
};

/** Throws unless a person may move a submission from one status to another by hand. */
export function assertSubmissionTransition(from: SubmissionStatus, to: SubmissionStatus) {
  if (to === 'placed') {
    throw new DomainError('invalid_transition', 'A candidate is placed by making a placement', [
      { path: 'status', message: 'use "Place" to place a candidate' },
    ]);
  }
  if (!allowed[from].includes(to)) {
    throw new DomainError('invalid_transition', `A submission cannot go from ${from} to ${to}`, [
      { path: 'status', message: `cannot change from ${from} to ${to}` },
    ]);
  }
}

/** Statuses a person may move a submission to by hand from `from` (placing has its own action). */
export const nextSubmissionStatuses = (from: SubmissionStatus): SubmissionStatus[] => [...allowed[from]];

/** The candidate-journey activity reached by moving a submission to a status. */
export function candidateActivityForSubmission(to: SubmissionStatus): CandidateActivity | null {
  switch (to) {
    case 'applied':
      return 'applied';
    case 'submitted':
      return 'submitted';
    case 'client_interview':
      return 'client_interview';
    case 'offered':
      return 'offered';
    case 'rejected':
      return 'not_selected';
    case 'withdrew':
      return 'withdrew';
    default:
      // Shortlisting is the desk's own work, not a contact with the candidate; placing has its own activity.
      return null;
  }
}

/** A submission that still holds a place in the pipeline. */
export const isSubmissionLive = (status: SubmissionStatus) =>
  status === 'applied' ||
  status === 'shortlisted' ||
  status === 'submitted' ||
  status === 'client_interview' ||
  status === 'offered';
