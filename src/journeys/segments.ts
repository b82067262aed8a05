/**
 * @module Journeys' segments (source, branch, owner, category): a small code per journey and dimension, so a
 * population is selected with one scan of a typed array, never a database query.
 */

export const segmentDimensions = ['source', 'branch', 'owner', 'category'] as const;
export type SegmentDimension = (typeof segmentDimensions)[number];
export type SegmentValues = Partial<Record<SegmentDimension, string | null>>;

class Dimension {
  codes: Uint16Array = new Uint16Array(1024);
  /** Code 0 is "none". */
  values: (string | null)[] = [null];
  #index = new Map<string, number>();

  codeOf(value: string | null): number {
    if (value === null) return 0;
    let code = this.#index.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.#index.set(value, code);
    }
    return code;
  }

  set(j: number, value: string | null) {
    if (j >= this.codes.length) {
      const grown = new Uint16Array(Math.max(j + 1, this.codes.length * 2));
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[j] = this.codeOf(value);
  }
}

export class Segments {
  readonly #dims = new Map<SegmentDimension, Dimension>(segmentDimensions.map((d) => [d, new Dimension()]));

  set(j: number, values: SegmentValues) {
    for (const dim of segmentDimensions) {
      const value = values[dim];
      if (value !== undefined) this.#dims.get(dim)!.set(j, value);
    }
  }

  /** The journeys matching every given filter (null: no filter, everyone). */
  select(filters: SegmentValues, journeyCount: number): Uint32Array | null {
    const active = (Object.entries(filters) as [SegmentDimension, string | null | undefined][]).filter(
      ([, v]) => v !== undefined,
    );
    if (active.length === 0) return null;
    const tests: [Uint16Array, number][] = [];
    for (const [dim, value] of active) {
      const d = this.#dims.get(dim)!;
      const code = value === null || value === undefined ? 0 : d.values.indexOf(value);
      if (code < 0) return new Uint32Array(0);
      tests.push([d.codes, code]);
    }
    const out = new Uint32Array(journeyCount);
    let n = 0;
    for (let j = 0; j < journeyCount; j++) {
      let ok = true;
      for (const [codes, code] of tests) {
        if ((codes[j] ?? 0) !== code) {
          ok = false;
          break;
        }
      }
      if (ok) out[n++] = j;
    }
    return out.slice(0, n);
  }

  valueOf(j: number, dim: SegmentDimension): string | null {
    const d = this.#dims.get(dim)!;
    return d.values[d.codes[j] ?? 0] ?? null;
  }

  /** The columns of codes and their dictionaries, for a snapshot. */
  export(journeyCount: number): { dim: SegmentDimension; values: (string | null)[]; codes: Uint16Array }[] {
    return segmentDimensions.map((dim) => {
      const d = this.#dims.get(dim)!;
      const codes = new Uint16Array(journeyCount);
      codes.set(d.codes.subarray(0, Math.min(journeyCount, d.codes.length)));
      return { dim, values: d.values, codes };
    });
  }

  static import(parts: { dim: SegmentDimension; values: (string | null)[]; codes: Uint16Array }[]): Segments {
    const segments = new Segments();
    for (const part of parts) {
      const d = segments.#dims.get(part.dim)!;
      for (const v of part.values.slice(1)) d.codeOf(v);
      d.codes = part.codes;
    }
    return segments;
  }
}
