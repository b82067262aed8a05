/** @module The one error type the web app sees from the server, whatever went wrong on the way. */
import { errorBody } from '../../contract/index.ts';

export interface ApiIssue {
  path: string;
  message: string;
}

/** A failed API call: HTTP status (0 when the server was unreachable), the server's code and message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: ApiIssue[];

  constructor(status: number, code: string, message: string, issues: ApiIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
  }

  /** Someone else saved the record after we read it. */
  get isConflict() {
    return this.status === 409 && this.code === 'conflict_version';
  }
}

// Used when a proxy or a crash answers instead of our server, so the body is not our error shape.
const fallbackByStatus: Record<number, [string, string]> = {
  400: ['validation', 'Some fields are not valid.'],
  401: ['unauthenticated', 'Please sign in.'],
  403: ['forbidden', 'You do not have permission to do that.'],
  404: ['not_found', 'Not found. It may have been removed.'],
  409: ['conflict_version', 'Someone else changed this record since you opened it.'],
  429: ['rate_limited', 'Too many requests. Wait a moment and try again.'],
};

/** Turns an error response (status + parsed JSON body, or null when not JSON) into an ApiError. */
export function toApiError(status: number, body: unknown, retryAfter?: string | null): ApiError {
  const parsed = errorBody.safeParse(body);
  const [fallbackCode, fallbackMessage] = fallbackByStatus[status] ?? [
    'server_error',
    'Something went wrong on the server. Try again in a moment.',
  ];
  const code = parsed.success ? parsed.data.error.code : fallbackCode;
  let message = parsed.success ? parsed.data.error.message : fallbackMessage;
  if (status === 429 && retryAfter) message = `${message} (retry in ${retryAfter} s)`;
  const issues = parsed.success ? (parsed.data.error.issues ?? []) : [];
  return new ApiError(status, code, message, issues);
}

/**
 * Someone else changed (409) or removed (404) the record since it was read: what is on screen is out of date and
 * the list it came from should be read again.
 */
export const isStale = (error: unknown) =>
  error instanceof ApiError && (error.status === 409 || error.status === 404);

/** The error for a request that never got an answer. */
export const networkError = () =>
  new ApiError(0, 'network', 'Could not reach the server. Check your connection and try again.');

/** A message fit to show a person, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}
