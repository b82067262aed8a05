/**
 * @module The public careers site, no session: `/careers` (search the public firm's published, open job orders),
 * `/careers/jobs/:id` (one posting, with schema.org `JobPosting` data), the feeds `/careers/jobs.xml` and
 * `/careers/jobs.json`, and the pages' stylesheet. Plain HTML with no script; each page is one or two indexed
 * queries; a generous per-address rate limit lets crawlers in and caps a flood.
 */
import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../../services/context.ts';
import {
  careerQuery,
  careersPath,
  feedPostings,
  readPosting,
  searchPostings,
} from '../../services/public/careers.ts';
import { publicFirm } from '../../services/public/firm.ts';
import { absoluteUrl } from '../../services/public-url.ts';
import { type FeedContext, jsonFeed, xmlFeed } from './feeds.ts';
import { PUBLIC_CACHE, STYLESHEET, STYLESHEET_PATH, sendPage } from './html.ts';
import { jobPostingLd } from './json-ld.ts';
import { listPage, notFoundPage, postingPage } from './pages.ts';

export interface CareersRouteOptions {
  ctx: ServiceContext;
  /** Requests a minute per address (default 300). */
  rateLimit?: number;
}

export async function registerCareersRoutes(
  app: FastifyInstance,
  { ctx, rateLimit = 300 }: CareersRouteOptions,
) {
  await app.register(async (scope) => {
    const route = {
      schema: { hide: true },
      config: { rateLimit: { max: rateLimit, timeWindow: '1 minute' } },
    };
    const feedContext = (firm: FeedContext['firm']): FeedContext => ({
      firm,
      careersUrl: absoluteUrl(ctx, '/careers'),
      url: (path) => absoluteUrl(ctx, path),
      now: ctx.clock.now(),
    });

    scope.get('/careers', route, async (request, reply) => {
      const firm = await publicFirm(ctx);
      if (!firm) return sendPage(reply, notFoundPage(null), { status: 404 });
      const q = careerQuery(request.query);
      const result = await searchPostings(ctx, firm, q);
      return sendPage(reply, listPage(firm, q, result, absoluteUrl(ctx, careersPath(q))));
    });

    scope.get<{ Params: { id: string } }>('/careers/jobs/:id', route, async (request, reply) => {
      const firm = await publicFirm(ctx);
      const posting = firm ? await readPosting(ctx, firm, request.params.id) : null;
      // Unpublished, closed, another firm's or no such id: one answer, so nothing tells them apart.
      if (!firm || !posting) return sendPage(reply, notFoundPage(firm), { status: 404 });
      const url = absoluteUrl(ctx, posting.path);
      const ld = jobPostingLd(posting, firm, url, absoluteUrl(ctx, '/careers'));
      return sendPage(reply, postingPage(firm, posting, url, ld));
    });

    scope.get('/careers/jobs.xml', route, async (_request, reply) => {
      const firm = await publicFirm(ctx);
      if (!firm) return sendPage(reply, notFoundPage(null), { status: 404 });
      const xml = xmlFeed(await feedPostings(ctx, firm), feedContext(firm));
      return reply
        .header('content-type', 'application/xml; charset=utf-8')
        .header('cache-control', PUBLIC_CACHE)
        .send(xml);
    });

    scope.get('/careers/jobs.json', route, async (_request, reply) => {
      const firm = await publicFirm(ctx);
      if (!firm) return sendPage(reply, notFoundPage(null), { status: 404 });
      const feed = jsonFeed(await feedPostings(ctx, firm), feedContext(firm));
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('cache-control', PUBLIC_CACHE)
        .send(JSON.stringify(feed));
    });

    // Named by its content's hash: a new stylesheet is a new URL, so this one may be kept for good.
    scope.get(STYLESHEET_PATH, route, async (_request, reply) =>
      reply
        .header('content-type', 'text/css; charset=utf-8')
        .header('cache-control', 'public, max-age=31536000, immutable')
        .send(STYLESHEET),
    );

    // Any other careers address is a careers "not found" page, not the staff app's shell. Routes named elsewhere
    // (registration, applying) are more specific and win over this one.
    scope.get<{ Params: { '*': string } }>('/careers/*', route, async (request, reply) => {
      if (request.params['*'] === '') return reply.redirect('/careers', 301);
      return sendPage(reply, notFoundPage(await publicFirm(ctx)), { status: 404 });
    });
  });
}
