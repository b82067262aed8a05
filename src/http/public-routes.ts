/**
 * @module Waypoint's public pages outside the API: unsubscribing by the link in a message (a page with a button,
 * and RFC 8058 one-click), and the SMS provider's webhook for texts that come in. No session; rate-limited; every
 * value shown is escaped.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ServiceContext } from '../services/context.ts';
import { receiveInboundSms } from '../services/messaging/inbound.ts';
import { type UnsubscribeTarget, unsubscribe, unsubscribeTarget } from '../services/messaging/unsubscribe.ts';
import { escapeHtml } from './careers/html.ts';

function page(reply: FastifyReply, status: number, title: string, body: string) {
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#1f2933}
button{font:inherit;padding:.6rem 1.2rem;border:0;border-radius:6px;background:#1d4ed8;color:#fff;cursor:pointer}</style>
</head><body>${body}</body></html>`);
}

const what = (t: UnsubscribeTarget) => (t.channel === 'email' ? 'emails' : 'text messages');

const notFoundPage = (reply: FastifyReply) =>
  page(reply, 404, 'Link not found', '<h1>This link is not valid</h1><p>It may have been mistyped.</p>');

export interface PublicRouteOptions {
  ctx: ServiceContext;
}

export async function registerPublicRoutes(app: FastifyInstance, { ctx }: PublicRouteOptions) {
  await app.register(async (scope) => {
    // These two pages take HTML forms (and the SMS provider posts forms): parse them here only.
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 16 * 1024 },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
    );
    // RFC 8058 one-click as mail providers send it: multipart/form-data. The POST to the link is the request; its
    // one field (List-Unsubscribe=One-Click) changes nothing, so the body is read (bounded) and not parsed.
    scope.addContentTypeParser(
      'multipart/form-data',
      { parseAs: 'string', bodyLimit: 16 * 1024 },
      (_request, _body, done) => done(null, {}),
    );
    const limited = { config: { rateLimit: { max: 30, timeWindow: '1 minute' } } };
    // What mail and SMS providers post comes from their few servers for all of a firm's people at once (one-click
    // unsubscribes after a bulk mail, a burst of replies to a bulk text): a person's limit would refuse them, and
    // neither is retried. Unsubscribe tokens are 192 random bits and webhooks are signed, so guessing gains nothing.
    const fromProviders = { config: { rateLimit: { max: 1200, timeWindow: '1 minute' } } };
    const params = { schema: { hide: true } };

    scope.get<{ Params: { token: string } }>(
      '/unsubscribe/:token',
      { ...limited, ...params },
      async (request, reply) => {
        const target = await unsubscribeTarget(ctx, request.params.token);
        if (!target) return notFoundPage(reply);
        const firm = escapeHtml(target.firmName);
        if (target.done)
          return page(
            reply,
            200,
            'Unsubscribed',
            `<h1>You are unsubscribed</h1><p>${firm} will not send you ${what(target)} like this again.</p>`,
          );
        // A button, not the link itself: mail scanners open links, and must not unsubscribe anyone by doing so.
        return page(
          reply,
          200,
          'Unsubscribe',
          `<h1>Unsubscribe</h1><p>Stop ${what(target)} from ${firm}?</p><form method="post"><button type="submit">Unsubscribe</button></form>`,
        );
      },
    );

    scope.post<{ Params: { token: string } }>(
      '/unsubscribe/:token',
      { ...fromProviders, ...params },
      async (request, reply) => {
        // The page's button and RFC 8058 one-click (List-Unsubscribe=One-Click) both land here.
        const done = await unsubscribe(ctx, request.params.token, { ip: request.ip ?? null });
        if (!done) return notFoundPage(reply);
        return page(
          reply,
          200,
          'Unsubscribed',
          `<h1>You are unsubscribed</h1><p>${escapeHtml(done.firmName)} will not send you ${what(done)} like this again.</p>`,
        );
      },
    );

    scope.post<{ Body: Record<string, string> }>(
      '/webhooks/sms',
      { ...fromProviders, ...params },
      async (request, reply) => {
        const provider = ctx.transports?.sms;
        if (!provider || !ctx.transports) return reply.code(404).send();
        const body = request.body && typeof request.body === 'object' ? request.body : {};
        const signature = request.headers['x-twilio-signature'];
        const url = `${ctx.transports.publicUrl.replace(/\/$/, '')}/webhooks/sms`;
        if (typeof signature !== 'string' || !provider.verifyWebhook(url, body, signature))
          return reply.code(403).send();
        const from = body.From;
        const text = body.Body;
        if (typeof from !== 'string' || typeof text !== 'string' || !from || text.length > 10_000)
          return reply.code(400).send();
        await receiveInboundSms(ctx, {
          from,
          to: typeof body.To === 'string' ? body.To : '',
          body: text,
          providerId: typeof body.MessageSid === 'string' ? body.MessageSid : null,
          receivedAt: ctx.clock.now(),
        });
        return reply.header('content-type', 'text/xml').send('<Response></Response>');
      },
    );
  });
}
