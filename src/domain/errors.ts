/**
 * @module Domain errors. Every failure the use cases can report carries a code; each edge (HTTP, CLI) maps every code
 * explicitly, so a new code cannot slip out as a 500 or a bare stack.
 */

export const errorCodes = [
  'validation',
  'not_found',
  'conflict_version',
  'conflict_duplicate',
  'invalid_transition',
  'unauthenticated',
  'forbidden',
  'rate_limited',
  'locked',
  /** The contact guard warned and the sender gave no reason to send anyway. */
  'guard_warning',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** One field at fault: a path into the input (e.g. `emails.0.address`) and what is wrong with it. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** An expected failure of a use case, with a stable code and, for input problems, the fields at fault. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  /** For `rate_limited`: the seconds until a retry can succeed (the edge's Retry-After). */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    issues: FieldIssue[] = [],
    options: { retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.issues = issues;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} not found`);
export const forbidden = (message = 'You do not have permission to do that') =>
  new DomainError('forbidden', message);
export const staleVersion = (what: string) =>
  new DomainError(
    'conflict_version',
    `${what} was changed by someone else since you read it; reload and try again`,
  );
export const invalidField = (path: string, message: string) =>
  new DomainError('validation', `${path}: ${message}`, [{ path, message }]);
