import { describe, expect, it } from 'vitest';
import { restingFor, stripOf } from './path-steps.ts';

const steps = [
  { activity: 'registered', at: '2026-03-01T09:00:00Z' },
  { activity: 'screened', at: '2026-03-03T09:00:00Z' },
  { activity: 'assignment_checkin', at: '2026-03-10T09:00:00Z' },
  { activity: 'assignment_checkin', at: '2026-03-17T09:00:00Z' },
  { activity: 'assignment_checkin', at: '2026-03-24T09:00:00Z' },
  { activity: 'assignment_ended', at: '2026-03-25T09:00:00Z' },
];

describe('stripOf', () => {
  it('folds repeats in a row and measures the gap from the end of the step before', () => {
    const strip = stripOf(steps);
    expect(strip.map((s) => [s.activity, s.number, s.times])).toEqual([
      ['registered', 1, 1],
      ['screened', 2, 1],
      ['assignment_checkin', 3, 3],
      ['assignment_ended', 6, 1],
    ]);
    expect(strip[0]!.gap).toBeNull();
    expect(strip[1]!.gap).toBe(2 * 86_400);
    expect(strip[3]!.gap).toBe(86_400); // from the last check-in, not the first
  });
  it('keeps a step that comes back later apart', () => {
    const strip = stripOf([...steps.slice(0, 2), { activity: 'registered', at: '2026-03-04T09:00:00Z' }]);
    expect(strip.map((s) => s.activity)).toEqual(['registered', 'screened', 'registered']);
  });
  it('says how long the journey has rested', () => {
    expect(restingFor(steps, Date.parse('2026-03-27T09:00:00Z'))).toBe(2 * 86_400);
    expect(restingFor([])).toBeNull();
  });
});
