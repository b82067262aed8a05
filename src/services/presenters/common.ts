/** @module Small helpers for presenters: what leaves the API is built field by field, never a row as it is. */
import type { Ref } from '../../contract/common.ts';

export const iso = (d: Date) => d.toISOString();
export const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);
export const refOrNull = (id: string | null, name: string | null): Ref | null =>
  id && name !== null ? { id, name } : null;
