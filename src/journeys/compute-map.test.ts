import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnsFromEvents } from './columns.ts';
import { computeMap, newScratch } from './compute-map.ts';
import type { JourneyEvent, MapDefinition, MapQuery } from './model.ts';
import { referenceMap } from './reference.ts';

const ACTIVITIES = ['a', 'b', 'c', 'd', 'e', 'f', 'x'];
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);

/** Random logs with ties in time, activities left out of the definition, and journeys of every length. */
const logs = fc
  .array(
    fc.record({
      journey: fc.integer({ min: 0, max: 25 }).map((n) => `j${n}`),
      activity: fc.constantFrom(...ACTIVITIES),
      // Coarse times (whole hours over two months) so ties happen often.
      at: fc.integer({ min: 0, max: 60 * 24 }).map((h) => T0 + h * 3_600_000),
    }),
    { maxLength: 250 },
  )
  .map((rows): JourneyEvent[] => rows.map((r, seq) => ({ ...r, seq })));

const definitions = fc
  .record({
    activities: fc.subarray(ACTIVITIES, { minLength: 1 }),
    stageCount: fc.integer({ min: 0, max: 5 }),
    stall: fc.dictionary(fc.constantFrom(...ACTIVITIES), fc.integer({ min: 1, max: 40 })),
    terminal: fc.subarray(ACTIVITIES),
  })
  .chain((d) =>
    fc
      .shuffledSubarray(d.activities, {
        minLength: 0,
        maxLength: Math.min(d.stageCount, d.activities.length),
      })
      .map(
        (stages): MapDefinition => ({
          activities: d.activities,
          stages,
          stallDays: d.stall,
          terminal: d.terminal,
        }),
      ),
  );

const queries = fc.oneof(
  fc.constant<MapQuery>({ window: { mode: 'all' }, asOf: T0 + 70 * DAY, topVariants: 5 }),
  fc
    .tuple(
      fc.integer({ min: 0, max: 60 }),
      fc.integer({ min: 1, max: 60 }),
      fc.constantFrom('event' as const, 'cohort' as const),
    )
    .map(([from, length, mode]): MapQuery => {
      const window = { mode, from: T0 + from * DAY, to: T0 + (from + length) * DAY };
      return { window, asOf: mode === 'event' ? window.to : T0 + 70 * DAY, topVariants: 4 };
    }),
);

describe('the columnar engine', () => {
  it('computes exactly the reference map on random logs, definitions and windows', () => {
    const scratch = newScratch();
    fc.assert(
      fc.property(logs, definitions, queries, (events, def, query) => {
        const expected = referenceMap(events, def, query);
        const actual = computeMap(columnsFromEvents(events), def, query, { scratch });
        expect(actual).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('computes a sub-population exactly as the reference does on those journeys alone', () => {
    fc.assert(
      fc.property(
        logs,
        definitions,
        fc.array(fc.integer({ min: 0, max: 25 }), { maxLength: 10 }),
        (events, def, picks) => {
          const columns = columnsFromEvents(events);
          const chosen = [...new Set(picks)]
            .filter((p) => p < columns.journeyIds.length)
            .sort((a, b) => a - b);
          const ids = new Set(chosen.map((p) => columns.journeyIds[p]));
          const query: MapQuery = { window: { mode: 'all' }, asOf: T0 + 70 * DAY, topVariants: 3 };
          const expected = referenceMap(
            events.filter((e) => ids.has(e.journey)),
            def,
            query,
          );
          expect(computeMap(columns, def, query, { selection: Uint32Array.from(chosen) })).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('approximates percentiles within 1 % and keeps every count exact', () => {
    const close = (approx: number, exact: number) =>
      exact === 0 ? approx < 0.002 : Math.abs(approx - exact) / exact <= 0.01 + 1e-12;
    fc.assert(
      fc.property(logs, definitions, queries, (events, def, query) => {
        const exact = referenceMap(events, def, query);
        const approx = computeMap(columnsFromEvents(events), def, query, { percentiles: 'approximate' });
        const counts = (m: typeof exact) => ({
          ...m,
          edges: m.edges.map((e) => [e.from, e.to, e.count]),
          dwell: m.dwell.map((d) => [d.activity, d.count]),
        });
        expect(counts(approx)).toEqual(counts(exact));
        approx.edges.forEach((e, i) => {
          expect(close(e.median, exact.edges[i]!.median), `median ${e.from}>${e.to}`).toBe(true);
          expect(close(e.p90, exact.edges[i]!.p90), `p90 ${e.from}>${e.to}`).toBe(true);
        });
        approx.dwell.forEach((d, i) => {
          expect(close(d.median, exact.dwell[i]!.median)).toBe(true);
          expect(close(d.p90, exact.dwell[i]!.p90)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('follows the definitions on a worked example', () => {
    const h = 3_600_000;
    const ev = (journey: string, activity: string, hours: number, seq: number): JourneyEvent => ({
      journey,
      activity,
      at: T0 + hours * h,
      seq,
    });
    const events = [
      ev('p', 'registered', 0, 1),
      ev('p', 'screened', 2, 2),
      ev('p', 'placed', 26, 3),
      ev('q', 'registered', 0, 4),
      ev('q', 'screened', 0, 5), // same moment as registering: not strictly after, so the funnel stops at stage 0
      ev('q', 'note', 1, 6), // left out of the journey by the definition
      ev('r', 'screened', 5, 7),
      ev('r', 'registered', 6, 8), // out of order: reaches no stage beyond the first
    ];
    const def: MapDefinition = {
      activities: ['registered', 'screened', 'placed'],
      stages: ['registered', 'screened', 'placed'],
      stallDays: { screened: 1 },
      terminal: ['placed'],
    };
    const map = computeMap(columnsFromEvents(events), def, {
      window: { mode: 'all' },
      asOf: T0 + 72 * h,
      topVariants: 10,
    });
    expect(map.funnel.map((f) => f.count)).toEqual([3, 1, 1]);
    expect(map.funnel[1]!.conversion).toBeCloseTo(1 / 3);
    expect(map.variants.top.map((v) => [v.activities.join('>'), v.count])).toEqual([
      ['registered>screened', 1],
      ['registered>screened>placed', 1],
      ['screened>registered', 1],
    ]);
    expect(map.edges.find((e) => e.from === 'screened' && e.to === 'placed')).toMatchObject({
      count: 1,
      median: 86_400,
    });
    // q's last touchpoint (screened, hour 0) is 72 h old at asOf: past the 1-day threshold. r ends on registered (none).
    expect(map.stalled).toEqual({ count: 1, byActivity: [{ activity: 'screened', count: 1 }] });
  });
});
