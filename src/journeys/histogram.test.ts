import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addToHistogram, histogramPercentile, newHistogram } from './histogram.ts';
import { percentileCont } from './model.ts';

describe('log histogram percentiles', () => {
  it('are within 1 % of percentile_cont, and exact for zeros', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constant(0),
            fc.integer({ min: 1, max: 3_000_000_000 }).map((ms) => ms / 1000),
          ),
          { minLength: 1, maxLength: 200 },
        ),
        fc.constantFrom(0.5, 0.9),
        (values, p) => {
          const h = newHistogram();
          for (const v of values) addToHistogram(h, v, 1);
          const exact = percentileCont(
            [...values].sort((a, b) => a - b),
            p,
          );
          const approx = histogramPercentile(h, values.length, p);
          if (exact === 0) expect(approx).toBeLessThan(0.001 * 1.01);
          else expect(Math.abs(approx - exact) / exact).toBeLessThanOrEqual(0.01);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('forgets a removed value', () => {
    const h = newHistogram();
    for (const v of [10, 20, 30]) addToHistogram(h, v, 1);
    addToHistogram(h, 30, -1);
    expect(histogramPercentile(h, 2, 0.5)).toBeCloseTo(15, 0);
  });
});
