/**
 * @module Which status moves to offer: the domain's own tables (the same rules the server enforces), so the app
 * offers only moves that can work. The server still decides, and its refusal is shown.
 */
export { nextJobOrderStatuses } from '../../domain/job-order.ts';
export { nextSubmissionStatuses } from '../../domain/submission.ts';
