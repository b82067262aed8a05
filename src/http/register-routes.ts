/** @module Registers every route of the contract's table with its schemas, its auth, and its handler. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorResponses } from '../contract/common.ts';
import { type FileBody, type RouteDef, type RouteName, routes } from '../contract/routes.ts';
import type { SessionPolicy } from '../services/auth.ts';
import type { ServiceContext } from '../services/context.ts';
import { sendAttachment } from './attachment.ts';
import { type AuthedExtras, type HandlerInput, handlers } from './handlers.ts';
import { authenticate, type CookiePolicy } from './session.ts';

export interface RouteOptions {
  ctx: ServiceContext;
  sessions: SessionPolicy;
  cookies: CookiePolicy;
  /** Requests a minute per address on sign-in (guessing passwords), on top of the per-account lockout. */
  loginRateLimit: number;
}

const clientMeta = (request: FastifyRequest) => ({
  ip: request.ip ?? null,
  userAgent: typeof request.headers['user-agent'] === 'string' ? request.headers['user-agent'] : null,
});

export function registerRoutes(app: FastifyInstance, options: RouteOptions) {
  for (const name of Object.keys(routes) as RouteName[]) {
    const def: RouteDef = routes[name];
    // The table and the handler map are typed per route; here one loop serves them all.
    const handler = handlers[name] as (
      input: HandlerInput<RouteDef> & Partial<AuthedExtras>,
    ) => Promise<unknown>;
    app.route({
      method: def.method,
      url: def.path,
      schema: {
        summary: def.summary,
        tags: [def.tag],
        operationId: name,
        ...(def.params ? { params: def.params } : {}),
        ...(def.query ? { querystring: def.query } : {}),
        ...(def.body ? { body: def.body } : {}),
        response: {
          // A file's bytes go out as they are (never through the JSON serializer); the schema documents them.
          [def.status ?? 200]: def.file
            ? { content: { 'application/octet-stream': { schema: def.response } } }
            : def.response,
          ...errorResponses,
        },
        ...(def.public ? {} : { security: [{ session: [] }] }),
      },
      ...(name === 'login'
        ? { config: { rateLimit: { max: options.loginRateLimit, timeWindow: '1 minute' } } }
        : {}),
      handler: async (request: FastifyRequest, reply: FastifyReply) => {
        const base = {
          ctx: options.ctx,
          params: request.params,
          query: request.query,
          body: request.body,
          meta: clientMeta(request),
          request,
          reply,
          cookies: options.cookies,
        } as HandlerInput<RouteDef>;
        const session = def.public ? null : await authenticate(options.ctx, options.sessions, request);
        const result = await handler(session ? { ...base, actor: session.actor, session } : base);
        reply.code(def.status ?? 200);
        if (def.file) return sendAttachment(reply, result as FileBody);
        return result;
      },
    });
  }
}
