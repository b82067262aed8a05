/**
 * The HTTP app in-process (Fastify `inject`, no port), and a signed-in client that carries the session cookie and
 * CSRF token the way the web app does.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/http/app.ts';
import type { ServiceContext } from '../src/services/context.ts';
import { JourneyHost } from '../src/services/journey-engine.ts';
import { TEST_PASSWORD, type TestUser } from './factories.ts';

export async function testApp(
  ctx: ServiceContext,
  options: { loginRateLimit?: number; postsPerMinute?: number } = {},
) {
  // The journey engine, following the log only when asked (each map read syncs it first): no timers in tests.
  ctx.journeys ??= new JourneyHost(ctx.store, { snapshotDir: null, pollMs: 0, clock: ctx.clock });
  const app = await buildApp({
    ctx,
    sessions: { idleMinutes: 60, maxHours: 24 },
    secureCookies: false,
    logLevel: 'silent',
    loginRateLimit: options.loginRateLimit ?? 10_000,
    // Tests post many public forms from one address; the limit itself is tested with a low one.
    frontDoor: { postsPerMinute: options.postsPerMinute ?? 10_000 },
  });
  await app.ready();
  return app;
}

export interface Reply<T = unknown> {
  status: number;
  body: T;
  headers: LightMyRequestResponse['headers'];
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Client {
  cookie: string;
  csrf: string;
  request<T = any>(
    method: Method,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Reply<T>>;
  get<T = any>(url: string): Promise<Reply<T>>;
  post<T = any>(url: string, body?: unknown): Promise<Reply<T>>;
  put<T = any>(url: string, body?: unknown): Promise<Reply<T>>;
  patch<T = any>(url: string, body?: unknown): Promise<Reply<T>>;
  delete<T = any>(url: string): Promise<Reply<T>>;
}

const parse = (res: LightMyRequestResponse) => {
  try {
    return res.body ? JSON.parse(res.body) : null;
  } catch {
    return res.body;
  }
};

/** Sends one request as-is (no cookie unless given). */
export async function send(
  app: FastifyInstance,
  method: Method,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await app.inject({
    method,
    url,
    headers: {
      ...(body !== undefined && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  return { status: res.statusCode, body: parse(res), headers: res.headers };
}

/** Signs `user` in through the API and returns a client acting as them. */
export async function signIn(
  app: FastifyInstance,
  user: Pick<TestUser, 'email'>,
  password = TEST_PASSWORD,
): Promise<Client> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ email: user.email, password }),
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'wp_session');
  if (!cookie) throw new Error('no session cookie');
  const csrf = JSON.parse(res.body).csrfToken as string;
  const client: Client = {
    cookie: `wp_session=${cookie.value}`,
    csrf,
    request: (method, url, body, headers = {}) =>
      send(app, method, url, body, {
        cookie: client.cookie,
        ...(method === 'GET' ? {} : { 'x-csrf-token': csrf }),
        ...headers,
      }) as never,
    get: (url) => client.request('GET', url),
    post: (url, body) => client.request('POST', url, body ?? {}),
    put: (url, body) => client.request('PUT', url, body ?? {}),
    patch: (url, body) => client.request('PATCH', url, body ?? {}),
    delete: (url) => client.request('DELETE', url),
  };
  return client;
}
