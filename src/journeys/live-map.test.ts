import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnsFromEvents } from './columns.ts';
import { computeMap } from './compute-map.ts';
import { JourneyLog } from './journey-log.ts';
import { LiveMap } from './live-map.ts';
import type { JourneyEvent, JourneyMap, MapDefinition } from './model.ts';

const ACTIVITIES = ['a', 'b', 'c', 'd', 'x'];
const H = 3_600_000;
const def: MapDefinition = {
  activities: ['a', 'b', 'c', 'd'],
  stages: ['a', 'b', 'c'],
  stallDays: { a: 1, b: 2 },
  terminal: ['d'],
};

const event = fc.record({
  journey: fc.integer({ min: 0, max: 20 }).map((n) => `j${n}`),
  activity: fc.constantFrom(...ACTIVITIES),
  at: fc.integer({ min: 0, max: 24 * 30 }).map((h) => h * H),
});
type Op =
  | { kind: 'insert'; e: { journey: string; activity: string; at: number } }
  | { kind: 'void'; journey: string };
const ops = fc.array(
  fc.oneof(
    { weight: 9, arbitrary: event.map((e): Op => ({ kind: 'insert', e })) },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 0, max: 20 }).map((n): Op => ({ kind: 'void', journey: `j${n}` })),
    },
  ),
  { maxLength: 200 },
);

/** Counts and variants exact; transition, dwell and variant times within 1 %. */
function expectSameMap(live: JourneyMap, exact: JourneyMap) {
  const close = (x: number, y: number) => (y === 0 ? x < 0.002 : Math.abs(x - y) / y <= 0.01 + 1e-12);
  const shape = (m: JourneyMap) => ({
    ...m,
    edges: m.edges.map((e) => [e.from, e.to, e.count]),
    dwell: m.dwell.map((d) => [d.activity, d.count]),
    variants: { ...m.variants, top: m.variants.top.map((v) => [v.activities, v.count]) },
  });
  expect(shape(live)).toEqual(shape(exact));
  live.edges.forEach((e, i) => {
    expect(close(e.median, exact.edges[i]!.median)).toBe(true);
    expect(close(e.p90, exact.edges[i]!.p90)).toBe(true);
  });
  live.variants.top.forEach((v, i) => {
    expect(close(v.medianDuration, exact.variants.top[i]!.medianDuration)).toBe(true);
  });
  live.dwell.forEach((d, i) => {
    expect(close(d.median, exact.dwell[i]!.median)).toBe(true);
    expect(close(d.p90, exact.dwell[i]!.p90)).toBe(true);
  });
}

describe('the live map', () => {
  it('stays equal to a full recomputation through appends, out-of-order arrivals, corrections and new journeys', () => {
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 150 }),
        ops,
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 4 }),
        (base, changes, top, trackedVariants) => {
          const baseEvents: JourneyEvent[] = base.map((e, seq) => ({ ...e, seq }));
          const log = JourneyLog.fromColumns(columnsFromEvents(baseEvents));
          // Few variant histograms, read between changes: the top lists move, and tracked variants are evicted.
          const live = new LiveMap(log, def, { trackedVariants });
          const asOf = 40 * 24 * H;
          const check = () =>
            expectSameMap(
              live.read(asOf, top),
              computeMap(log.columns(), def, { window: { mode: 'all' }, asOf, topVariants: top }),
            );
          for (const [n, op] of changes.entries()) {
            if (n % 25 === 0) check();
            if (op.kind === 'insert') {
              const j = log.ensure(op.e.journey);
              live.beforeChange(j);
              log.insert(j, op.e.activity, op.e.at);
              live.afterChange(j);
            } else {
              const j = log.indexOf(op.journey);
              if (j < 0) continue;
              // A correction voids the journey's first event: the journey is replaced without it.
              live.beforeChange(j);
              log.replace(j, log.eventsOf(j).slice(1));
              live.afterChange(j);
            }
          }
          check();
        },
      ),
      { numRuns: 300 },
    );
  });
});
