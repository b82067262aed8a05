/**
 * @module The only way the web app talks to the server: `call(name, { params, query, body })`, typed from the
 * contract's route table, so a request or response that does not match the contract fails to compile.
 */
import type { z } from 'zod';
import { type RouteName, type Routes, routes } from '../../contract/routes.ts';
import { ApiError, networkError, toApiError } from './errors.ts';

type Def<N extends RouteName> = Routes[N];
type ParamsArg<N extends RouteName> =
  Def<N> extends { params: infer S extends z.ZodType } ? { params: z.input<S> } : { params?: undefined };
type QueryArg<N extends RouteName> =
  Def<N> extends { query: infer S extends z.ZodType } ? { query?: z.input<S> } : { query?: undefined };
type BodyArg<N extends RouteName> =
  Def<N> extends { body: infer S extends z.ZodType } ? { body: z.input<S> } : { body?: undefined };

/** What a call to route N takes: its path params, query and body as the contract's input types. */
export type CallInput<N extends RouteName> = ParamsArg<N> & QueryArg<N> & BodyArg<N>;
/** What a call to route N resolves to. */
export type CallOutput<N extends RouteName> = z.output<Def<N>['response']>;
/** Routes read with GET: the ones react-query caches. */
export type ReadRoute = { [N in RouteName]: Def<N>['method'] extends 'GET' ? N : never }[RouteName];
export type WriteRoute = Exclude<RouteName, ReadRoute>;

/** Fills `:name` segments of a route path; a missing param is a programming error, so it throws. */
export function buildPath(template: string, params?: Record<string, unknown>): string {
  return template.replace(/:([A-Za-z_]\w*)/g, (_, key: string) => {
    const value = params?.[key];
    if (value === undefined || value === null || value === '') throw new Error(`Missing path param "${key}"`);
    return encodeURIComponent(String(value));
  });
}

/** Serialises a query object; undefined, null and empty strings are left out so defaults apply on the server. */
export function buildQuery(query?: Record<string, unknown>): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (v === undefined || v === null || v === '') continue;
      search.append(key, String(v));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The URL for a route and its input. */
export function buildUrl(name: RouteName, input: { params?: unknown; query?: unknown } = {}): string {
  const def = routes[name];
  return (
    buildPath(def.path, input.params as Record<string, unknown> | undefined) +
    buildQuery(input.query as Record<string, unknown> | undefined)
  );
}

let csrfToken: string | null = null;
/** Remembers the session's CSRF token, echoed on every state-changing request. */
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

type UnauthorizedHandler = (info: { route: RouteName; method: string }) => void;
let onUnauthorized: UnauthorizedHandler | null = null;
/** Who to tell when a signed-in request comes back 401 (the session ended). */
export const setUnauthorizedHandler = (handler: UnauthorizedHandler | null) => {
  onUnauthorized = handler;
};

// Asking for the session or signing in may answer 401 as a normal outcome, not as "the session just ended".
const sessionRoutes = new Set<RouteName>(['session', 'login', 'logout']);

/** Calls route `name` of the contract and resolves with its response, or rejects with an ApiError. */
export async function call<N extends RouteName>(
  name: N,
  ...args: object extends CallInput<N> ? [input?: CallInput<N>] : [input: CallInput<N>]
): Promise<CallOutput<N>> {
  const input = (args[0] ?? {}) as { params?: unknown; query?: unknown; body?: unknown };
  const def = routes[name];
  const headers: Record<string, string> = { accept: 'application/json' };
  if (def.method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let body: string | undefined;
  if (input.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(input.body);
  }

  let response: Response;
  try {
    response = await fetch(buildUrl(name, input), {
      method: def.method,
      credentials: 'same-origin',
      headers,
      body,
    });
  } catch {
    throw networkError();
  }

  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = toApiError(response.status, data, response.headers.get('retry-after'));
    if (error.status === 401 && !sessionRoutes.has(name))
      onUnauthorized?.({ route: name, method: def.method });
    throw error;
  }
  if (name === 'login' || name === 'session') {
    const token = (data as { csrfToken?: unknown } | null)?.csrfToken;
    if (typeof token === 'string') setCsrfToken(token);
  }
  if (import.meta.env.DEV) warnOnDrift(name, data);
  return data as CallOutput<N>;
}

// In development, say loudly when the server's answer does not match the contract; in production, trust it and
// render what came, rather than failing a whole page over one unexpected field.
function warnOnDrift(name: RouteName, data: unknown) {
  const result = routes[name].response.safeParse(data);
  if (!result.success) console.warn(`Response of ${name} does not match the contract`, result.error.issues);
}

export { ApiError };
