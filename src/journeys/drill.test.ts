import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnsFromEvents } from './columns.ts';
import { computeMap } from './compute-map.ts';
import { journeysBehind } from './drill.ts';
import type { JourneyEvent, MapDefinition, MapQuery } from './model.ts';
import { referenceJourneys } from './reference.ts';

const H = 3_600_000;
const T0 = Date.UTC(2026, 0, 1);
const def: MapDefinition = {
  activities: ['a', 'b', 'c', 'd'],
  stages: ['a', 'b', 'c'],
  stallDays: { a: 2, b: 3, c: 5 },
  terminal: ['d'],
};
const logs = fc
  .array(
    fc.record({
      journey: fc.integer({ min: 0, max: 25 }).map((n) => `j${n}`),
      activity: fc.constantFrom('a', 'b', 'c', 'd', 'x'),
      at: fc.integer({ min: 0, max: 24 * 40 }).map((h) => T0 + h * H),
    }),
    { maxLength: 250 },
  )
  .map((rows): JourneyEvent[] => rows.map((r, seq) => ({ ...r, seq })));
const queries = fc.oneof(
  fc.constant<MapQuery>({ window: { mode: 'all' }, asOf: T0 + 45 * 24 * H, topVariants: 5 }),
  fc.integer({ min: 0, max: 30 }).map(
    (d): MapQuery => ({
      window: { mode: 'event', from: T0 + d * 24 * H, to: T0 + (d + 10) * 24 * H },
      asOf: T0 + (d + 10) * 24 * H,
      topVariants: 5,
    }),
  ),
);

describe('drill-down', () => {
  it('lists exactly the journeys behind each number of the map', () => {
    fc.assert(
      fc.property(logs, queries, (events, query) => {
        const columns = columnsFromEvents(events);
        const map = computeMap(columns, def, query);
        const count = (c: Parameters<typeof journeysBehind>[3]) =>
          journeysBehind(columns, def, query, c).length;
        expect(count({ kind: 'all' })).toBe(map.journeys);
        for (const a of map.activities)
          expect(count({ kind: 'activity', activity: a.activity })).toBe(a.journeys);
        map.funnel.forEach((stage, k) => {
          expect(count({ kind: 'stage', stage: k })).toBe(stage.count);
          const next = map.funnel[k + 1]?.count ?? 0;
          expect(count({ kind: 'dropoff', stage: k })).toBe(stage.count - next);
        });
        for (const v of map.variants.top)
          expect(count({ kind: 'variant', activities: v.activities })).toBe(v.count);
        expect(count({ kind: 'stalled' })).toBe(map.stalled.count);
        for (const s of map.stalled.byActivity)
          expect(count({ kind: 'stalled', activity: s.activity })).toBe(s.count);
        // A transition lists every journey that made it at least once.
        const journeys = referenceJourneys(events, def, query);
        for (const e of map.edges) {
          const expected = [...journeys.values()].filter((j) =>
            j.some((x, i) => i + 1 < j.length && x.activity === e.from && j[i + 1]!.activity === e.to),
          ).length;
          expect(count({ kind: 'edge', from: e.from, to: e.to })).toBe(expected);
        }
      }),
      { numRuns: 300 },
    );
  });
});
