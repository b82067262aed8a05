/**
 * @module The status page's resources as staff read them: grouped by stage (in the server's order, the order an
 * application moves), and which links may be opened (only web addresses, whatever an older row or a bad import may
 * hold).
 */
import type { StageResourceView } from '../../../contract/index.ts';
import type { SubmissionStatus } from '../../../domain/submission.ts';
import { submissionStatusLabels } from '../../lib/labels.ts';

export interface StageGroup {
  stage: SubmissionStatus;
  label: string;
  items: StageResourceView[];
}

/**
 * The stages that have resources, each with its resources, in the order the server lists them (stages as an
 * application moves, each stage's resources by position): grouped, never sorted again here.
 */
export function groupByStage(items: readonly StageResourceView[]): StageGroup[] {
  const byStage = new Map<SubmissionStatus, StageResourceView[]>();
  for (const resource of items) {
    const inStage = byStage.get(resource.stage);
    if (inStage) inStage.push(resource);
    else byStage.set(resource.stage, [resource]);
  }
  return [...byStage].map(([stage, inStage]) => ({
    stage,
    label: submissionStatusLabels[stage],
    items: inStage,
  }));
}

/** The address to link to, or null when it is not an http(s) address (then it is shown as text, never linked). */
export const resourceHref = (url: string | null): string | null =>
  url && /^https?:\/\//i.test(url) ? url : null;
