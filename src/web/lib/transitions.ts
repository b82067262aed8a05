/**
 * @module Which status moves to offer, asked of the domain's own rules (the same ones the server enforces), so the
 * app offers only moves that can work. The server still decides, and its refusal is shown.
 */
import { assertJobOrderTransition, type JobOrderStatus, jobOrderStatuses } from '../../domain/job-order.ts';
import {
  assertSubmissionTransition,
  type SubmissionStatus,
  submissionStatuses,
} from '../../domain/submission.ts';

const allowedBy = (check: () => void) => {
  try {
    check();
    return true;
  } catch {
    return false;
  }
};

/** Statuses a person may move a submission to by hand from `from` (placing has its own action). */
export const nextSubmissionStatuses = (from: SubmissionStatus): SubmissionStatus[] =>
  submissionStatuses.filter((to) => to !== from && allowedBy(() => assertSubmissionTransition(from, to)));

/** Statuses a job order may move to from `from`, given how many openings are filled. */
export const nextJobOrderStatuses = (
  from: JobOrderStatus,
  filled: number,
  openings: number,
): JobOrderStatus[] =>
  jobOrderStatuses.filter(
    (to) => to !== from && allowedBy(() => assertJobOrderTransition(from, to, filled, openings)),
  );
