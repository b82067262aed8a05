/**
 * @module The HTTP error boundary: every domain code maps to a status explicitly; request-shape problems become 4xx
 * naming the field; anything unexpected is a generic 500 with no stack, SQL or detail.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorBody } from '../contract/common.ts';
import { DomainError, type ErrorCode, type FieldIssue } from '../domain/errors.ts';

export const statusOf: Record<ErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict_version: 409,
  conflict_duplicate: 409,
  guard_warning: 409,
  invalid_transition: 409,
  rate_limited: 429,
  locked: 503,
};

export const errorBody = (code: string, message: string, issues?: FieldIssue[]): ErrorBody => ({
  error: { code, message, ...(issues && issues.length > 0 ? { issues } : {}) },
});

interface ZodIssueLike {
  instancePath: string;
  message: string;
  keyword: string;
  params?: { keys?: string[] };
}

/** Zod's issues as field paths (`emails.0.address`); an unknown field is named as the field at fault. */
function issuesOf(validation: ZodIssueLike[], context: string | undefined): FieldIssue[] {
  const prefix = context === 'querystring' ? 'query' : context === 'params' ? 'params' : '';
  return validation.flatMap((v) => {
    const base = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const join = (p: string) => [prefix, base, p].filter(Boolean).join('.');
    if (v.keyword === 'unrecognized_keys' && v.params?.keys) {
      return v.params.keys.map((k) => ({ path: join(k), message: 'Unknown field' }));
    }
    return [{ path: join('') || '(body)', message: v.message }];
  });
}

// Fastify's own 4xx codes for requests it cannot read, as stable public codes.
const fastifyCodes: Record<string, { code: string; message: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported_media_type',
    message: 'Send JSON with Content-Type: application/json',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', message: 'The request is too large' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'malformed_request', message: 'The request body is empty' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'malformed_request', message: 'The request body is not valid JSON' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'malformed_request',
    message: 'The Content-Length does not match the body',
  },
  FST_ERR_CTP_INVALID_TYPE: { code: 'malformed_request', message: 'The Content-Type header is not valid' },
};

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof DomainError) {
    const status = statusOf[error.code];
    if (status === 429) reply.header('retry-after', String(error.retryAfterSeconds ?? 60));
    return reply.code(status).send(errorBody(error.code, error.message, error.issues));
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = issuesOf(error.validation as unknown as ZodIssueLike[], error.validationContext);
    const first = issues[0];
    const message = first ? `${first.path}: ${first.message}` : 'The request is not valid';
    return reply.code(400).send(errorBody('validation', message, issues));
  }
  const known = error.code ? fastifyCodes[error.code] : undefined;
  if (known) return reply.code(error.statusCode ?? 400).send(errorBody(known.code, known.message));
  if (
    error instanceof SyntaxError ||
    (error.statusCode === 400 && !error.code?.startsWith('FST_ERR_RESPONSE'))
  ) {
    return reply.code(400).send(errorBody('malformed_request', 'The request could not be read'));
  }
  if (error.statusCode === 429) {
    return reply.code(429).send(errorBody('rate_limited', 'Too many requests; wait a moment and try again'));
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return reply.code(error.statusCode).send(errorBody('bad_request', 'The request could not be processed'));
  }
  request.log.error({ err: error }, 'unhandled error');
  return reply.code(500).send(errorBody('internal', 'Something went wrong on our side; nothing was saved'));
}
