/**
 * @module The Waypoint HTTP app, built without listening (tests drive it in-process with `inject`): security headers,
 * cookies, rate limits, the API from the contract table, its OpenAPI document, and the web app.
 */
import { resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { DomainError } from '../domain/errors.ts';
import type { SessionPolicy } from '../services/auth.ts';
import type { ServiceContext } from '../services/context.ts';
import { registerCareersRoutes } from './careers/routes.ts';
import { errorBody, handleError } from './errors.ts';
import { registerFrontDoorRoutes } from './front-door/routes.ts';
import { registerPublicRoutes } from './public-routes.ts';
import { registerRoutes } from './register-routes.ts';
import { registerWebApp } from './web.ts';

export interface AppOptions {
  ctx: ServiceContext;
  sessions: SessionPolicy;
  secureCookies: boolean;
  /** Folder of the built web app; omitted in API-only tests. */
  webDir?: string | undefined;
  logLevel?: string;
  loginRateLimit?: number;
  /** Limits of the public forms (tests raise the per-address rate to post many times from one address). */
  frontDoor?: { postsPerMinute?: number; maxConcurrentPosts?: number };
  /** The careers site's requests a minute per address (default 300; tests lower it to reach it). */
  careers?: { rateLimit?: number };
}

interface PathNode {
  key: string;
  parent: PathNode | null;
}

/**
 * The path (`emails.0.address`) of the first string in `value` that holds U+0000, or null when there is none. A loop
 * with parent links, not recursion or copied paths: a 1 MiB body can nest deeper than the call stack goes.
 */
function nulPath(value: unknown, root: string): string | null {
  const pending: [unknown, PathNode | null][] = [[value, root ? { key: root, parent: null } : null]];
  while (pending.length > 0) {
    const [item, node] = pending.pop()!;
    if (typeof item === 'string') {
      if (!item.includes('\u0000')) continue;
      const keys: string[] = [];
      for (let n = node; n; n = n.parent) keys.unshift(n.key);
      return keys.join('.');
    }
    if (item !== null && typeof item === 'object') {
      for (const [key, child] of Object.entries(item).reverse()) pending.push([child, { key, parent: node }]);
    }
  }
  return null;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: options.logLevel ?? 'info',
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'],
    },
    bodyLimit: 1024 * 1024,
    trustProxy: false,
    // Reject ids and query strings that are absurdly long before any parsing.
    routerOptions: { maxParamLength: 200 },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  // The API speaks JSON only: a text/plain body is refused with 415 like any other type, not parsed into a string.
  app.removeContentTypeParser('text/plain');
  // PostgreSQL text cannot hold U+0000: refuse it here as a 400 naming the field, not a 500 from the database.
  app.addHook('preValidation', async (request) => {
    const path =
      nulPath(request.params, 'params') ?? nulPath(request.query, 'query') ?? nulPath(request.body, '');
    if (path !== null) {
      const at = path || '(body)';
      throw new DomainError('validation', `${at}: must not contain a NUL character`, [
        { path: at, message: 'Must not contain a NUL character' },
      ]);
    }
  });

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: options.secureCookies ? [] : null,
      },
    },
    referrerPolicy: { policy: 'same-origin' },
    hsts: options.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  // Limits apply only where a route asks for one (sign-in); a global limit would also throttle static files.
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      ...errorBody(
        'rate_limited',
        `Too many attempts; try again in ${Math.ceil(context.ttl / 1000)} seconds`,
      ),
    }),
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Waypoint API',
        description:
          'The staffing front office: candidates, clients, job orders, the pipeline and the touchpoint log.',
        version: '0.1.0',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'wp_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    // Its default policy upgrades requests to HTTPS, which breaks the page on a plain-HTTP install.
    transformStaticCSP: (header) =>
      options.secureCookies ? header : header.replace(/upgrade-insecure-requests;?/, '').trim(),
  });

  // Personal data must not linger in shared caches or browser history.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs'))
      reply.header('cache-control', 'no-store');
  });

  registerRoutes(app, {
    ctx: options.ctx,
    sessions: options.sessions,
    cookies: { secure: options.secureCookies, maxAgeSeconds: options.sessions.maxHours * 3600 },
    loginRateLimit: options.loginRateLimit ?? 20,
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await registerPublicRoutes(app, { ctx: options.ctx });
  await registerCareersRoutes(app, { ctx: options.ctx, ...options.careers });
  await registerFrontDoorRoutes(app, { ctx: options.ctx, ...options.frontDoor });

  const webDir = options.webDir ? resolve(options.webDir) : null;
  const hasWeb = webDir ? await registerWebApp(app, webDir) : false;
  app.setNotFoundHandler((request, reply) => {
    // A missing asset (an old build's name) must be a 404: answered with the page, the browser would run HTML as a
    // script and show a blank screen.
    if (
      request.url.startsWith('/api/') ||
      request.url.startsWith('/assets/') ||
      request.method !== 'GET' ||
      !hasWeb
    ) {
      return reply.code(404).send(errorBody('not_found', 'No such endpoint'));
    }
    // Every other GET is a page of the single-page app.
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  return app;
}
