/**
 * @module Test factories: journey maps shaped as the API sends them (see src/contract/journeys.ts), for the web
 * unit tests. A candidate firm of 1,000 journeys with loops (interviewed again, redeployed back to a new assignment),
 * drop-outs and stalls; `buildMap({...overrides})` changes what a test is about.
 */
import type { JourneyActivityView, JourneyMapView } from '../../../contract/index.ts';

const DAY = 86_400;
const HOUR = 3600;

const activity = (
  key: string,
  label: string,
  stallDays: number | null,
  terminal = false,
): JourneyActivityView => ({
  key,
  label,
  stallDays,
  terminal,
  builtIn: true,
});

export const candidateActivities: JourneyActivityView[] = [
  activity('heard_of_us', 'Heard of us', 14),
  activity('registered', 'Registered', 3),
  activity('screened', 'Screened', 7),
  activity('interviewed', 'Interviewed', 7),
  activity('tested', 'Tested', 5),
  activity('submitted', 'Submitted to client', 7),
  activity('client_interview', 'Client interview', 5),
  activity('offered', 'Offered', 3),
  activity('not_selected', 'Not selected', 14),
  activity('placed', 'Placed', 7),
  activity('assignment_started', 'Assignment started', 10),
  activity('assignment_checkin', 'Assignment check-in', 35),
  activity('assignment_ended', 'Assignment ended', 14),
  activity('redeployed', 'Redeployed', 7),
  activity('withdrew', 'Withdrew', null, true),
];

type EdgeRow = [from: string, to: string, count: number, medianSeconds: number];

/** Transitions of the fixture firm: the main line, loops back, and a tail of rare moves. */
export const candidateEdges: EdgeRow[] = [
  ['heard_of_us', 'registered', 610, 2 * DAY],
  ['registered', 'screened', 820, 1.5 * DAY],
  ['registered', 'withdrew', 60, 12 * DAY],
  ['screened', 'interviewed', 540, 3 * DAY],
  ['screened', 'submitted', 180, 4 * DAY],
  ['interviewed', 'interviewed', 90, 2 * DAY],
  ['interviewed', 'tested', 260, 1 * DAY],
  ['interviewed', 'submitted', 300, 2 * DAY],
  ['tested', 'submitted', 240, 5 * HOUR],
  ['submitted', 'client_interview', 430, 3 * DAY],
  ['submitted', 'not_selected', 210, 6 * DAY],
  ['client_interview', 'offered', 260, 2 * DAY],
  ['client_interview', 'not_selected', 150, 4 * DAY],
  ['not_selected', 'submitted', 120, 9 * DAY],
  ['offered', 'placed', 240, 1 * DAY],
  ['placed', 'assignment_started', 235, 5 * DAY],
  ['assignment_started', 'assignment_checkin', 220, 14 * DAY],
  ['assignment_checkin', 'assignment_checkin', 310, 28 * DAY],
  ['assignment_checkin', 'assignment_ended', 150, 40 * DAY],
  ['assignment_ended', 'redeployed', 70, 10 * DAY],
  ['redeployed', 'assignment_started', 65, 6 * DAY],
  ['screened', 'withdrew', 8, 20 * DAY],
  ['offered', 'withdrew', 4, 2 * DAY],
  ['tested', 'withdrew', 3, 9 * DAY],
];

/** A candidate journey map of 1,000 journeys; override any part. */
export function buildMap(overrides: Partial<JourneyMapView> = {}): JourneyMapView {
  const edges = candidateEdges.map(([from, to, count, median]) => ({
    from,
    to,
    count,
    median,
    p90: median * 3,
  }));
  const events = new Map<string, number>();
  for (const e of edges) events.set(e.to, (events.get(e.to) ?? 0) + e.count);
  events.set('registered', 1000);
  events.set('heard_of_us', 640);
  return {
    type: 'candidate',
    definition: {
      version: 2,
      activities: candidateActivities,
      stages: ['registered', 'screened', 'submitted', 'placed'],
    },
    window: { mode: 'all', from: null, to: null, asOf: '2026-03-31T12:00:00.000Z' },
    approximate: false,
    journeys: 1000,
    events: [...events.values()].reduce((a, b) => a + b, 0),
    activities: [...events.entries()].map(([key, n]) => ({
      activity: key,
      events: n,
      journeys: Math.min(1000, Math.round(n * 0.8)),
    })),
    funnel: [
      { activity: 'registered', count: 1000, conversion: null },
      { activity: 'screened', count: 820, conversion: 0.82 },
      { activity: 'submitted', count: 610, conversion: 610 / 820 },
      { activity: 'placed', count: 240, conversion: 240 / 610 },
    ],
    variants: {
      distinct: 212,
      top: [
        {
          key: 'registered,screened,withdrew',
          activities: ['registered', 'screened', 'withdrew'],
          count: 120,
          share: 0.12,
          medianDuration: 9 * DAY,
        },
        {
          key: 'heard_of_us,registered,screened,interviewed,submitted,client_interview,offered,placed',
          activities: [
            'heard_of_us',
            'registered',
            'screened',
            'interviewed',
            'submitted',
            'client_interview',
            'offered',
            'placed',
          ],
          count: 95,
          share: 0.095,
          medianDuration: 24 * DAY,
        },
      ],
    },
    edges,
    dwell: [
      { activity: 'registered', count: 880, median: 1.5 * DAY, p90: 6 * DAY },
      { activity: 'screened', count: 728, median: 3 * DAY, p90: 10 * DAY },
      { activity: 'submitted', count: 640, median: 4 * DAY, p90: 15 * DAY },
    ],
    stalled: {
      count: 75,
      byActivity: [
        { activity: 'registered', count: 40 },
        { activity: 'submitted', count: 35 },
      ],
    },
    computeMs: 14.2,
    ...overrides,
  };
}
