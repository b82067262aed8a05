import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROOT, VariantTable } from './variant-table.ts';

/** Walks a sequence into the table as the engine does: a node per full chunk, then the rest. */
function nodeOf(table: VariantTable, sequence: number[]): number {
  let node = ROOT;
  let chunk = 0;
  let inChunk = 0;
  for (const a of sequence) {
    chunk = chunk * table.base + a + 1;
    if (++inChunk === table.digits) {
      node = table.node(node, chunk);
      chunk = 0;
      inChunk = 0;
    }
  }
  return inChunk > 0 ? table.node(node, chunk) : node;
}

describe('the variant table', () => {
  it('gives equal sequences one node and different ones different nodes, and reads them back, at any length', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.array(fc.nat(39), { minLength: 1, maxLength: 120 }), { minLength: 1, maxLength: 60 }),
        (activities, raw) => {
          const sequences = raw.map((s) => s.map((a) => a % activities));
          const table = new VariantTable(activities, 4);
          const nodes = sequences.map((s) => nodeOf(table, s));
          for (const [i, s] of sequences.entries()) {
            expect(table.sequence(nodes[i]!)).toEqual(s);
            for (const [j, t] of sequences.entries()) {
              expect(nodes[i] === nodes[j]).toBe(s.join() === t.join());
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('tells apart sequences that end in the same chunk after different ones, asked again and again', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.array(fc.nat(39), { minLength: 1, maxLength: 40 }), { minLength: 2, maxLength: 12 }),
        fc.array(fc.nat(39), { minLength: 1, maxLength: 40 }),
        (activities, heads, tail) => {
          const table = new VariantTable(activities, 4);
          // Each head padded to whole chunks, so every sequence's last chunk is the same tail.
          const pad = (h: number[]) => {
            const out = h.map((a) => a % activities);
            while (out.length % table.digits !== 0) out.push(0);
            return out;
          };
          const end = tail.map((a) => a % activities);
          const sequences = heads.map((h) => [...pad(h), ...end]);
          for (let round = 0; round < 3; round++) {
            const nodes = sequences.map((s) => nodeOf(table, s));
            for (const [i, s] of sequences.entries()) {
              expect(table.sequence(nodes[i]!)).toEqual(s);
              for (const [j, t] of sequences.entries())
                expect(nodes[i] === nodes[j]).toBe(s.join() === t.join());
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
