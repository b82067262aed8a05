/** @module The status page's resources as the API shows them. */
import type { StageResourceView } from '../../contract/stage-resources.ts';
import type { SubmissionStatus } from '../../domain/submission.ts';
import type { StageResourceRow } from '../../store/front-door.ts';
import { iso } from './common.ts';

export const presentStageResource = (r: StageResourceRow): StageResourceView => ({
  id: r.id,
  version: r.version,
  stage: r.stage as SubmissionStatus,
  title: r.title,
  url: r.url,
  body: r.body,
  position: r.position,
  updatedAt: iso(r.updatedAt),
});
