/**
 * @module The status page's resources as staff read them: grouped by stage in the order an application moves, and
 * which links may be opened (only web addresses, whatever an older row or a bad import may hold).
 */
import type { StageResourceView } from '../../../contract/index.ts';
import { type SubmissionStatus, submissionStatuses } from '../../../domain/submission.ts';
import { submissionStatusLabels } from '../../lib/labels.ts';

export interface StageGroup {
  stage: SubmissionStatus;
  label: string;
  items: StageResourceView[];
}

/** The stages that have resources, in application order, each with its resources by position. */
export function groupByStage(items: readonly StageResourceView[]): StageGroup[] {
  return submissionStatuses.flatMap((stage) => {
    const inStage = items.filter((r) => r.stage === stage).sort((a, b) => a.position - b.position);
    return inStage.length ? [{ stage, label: submissionStatusLabels[stage], items: inStage }] : [];
  });
}

/** The address to link to, or null when it is not an http(s) address (then it is shown as text, never linked). */
export const resourceHref = (url: string | null): string | null =>
  url && /^https?:\/\//i.test(url) ? url : null;

/** The stages a resource can be added to, with the app's labels. */
export const stageOptions = submissionStatuses.map((stage) => ({
  value: stage,
  label: submissionStatusLabels[stage],
}));
