import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Random } from '../services/demo/random.ts';
import { percentileCont } from './model.ts';
import { percentilesOfParts, percentilesOfRanges } from './select.ts';

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

describe('percentilesOfParts on large inputs (the sampled path)', () => {
  it('equals percentile_cont, with ties, skew and several parts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5000, max: 40_000 }),
        fc.constantFrom('uniform', 'ties', 'skewed', 'sorted'),
        fc.integer({ min: 1, max: 5 }),
        fc.integer(),
        (n, shape, partCount, seed) => {
          const random = new Random(seed);
          const rand = () => random.float();
          const values = Float64Array.from({ length: n }, (_, i) =>
            shape === 'uniform'
              ? rand() * 1e6
              : shape === 'ties'
                ? Math.floor(rand() * 4) * 60
                : shape === 'skewed'
                  ? -Math.log(1 - rand()) * 3600
                  : i,
          );
          const sorted = [...values].sort((a, b) => a - b);
          const cut = Math.floor(n / partCount);
          const parts = Array.from({ length: partCount }, (_, k) => ({
            values,
            start: k * cut,
            end: k === partCount - 1 ? n : (k + 1) * cut,
          }));
          expect(percentilesOfParts(parts, [0.5, 0.9])).toEqual([
            percentileCont(sorted, 0.5),
            percentileCont(sorted, 0.9),
          ]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
