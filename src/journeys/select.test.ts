import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentileCont } from './model.ts';
import { percentilesOfRanges } from './select.ts';

describe('percentilesOfRanges', () => {
  it('equals percentile_cont on the sorted union of the ranges', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 50 })), {
          minLength: 1,
          maxLength: 300,
        }),
        fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 6 }),
        (values, cuts) => {
          const a = Float64Array.from(values);
          const bounds = [...new Set([0, a.length, ...cuts.map((c) => c % (a.length + 1))])].sort(
            (x, y) => x - y,
          );
          // Every other slice of the array, so the union is not contiguous.
          const ranges: number[] = [];
          for (let i = 0; i + 1 < bounds.length; i += 2) ranges.push(bounds[i]!, bounds[i + 1]!);
          const chosen = ranges.flatMap((_, i) =>
            i % 2 === 0 ? [...a.slice(ranges[i]!, ranges[i + 1]!)] : [],
          );
          const sorted = [...chosen].sort((x, y) => x - y);
          const got = percentilesOfRanges(a, ranges, [0.5, 0.9]);
          if (sorted.length === 0) expect(got.every(Number.isNaN)).toBe(true);
          else expect(got).toEqual([percentileCont(sorted, 0.5), percentileCont(sorted, 0.9)]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
