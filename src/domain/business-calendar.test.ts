import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addBusinessHours,
  type BusinessCalendar,
  defaultWeek,
  nextOpen,
  weekProblems,
} from './business-calendar.ts';

const boston: BusinessCalendar = {
  zone: 'America/New_York',
  week: defaultWeek,
  holidays: new Set(['2026-11-26']), // Thanksgiving
};
const at = (iso: string) => new Date(iso);

describe('business time in Boston (08:00–17:00, Monday to Friday)', () => {
  it('adds hours within a day, across the evening, and across a weekend', () => {
    // Monday 2026-11-23 10:00 EST = 15:00Z.
    expect(addBusinessHours(boston, at('2026-11-23T15:00:00Z'), 2)).toEqual(at('2026-11-23T17:00:00Z'));
    // 16:00 + 2 h: one hour today, one tomorrow from 08:00 → Tuesday 09:00 EST.
    expect(addBusinessHours(boston, at('2026-11-23T21:00:00Z'), 2)).toEqual(at('2026-11-24T14:00:00Z'));
    // Friday 16:30 + 2 h → Monday 09:30.
    expect(addBusinessHours(boston, at('2026-11-20T21:30:00Z'), 2)).toEqual(at('2026-11-23T14:30:00Z'));
  });

  it('skips holidays, and counts a request made at night from the next opening', () => {
    // Wednesday 2026-11-25 16:00 + 2 h: Thursday is Thanksgiving → Friday 09:00.
    expect(addBusinessHours(boston, at('2026-11-25T21:00:00Z'), 2)).toEqual(at('2026-11-27T14:00:00Z'));
    // Saturday night → Monday 08:00 opening, +1 h.
    expect(addBusinessHours(boston, at('2026-11-22T03:00:00Z'), 1)).toEqual(at('2026-11-23T14:00:00Z'));
  });

  it('adds business days at the same local time', () => {
    // Friday 2026-11-20 16:00 + 1 business day → Monday 16:00.
    expect(addBusinessDays(boston, at('2026-11-20T21:00:00Z'), 1)).toEqual(at('2026-11-23T21:00:00Z'));
    // Wednesday before Thanksgiving 11:00 + 1 → Friday 11:00.
    expect(addBusinessDays(boston, at('2026-11-25T16:00:00Z'), 1)).toEqual(at('2026-11-27T16:00:00Z'));
    // Sunday evening counts from Monday's opening: Monday 08:00 + 1 → Tuesday 08:00.
    expect(addBusinessDays(boston, at('2026-11-22T23:00:00Z'), 1)).toEqual(at('2026-11-24T13:00:00Z'));
  });

  it('keeps local hours across the change from daylight time', () => {
    // Friday 2026-10-30 16:00 EDT (20:00Z) + 1 business day → Monday 2026-11-02 16:00 EST (21:00Z).
    expect(addBusinessDays(boston, at('2026-10-30T20:00:00Z'), 1)).toEqual(at('2026-11-02T21:00:00Z'));
    expect(addBusinessHours(boston, at('2026-10-30T20:00:00Z'), 2)).toEqual(at('2026-11-02T14:00:00Z'));
  });

  it('keeps wall-clock opening hours on the day the clocks change', () => {
    // A branch open on Sundays, 08:00–12:00: on 2026-03-08 (spring forward) it opens at 08:00 EDT = 12:00Z.
    const sundays: BusinessCalendar = { ...boston, week: { '7': [['08:00', '12:00']] } };
    expect(nextOpen(sundays, at('2026-03-08T05:00:00Z'))).toEqual(at('2026-03-08T12:00:00Z'));
    // And on 2026-11-01 (fall back) at 08:00 EST = 13:00Z; 4 business hours end at 12:00 EST.
    expect(addBusinessHours(sundays, at('2026-11-01T05:00:00Z'), 4)).toEqual(at('2026-11-01T17:00:00Z'));
  });

  it('always lands in working hours, later than the start by at least the business time added', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 * 24 * 60 }),
        fc.integer({ min: 1, max: 40 }),
        (minute, hours) => {
          const start = new Date(Date.UTC(2026, 9, 1) + minute * 60_000);
          const end = addBusinessHours(boston, start, hours);
          expect(end.getTime()).toBeGreaterThanOrEqual(start.getTime() + hours * 3_600_000);
          // The end is inside hours or exactly at a closing time.
          expect(nextOpen(boston, new Date(end.getTime() - 1)).getTime()).toBe(end.getTime() - 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('weekProblems', () => {
  it('finds bad times, reversed and overlapping hours', () => {
    expect(weekProblems(defaultWeek)).toEqual([]);
    expect(weekProblems({ '1': [['9:00', '17:00']] })).toEqual(['1: use HH:MM times']);
    expect(weekProblems({ '2': [['17:00', '09:00']] })).toEqual(['2: 17:00 is not before 09:00']);
    expect(
      weekProblems({
        '3': [
          ['08:00', '12:00'],
          ['11:00', '15:00'],
        ],
      }),
    ).toEqual(['3: hours overlap']);
    expect(weekProblems({ '8': [] })).toEqual(['8: not a weekday (1 to 7)']);
  });
});
