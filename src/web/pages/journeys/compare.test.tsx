import { describe, expect, it } from 'vitest';
import {
  compareDwell,
  compareFunnels,
  compareHeadline,
  compareStalls,
  compareVariants,
  pointsTone,
  timeTone,
} from './compare.ts';
import { buildMap } from './map-fixtures.ts';

const DAY = 86_400;

// Segment A: job board, 1,000 journeys. Segment B: referrals, 400 journeys that convert better and move faster.
const a = buildMap();
const b = buildMap({
  journeys: 400,
  funnel: [
    { activity: 'registered', count: 400, conversion: null },
    { activity: 'screened', count: 360, conversion: 0.9 },
    { activity: 'submitted', count: 250, conversion: 250 / 360 },
    { activity: 'placed', count: 150, conversion: 0.6 },
  ],
  dwell: [
    { activity: 'registered', count: 380, median: 0.5 * DAY, p90: 2 * DAY },
    { activity: 'screened', count: 300, median: 3.05 * DAY, p90: 9 * DAY },
    { activity: 'offered', count: 100, median: 1 * DAY, p90: 2 * DAY },
  ],
  stalled: { count: 12, byActivity: [{ activity: 'submitted', count: 12 }] },
});

describe('tones', () => {
  it('reads conversion up as better, stall rates up as worse, tiny moves as the same', () => {
    expect(pointsTone(4, true)).toBe('better');
    expect(pointsTone(-4, true)).toBe('worse');
    expect(pointsTone(4, false)).toBe('worse');
    expect(pointsTone(0.3, true)).toBe('same');
    expect(pointsTone(null, true)).toBe('neutral');
  });
  it('reads shorter times as better, within 5 % as the same', () => {
    expect(timeTone(3 * DAY, 2 * DAY)).toBe('better');
    expect(timeTone(2 * DAY, 3 * DAY)).toBe('worse');
    expect(timeTone(3 * DAY, 3.1 * DAY)).toBe('same');
    expect(timeTone(null, DAY)).toBe('neutral');
  });
});

describe('compareFunnels', () => {
  it('gives each stage both conversions and the difference in points', () => {
    const rows = compareFunnels(a, b);
    expect(rows.map((r) => r.activity)).toEqual(['registered', 'screened', 'submitted', 'placed']);
    expect(rows[0]).toMatchObject({ conversionDelta: null, tone: 'neutral' });
    expect(rows[1]!.conversionDelta).toBeCloseTo(8); // 90 % against 82 %
    expect(rows[1]!.tone).toBe('better');
    const placed = rows[3]!;
    expect(placed.a!.ofFirst).toBeCloseTo(0.24);
    expect(placed.b!.ofFirst).toBeCloseTo(0.375);
    expect(placed.ofFirstDelta).toBeCloseTo(13.5);
    expect(placed.ofFirstTone).toBe('better');
  });
  it('keeps a stage only one side has, with no difference', () => {
    const shorter = buildMap({ funnel: [{ activity: 'registered', count: 10, conversion: null }] });
    const rows = compareFunnels(shorter, b);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatchObject({ a: null, conversionDelta: null, tone: 'neutral' });
  });
});

describe('compareDwell', () => {
  it("lists A's slowest first, B's extra activities after, with the median difference", () => {
    const rows = compareDwell(a, b);
    expect(rows.map((r) => r.activity)).toEqual(['submitted', 'screened', 'registered', 'offered']);
    const registered = rows.find((r) => r.activity === 'registered')!;
    expect(registered.medianDelta).toBe(-1 * DAY);
    expect(registered.tone).toBe('better');
    expect(rows.find((r) => r.activity === 'screened')!.tone).toBe('same');
    expect(rows.find((r) => r.activity === 'submitted')).toMatchObject({ b: null, medianDelta: null });
  });
});

describe('compareStalls', () => {
  it('compares stall rates, not raw counts, with the total first', () => {
    const rows = compareStalls(a, b);
    expect(rows[0]).toMatchObject({ activity: null, a: { count: 75 }, b: { count: 12 } });
    expect(rows[0]!.a.rate).toBeCloseTo(0.075);
    expect(rows[0]!.b.rate).toBeCloseTo(0.03);
    expect(rows[0]!.rateDelta).toBeCloseTo(-4.5);
    expect(rows[0]!.tone).toBe('better');
    const registered = rows.find((r) => r.activity === 'registered')!;
    expect(registered.b.count).toBe(0);
    expect(registered.tone).toBe('better');
  });
  it('calls more stalls per journey worse even when the count is lower', () => {
    const fewerButWorse = buildMap({ journeys: 100, stalled: { count: 20, byActivity: [] } });
    expect(compareStalls(a, fewerButWorse)[0]!.tone).toBe('worse');
  });
});

describe('compareVariants', () => {
  it("joins both sides' top paths by their key, with the share difference where both list it", () => {
    const other = buildMap({
      variants: {
        distinct: 40,
        top: [
          {
            key: 'registered,screened,withdrew',
            activities: ['registered', 'screened', 'withdrew'],
            count: 20,
            share: 0.05,
            medianDuration: 5 * DAY,
          },
          {
            key: 'registered,withdrew',
            activities: ['registered', 'withdrew'],
            count: 10,
            share: 0.025,
            medianDuration: DAY,
          },
        ],
      },
    });
    const rows = compareVariants(a, other);
    expect(rows.map((r) => r.key)).toEqual([
      'registered,screened,withdrew',
      a.variants.top[1]!.key,
      'registered,withdrew',
    ]);
    expect(rows[0]!.shareDelta).toBeCloseTo(-7);
    expect(rows[1]!.b).toBeNull();
    expect(rows[2]).toMatchObject({ a: null, shareDelta: null, activities: ['registered', 'withdrew'] });
  });
});

describe('compareHeadline', () => {
  it('compares end-to-end conversion', () => {
    const h = compareHeadline(a, b);
    expect(h.endToEndA).toBeCloseTo(0.24);
    expect(h.endToEndB).toBeCloseTo(0.375);
    expect(h.tone).toBe('better');
  });
});
