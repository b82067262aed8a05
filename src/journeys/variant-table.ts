/**
 * @module Variants identified by their sequence written as digits: each activity is a digit in base K + 1, so a
 * chunk of up to ⌊53 / log2(K + 1)⌋ activities (13 for 13 activities) is exactly one double. A variant is a chain
 * of chunks — (previous chunk's node, this chunk's digits) → node — kept in one open-addressing hash table: a journey
 * costs one lookup per 13 activities, not one per activity, and equal keys are equal sequences (exact).
 */

/** Entries of the lookup cache, less one (4,096 entries of 24 bytes: within a core's L2). */
const CACHE_MASK = 4095;

/** The parent of a first chunk. */
export const ROOT = -1;

export class VariantTable {
  readonly base: number;
  /** Activities per chunk. */
  readonly digits: number;
  /** Open addressing, one slot in three lanes of one array (chunk, parent, node + 1; 0 = empty): a probe reads one cache line. */
  #slots: Float64Array;
  /** Direct-mapped: chunk, parent, node per entry (chunk 0 never occurs: every digit is at least 1). */
  readonly #cache = new Float64Array((CACHE_MASK + 1) * 3);
  #mask: number;
  /** Per node: its parent node (ROOT for a first chunk) and its chunk's digits. */
  parent: Int32Array;
  chunk: Float64Array;
  /** Journeys whose sequence ends at the node (a variant is a node with a count). */
  count: Uint32Array;
  size = 0;

  constructor(activities: number, expected = 1024) {
    this.base = activities + 1;
    this.digits = Math.max(1, Math.floor(53 / Math.log2(this.base)));
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.#slots = new Float64Array(capacity * 4);
    this.#mask = capacity - 1;
    this.parent = new Int32Array(capacity >> 1);
    this.chunk = new Float64Array(capacity >> 1);
    this.count = new Uint32Array(capacity >> 1);
  }

  /** Zeroes the counts, keeping the nodes (the next map of the same log meets mostly the same variants). */
  resetCounts() {
    this.count.fill(0);
  }

  /** The node for `chunk` after `parent` (created when new). */
  node(parent: number, chunk: number): number {
    const hash = hashOf(parent, chunk);
    // The common variants are met again and again: a small cache in front of the table answers them from the
    // processor's cache, where a probe of the large table costs a trip to memory.
    const cache = this.#cache;
    const c = (hash & CACHE_MASK) * 3;
    if (cache[c] === chunk && cache[c + 1] === parent) return cache[c + 2]!;
    const slots = this.#slots;
    let i = hash & this.#mask;
    for (;;) {
      const at = i << 2;
      const stored = slots[at + 2]!;
      if (stored === 0) break;
      if (slots[at]! === chunk && slots[at + 1]! === parent) {
        cache[c] = chunk;
        cache[c + 1] = parent;
        cache[c + 2] = stored - 1;
        return stored - 1;
      }
      i = (i + 1) & this.#mask;
    }
    const id = this.size++;
    const at = i << 2;
    slots[at] = chunk;
    slots[at + 1] = parent;
    slots[at + 2] = id + 1;
    if (id >= this.parent.length) this.#growNodes();
    this.parent[id] = parent;
    this.chunk[id] = chunk;
    this.count[id] = 0;
    if (this.size * 2 > this.#mask + 1) this.#rehash();
    return id;
  }

  /** The activities (local indexes) of a node's whole sequence. */
  sequence(id: number): number[] {
    const chunks: number[][] = [];
    for (let n = id; n !== ROOT; n = this.parent[n]!) {
      const digits: number[] = [];
      for (let k = this.chunk[n]!; k > 0; k = Math.floor(k / this.base)) digits.push((k % this.base) - 1);
      chunks.push(digits.reverse());
    }
    return chunks.reverse().flat();
  }

  #growNodes() {
    const size = this.parent.length * 2;
    const grow = <T extends Float64Array | Uint32Array | Int32Array>(a: T): T => {
      const out = new (a.constructor as new (n: number) => T)(size);
      out.set(a);
      return out;
    };
    this.parent = grow(this.parent);
    this.chunk = grow(this.chunk);
    this.count = grow(this.count);
  }

  #rehash() {
    const capacity = (this.#mask + 1) * 2;
    const slots = new Float64Array(capacity * 4);
    const mask = capacity - 1;
    for (let id = 0; id < this.size; id++) {
      let i = hashOf(this.parent[id]!, this.chunk[id]!) & mask;
      while (slots[(i << 2) + 2] !== 0) i = (i + 1) & mask;
      const at = i << 2;
      slots[at] = this.chunk[id]!;
      slots[at + 1] = this.parent[id]!;
      slots[at + 2] = id + 1;
    }
    this.#slots = slots;
    this.#mask = mask;
  }
}

function hashOf(parent: number, chunk: number): number {
  // The chunk's high and low 32 bits by a multiply (chunk < 2^53, so high < 2^21): no division in the hot loop.
  const high = (chunk * 2.3283064365386963e-10) | 0;
  let h = Math.imul((chunk - high * 4294967296) ^ high, 0x9e3779b1);
  h = Math.imul(h ^ parent, 0x85ebca6b);
  return h ^ (h >>> 15);
}
