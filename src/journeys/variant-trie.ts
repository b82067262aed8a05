/**
 * @module Variants as paths in a trie of activities: a journey's variant is the node its sequence ends at. One array
 * lookup per event, exact (no hashing, so no collisions), and no per-journey string is ever built.
 */

export class VariantTrie {
  /** Children per node: child[node * width + activity] (0 = none; node 0 is the root). */
  private child: Int32Array;
  private parentOf: Int32Array;
  private activityOf: Int32Array;
  private nodes = 1;

  constructor(readonly width: number) {
    this.child = new Int32Array(1024 * width);
    this.parentOf = new Int32Array(1024);
    this.activityOf = new Int32Array(1024);
  }

  get size() {
    return this.nodes;
  }

  /** The node reached from `node` by one more activity (created on first use). */
  step(node: number, activity: number): number {
    const slot = node * this.width + activity;
    const existing = this.child[slot]!;
    if (existing !== 0) return existing;
    if (this.nodes === this.parentOf.length) this.grow();
    const created = this.nodes++;
    this.child[slot] = created;
    this.parentOf[created] = node;
    this.activityOf[created] = activity;
    return created;
  }

  /** The activity sequence a node stands for. */
  path(node: number): number[] {
    const out: number[] = [];
    for (let n = node; n !== 0; n = this.parentOf[n]!) out.push(this.activityOf[n]!);
    return out.reverse();
  }

  private grow() {
    const capacity = this.parentOf.length * 2;
    const child = new Int32Array(capacity * this.width);
    child.set(this.child);
    this.child = child;
    const parentOf = new Int32Array(capacity);
    parentOf.set(this.parentOf);
    this.parentOf = parentOf;
    const activityOf = new Int32Array(capacity);
    activityOf.set(this.activityOf);
    this.activityOf = activityOf;
  }
}
