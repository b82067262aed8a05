/** @module Turning database errors into domain errors, so no SQL detail or stack leaves the store. */
import { DomainError } from '../domain/errors.ts';

interface PgErrorLike {
  code?: string;
  constraint?: string;
  detail?: string;
}

/** Finds the PostgreSQL error under Drizzle's wrapping (pg and PGlite both carry a SQLSTATE `code`). */
export function pgErrorOf(error: unknown): PgErrorLike | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const candidate = current as PgErrorLike & { cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate;
    current = candidate.cause;
  }
  return null;
}

/** Names the field a unique constraint guards, for the 409's field. */
const uniqueFields: Record<string, { path: string; message: string }> = {
  users_email_uq: { path: 'email', message: 'Another user already has this email address' },
  branches_name_uq: { path: 'name', message: 'A branch with this name already exists' },
  submissions_order_candidate_uq: {
    path: 'candidateId',
    message: 'This candidate is already on this job order',
  },
  placements_submission_uq: { path: 'submissionId', message: 'This submission is already placed' },
  touchpoints_voids_uq: { path: 'id', message: 'This touchpoint is already voided' },
};

/**
 * Maps constraint violations that can follow from user input to clear domain errors; anything else is rethrown as
 * it is and becomes a generic 500 at the edge.
 */
export function translateDbError(error: unknown): never {
  const pg = pgErrorOf(error);
  if (pg?.code === '23505') {
    const field = (pg.constraint && uniqueFields[pg.constraint]) || {
      path: '',
      message: 'This record already exists',
    };
    throw new DomainError('conflict_duplicate', field.message, [field]);
  }
  if (pg?.code === '23503') {
    throw new DomainError('validation', 'A referenced record does not exist', []);
  }
  if (pg?.code === '40001' || pg?.code === '40P01') {
    throw new DomainError('conflict_version', 'Someone else changed this at the same moment; try again');
  }
  throw error;
}

/** Runs `fn`, translating constraint violations. */
export async function guarded<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    return translateDbError(error);
  }
}
