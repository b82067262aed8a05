/**
 * Sources flow into journey segments: people who came through the careers site from a job board, on a friend's
 * word, or who walked in, are separate populations on the journey map, so the map compares sources by conversion.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock } from '../../../test/clock.ts';
import { openTestStore, type TestStore } from '../../../test/db.ts';
import {
  applicationInput,
  buildCandidate,
  buildJobOrder,
  buildWorld,
  unique,
  type World,
} from '../../../test/factories.ts';
import { journeyMapQuery } from '../../contract/journeys.ts';
import { updateSubmissionRequest } from '../../contract/pipeline.ts';
import type { AttributionInput } from '../../domain/attribution.ts';
import { findCandidate } from '../../store/candidates.ts';
import { findSubmission } from '../../store/submissions.ts';
import { JourneyHost } from '../journey-engine.ts';
import { journeyMap, journeySegments } from '../journey-maps.ts';
import { updateSubmission } from '../submissions.ts';
import { receiveApplication } from './intake.ts';

let store: TestStore;
let w: World;
const clock = testClock('2026-11-23T15:00:00Z');

beforeAll(async () => {
  store = await openTestStore();
  w = await buildWorld(store, clock);
  w.ctx.journeys = new JourneyHost(store, { snapshotDir: null, pollMs: 0, clock });
});
afterAll(() => store.close());

const applyFrom = (attribution: AttributionInput, jobOrderId: string) =>
  receiveApplication(w.ctx, applicationInput(w, { jobOrderId, attribution }));

const mapOf = async (source: string) =>
  journeyMap(w.ctx, w.admin, 'candidate', journeyMapQuery.parse({ source, exact: 'true' }));
/** Journeys that reached an activity (the funnel counts only those that passed every earlier stage in order). */
const reached = (map: Awaited<ReturnType<typeof mapOf>>, activity: string) =>
  map.activities.find((a) => a.activity === activity)?.journeys ?? 0;

describe('sources as journey segments', () => {
  it('splits the map by where people heard of the firm, and the funnel converts differently per source', async () => {
    const job = await buildJobOrder(w, { published: true, title: `Packer ${unique()}` }, w.admin);
    const fromBoard = [
      await applyFrom({ utmSource: 'indeed', utmMedium: 'cpc', utmCampaign: 'winter' }, job.id),
      await applyFrom({ referrer: 'https://www.ziprecruiter.com/jobs/123' }, job.id),
      await applyFrom({ utmSource: 'LinkedIn' }, job.id),
    ];
    const referred = [
      await applyFrom({ howHeard: 'referral' }, job.id),
      await applyFrom({ howHeard: 'referral', referrer: 'https://jobs.harbor.example/careers' }, job.id),
    ];
    await buildCandidate(w, { source: 'walk_in' });

    for (const a of fromBoard)
      expect((await findCandidate(store.db, w.firmId, a.candidateId))?.source).toBe('job_board');
    for (const a of referred)
      expect((await findCandidate(store.db, w.firmId, a.candidateId))?.source).toBe('referral');
    // The campaign is kept with the person, not only the coarse source.
    expect((await findCandidate(store.db, w.firmId, fromBoard[0]!.candidateId))?.sourceDetail).toContain(
      'winter',
    );

    // One job-board applicant is put forward to the client; nobody referred is.
    const s = await findSubmission(store.db, w.firmId, fromBoard[0]!.submissionId!);
    await updateSubmission(
      w.ctx,
      w.admin,
      s!.id,
      updateSubmissionRequest.parse({ status: 'submitted', version: s!.version }),
    );

    const board = await mapOf('job_board');
    const referral = await mapOf('referral');
    const walkIn = await mapOf('walk_in');
    expect([board.journeys, referral.journeys, walkIn.journeys]).toEqual([3, 2, 1]);
    expect(reached(board, 'applied')).toBe(3);
    expect(reached(walkIn, 'applied')).toBe(0);
    expect(reached(board, 'submitted')).toBe(1);
    expect(reached(referral, 'submitted')).toBe(0);
    expect(board.funnel[0]).toMatchObject({ activity: 'registered', count: 3 });

    const segments = await journeySegments(w.ctx, w.admin, 'candidate');
    expect(segments.sources).toEqual(
      expect.arrayContaining([
        { value: 'job_board', label: 'Job board' },
        { value: 'referral', label: 'Referral' },
        { value: 'walk_in', label: 'Walk-in' },
      ]),
    );
  });
});
