import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnsFromEvents } from './columns.ts';
import { JourneyLog } from './journey-log.ts';
import type { JourneyEvent } from './model.ts';

/** The log's journeys as plain lists, to compare with what was put in. */
function contents(log: JourneyLog) {
  const out: Record<string, { activity: string; at: number }[]> = {};
  for (let j = 0; j < log.journeyCount; j++) out[log.journeyIds[j]!] = log.eventsOf(j);
  return out;
}

describe('the live journey log', () => {
  it('holds every journey in time order (ties in arrival order) however events arrive, through moves and compaction', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            journey: fc.integer({ min: 0, max: 30 }).map((n) => `j${n}`),
            activity: fc.constantFrom('a', 'b', 'c', 'd'),
            at: fc.integer({ min: 0, max: 40 }),
          }),
          { maxLength: 400 },
        ),
        fc.integer({ min: 0, max: 400 }),
        (rows, baseCount) => {
          // Some events form the starting columns, the rest arrive one by one.
          const base: JourneyEvent[] = rows.slice(0, baseCount).map((r, seq) => ({ ...r, seq }));
          const log = JourneyLog.fromColumns(columnsFromEvents(base));
          rows.slice(baseCount).forEach((r, i) => {
            log.insert(log.ensure(r.journey), r.activity, r.at);
            if (i % 97 === 96) log.compact();
          });
          const expected: Record<string, { activity: string; at: number }[]> = {};
          const ordered = rows
            .map((r, seq) => ({ ...r, seq }))
            .sort(
              (x, y) =>
                (x.journey < y.journey ? -1 : x.journey > y.journey ? 1 : 0) || x.at - y.at || x.seq - y.seq,
            );
          for (const r of ordered) {
            expected[r.journey] = [...(expected[r.journey] ?? []), { activity: r.activity, at: r.at }];
          }
          expect(contents(log)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('says whether an event went at the end, and replaces a journey whole', () => {
    const log = JourneyLog.empty();
    const j = log.ensure('p');
    expect(log.insert(j, 'registered', 10)).toBe(true);
    expect(log.insert(j, 'placed', 30)).toBe(true);
    expect(log.insert(j, 'screened', 20)).toBe(false);
    log.replace(j, [
      { activity: 'registered', at: 10 },
      { activity: 'placed', at: 30 },
    ]);
    expect(log.eventsOf(j).map((e) => e.activity)).toEqual(['registered', 'placed']);
    const big = Array.from({ length: 50 }, (_, i) => ({ activity: 'x', at: i }));
    log.replace(j, big);
    expect(log.eventsOf(j)).toHaveLength(50);
    expect(log.indexOf('p')).toBe(0);
    expect(log.indexOf('q')).toBe(-1);
  });
});
