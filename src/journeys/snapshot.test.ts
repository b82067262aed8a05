import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnsFromEvents } from './columns.ts';
import { computeMap } from './compute-map.ts';
import { JourneyLog } from './journey-log.ts';
import type { JourneyEvent, MapDefinition } from './model.ts';
import { Segments } from './segments.ts';
import { decodeSnapshot, encodeSnapshot } from './snapshot.ts';

const def: MapDefinition = {
  activities: ['a', 'b', 'c'],
  stages: ['a', 'b'],
  stallDays: { a: 1 },
  terminal: [],
};

describe('journey snapshots', () => {
  it('give back the same log, segments and maps, after appends and moves', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            journey: fc.integer({ min: 0, max: 15 }).map((n) => `j${n}`),
            activity: fc.constantFrom('a', 'b', 'c'),
            at: fc.integer({ min: 0, max: 100 }).map((h) => h * 3_600_000),
          }),
          { maxLength: 120 },
        ),
        fc.integer({ min: 0, max: 120 }),
        (rows, split) => {
          const base: JourneyEvent[] = rows.slice(0, split).map((r, seq) => ({ ...r, seq }));
          const log = JourneyLog.fromColumns(columnsFromEvents(base));
          for (const r of rows.slice(split)) log.insert(log.ensure(r.journey), r.activity, r.at);
          const segments = new Segments();
          for (let j = 0; j < log.journeyCount; j++)
            segments.set(j, { source: j % 3 === 0 ? 'referral' : null, branch: `b${j % 2}` });
          const bytes = encodeSnapshot(log, segments, { cursor: 42 });
          const back = decodeSnapshot(bytes);
          expect(back.meta).toEqual({ cursor: 42 });
          for (let j = 0; j < log.journeyCount; j++) {
            expect(back.log.journeyIds[j]).toBe(log.journeyIds[j]);
            expect(back.log.eventsOf(j)).toEqual(log.eventsOf(j));
            expect(back.segments.valueOf(j, 'source')).toBe(segments.valueOf(j, 'source'));
            expect(back.segments.valueOf(j, 'branch')).toBe(segments.valueOf(j, 'branch'));
          }
          const query = { window: { mode: 'all' as const }, asOf: 200 * 3_600_000, topVariants: 3 };
          expect(computeMap(back.log.columns(), def, query)).toEqual(computeMap(log.columns(), def, query));
          // A decoded log keeps taking appends.
          back.log.insert(back.log.ensure('new'), 'a', 5);
          expect(back.log.eventsOf(back.log.indexOf('new'))).toEqual([{ activity: 'a', at: 5 }]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses bytes that are not a snapshot', () => {
    expect(() => decodeSnapshot(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow(/not a journey snapshot/);
    const bytes = encodeSnapshot(JourneyLog.empty(), new Segments(), {});
    expect(() => decodeSnapshot(bytes.subarray(0, bytes.length - 8))).toThrow();
  });
});
