/** @module Placements and the assignments they start. */
import { DomainError } from './errors.ts';
import { isOrderWorkable, type JobOrderStatus } from './job-order.ts';
import type { SubmissionStatus } from './submission.ts';

export const placementStatuses = ['active', 'ended'] as const;
export type PlacementStatus = (typeof placementStatuses)[number];

export const endReasons = [
  'completed',
  'client_ended',
  'candidate_resigned',
  'converted_to_hire',
  'no_show',
  'performance',
  'other',
] as const;
export type EndReason = (typeof endReasons)[number];
export const endReasonLabels: Record<EndReason, string> = {
  completed: 'Assignment completed',
  client_ended: 'Ended by client',
  candidate_resigned: 'Candidate resigned',
  converted_to_hire: 'Hired by client',
  no_show: 'No show',
  performance: 'Performance',
  other: 'Other',
};

/**
 * End reasons that give the opening back: the person did not stay, so the client still needs someone. A completed,
 * converted or client-ended assignment did its job and keeps the opening filled.
 */
export const openingFreeingEndReasons = [
  'no_show',
  'candidate_resigned',
  'performance',
] as const satisfies readonly EndReason[];
export const endReasonFreesOpening = (reason: EndReason) =>
  (openingFreeingEndReasons as readonly EndReason[]).includes(reason);

export const checkInKinds = ['call', 'visit', 'email', 'sms'] as const;
export type CheckInKind = (typeof checkInKinds)[number];

/** Throws unless a submission may be turned into a placement on this order. */
export function assertCanPlace(input: {
  submissionStatus: SubmissionStatus;
  orderStatus: JobOrderStatus;
  filledCount: number;
  openings: number;
  startDate: string;
  endDate: string | null;
}) {
  if (input.submissionStatus === 'placed') {
    throw new DomainError('invalid_transition', 'This candidate is already placed on this job order');
  }
  if (input.submissionStatus === 'rejected' || input.submissionStatus === 'withdrew') {
    throw new DomainError(
      'invalid_transition',
      `A ${input.submissionStatus} submission cannot be placed; shortlist the candidate again first`,
    );
  }
  if (!isOrderWorkable(input.orderStatus)) {
    throw new DomainError(
      'invalid_transition',
      `The job order is ${input.orderStatus}; reopen it to place someone`,
    );
  }
  if (input.filledCount >= input.openings) {
    throw new DomainError('invalid_transition', 'Every opening on this job order is already filled');
  }
  if (input.endDate !== null && input.endDate < input.startDate) {
    throw new DomainError('validation', 'The end date is before the start date', [
      { path: 'endDate', message: 'must be on or after the start date' },
    ]);
  }
}

/** Gross margin per unit of time, as staffing desks quote it: (bill − pay) / bill. */
export function marginPercent(payRate: number | null, billRate: number | null): number | null {
  if (payRate === null || billRate === null || billRate <= 0) return null;
  return Math.round(((billRate - payRate) / billRate) * 1000) / 10;
}
