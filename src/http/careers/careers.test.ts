/**
 * The careers site through the in-process app on the real test database (PGlite or the PostgreSQL server): which
 * postings show, search, the posting page and its JSON-LD, the feeds, hostile titles, the client never named, and
 * which firm is public. Nothing is faked; pages are read back with jsdom's HTML parser and the feed with its XML one.
 */
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock } from '../../../test/clock.ts';
import { openTestStore, type TestStore } from '../../../test/db.ts';
import {
  buildCandidate,
  buildClient,
  buildJobOrder,
  buildPlacement,
  buildSubmission,
  buildWorld,
  unique,
  type World,
} from '../../../test/factories.ts';
import { send, testApp } from '../../../test/http.ts';
import { type HtmlDocument, parseHtml, parseXml, type XmlElement } from '../../../test/xml.ts';
import { updateJobOrderRequest } from '../../contract/job-orders.ts';
import type { ServiceContext } from '../../services/context.ts';
import { updateJobOrder } from '../../services/job-orders.ts';
import { forgetPublicFirm } from '../../services/public/firm.ts';
import { findFirm } from '../../store/firms.ts';
import { firms } from '../../store/schema/index.ts';
import { buildApp } from '../app.ts';

const all = (doc: HtmlDocument, selector: string) => Array.from(doc.querySelectorAll(selector));
const text = (e: XmlElement, tag: string) =>
  (e.getElementsByTagName(tag)[0] as unknown as { textContent: string } | undefined)?.textContent;

const PUBLIC_URL = 'https://jobs.harbor.test';
const FIRM_NAME = 'Harbor <b>&</b> Staffing';
const EVIL = `Picker </script><script>alert(1)</script> ]]> <!-- & "q" 'a'`;

let store: TestStore;
let app: FastifyInstance;
let w: World;
let other: World;
let clientName: string;
const clock = testClock('2026-03-01T09:00:00Z');
const ids: Record<string, string> = {};

const withTransports = (ctx: ServiceContext): ServiceContext =>
  Object.assign(ctx, {
    transports: {
      email: null,
      sms: null,
      publicUrl: PUBLIC_URL,
      mailFrom: 'desk@harbor.test',
      replyTo: null,
    },
  });

beforeAll(async () => {
  store = await openTestStore();
  // The public firm is the oldest: built first.
  w = await buildWorld(store, clock);
  await store.db.update(firms).set({ name: FIRM_NAME }).where(eq(firms.id, w.firmId));
  other = await buildWorld(store, clock);
  clientName = `Zebracorp Holdings ${unique()}`;
  const client = await buildClient(w, { name: clientName });
  const job = async (key: string, overrides: Parameters<typeof buildJobOrder>[1]) => {
    clock.advance(60_000);
    ids[key] = (await buildJobOrder(w, { clientId: client.id, published: true, ...overrides })).id;
  };
  await job('forklift', {
    title: 'Forklift operator',
    description: 'Drive a forklift in our client’s warehouse.\n\nNights.\nSafety first.',
    category: 'warehouse',
    type: 'temp',
    city: 'Salem',
    postcode: '01970',
    payRate: 21,
    billRate: 31.77,
    rateUnit: 'hour',
    shift: 'night',
    startDate: '2026-03-09',
    endDate: '2026-06-30',
  });
  await job('accountant', {
    title: 'Staff accountant',
    description: 'Reconcile ledgers and close the month.',
    category: 'accounting',
    type: 'direct_hire',
    city: 'Boston',
    postcode: '02110',
    payRate: 65000,
    billRate: 91000,
    rateUnit: 'year',
  });
  await job('evil', {
    title: EVIL,
    description: `Line one </script><script>alert(2)</script>\n]]> and <!-- and &amp;`,
    type: 'temp_to_hire',
    city: 'Worcester </script>',
    payRate: null,
    billRate: null,
  });
  await job('unpublished', { title: 'Hidden welder', published: false, city: 'Salem' });
  await job('requested', { title: 'Requested painter', status: 'requested', city: 'Salem' });
  await job('onHold', { title: 'Paused packer', city: 'Salem' });
  const paused = await updateJobOrder(
    w.ctx,
    w.accountManager,
    ids.onHold!,
    updateJobOrderRequest.parse({ version: 1, status: 'on_hold' }),
  );
  expect(paused.status).toBe('on_hold');
  await job('filled', { title: 'Filled driver', city: 'Salem', openings: 1 });
  await buildPlacement(
    w,
    (await buildSubmission(w, (await buildCandidate(w)).id, ids.filled!)).id,
    '2026-03-10',
  );
  ids.otherFirm = (
    await buildJobOrder(other, { title: 'Crane operator', published: true, city: 'Salem', type: 'temp' })
  ).id;
  app = await testApp(withTransports(w.ctx));
});
afterAll(async () => {
  await app.close();
  await store.close();
});

const get = (url: string) => send(app, 'GET', url) as Promise<{ status: number; body: any; headers: any }>;
const listTitles = (page: string) => all(parseHtml(page), '.jobs h2').map((h) => h.textContent);
const PUBLISHED_OPEN = () => [EVIL, 'Staff accountant', 'Forklift operator'];

describe('GET /careers', () => {
  it('lists the public firm’s published, open postings newest first, as cacheable HTML with no script', async () => {
    const res = await get('/careers');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(listTitles(res.body)).toEqual(PUBLISHED_OPEN());
    for (const hidden of [
      'Hidden welder',
      'Requested painter',
      'Paused packer',
      'Filled driver',
      'Crane operator',
    ])
      expect(res.body).not.toContain(hidden);
    const doc = parseHtml(res.body);
    expect(all(doc, 'script')).toHaveLength(0);
    expect(res.body).not.toMatch(/<style|style=/);
    expect(doc.querySelector('meta[name="viewport"]')?.getAttribute('content')).toContain(
      'width=device-width',
    );
    expect(doc.querySelector('h1')?.textContent).toBe(`Jobs at ${FIRM_NAME}`);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${PUBLIC_URL}/careers`);
    expect(all(doc, 'a[href="/careers/register"]').length).toBeGreaterThan(0);
    const form = doc.querySelector('form[method="get"][action="/careers"]');
    expect(form).not.toBeNull();
    // Each posting links to its page by id and title.
    const links = all(doc, '.jobs a').map((a) => a.getAttribute('href'));
    expect(links).toContain(`/careers/jobs/${ids.forklift}-forklift-operator`);
    expect(links).toContain(`/careers/jobs/${ids.accountant}-staff-accountant`);
  });

  it('serves its stylesheet from a hashed URL, cached for good', async () => {
    const href = parseHtml((await get('/careers')).body)
      .querySelector('link[rel="stylesheet"]')!
      .getAttribute('href')!;
    expect(href).toMatch(/^\/careers\/style-[0-9a-f]{12}\.css$/);
    const css = await get(href);
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers['cache-control']).toContain('immutable');
    expect(css.body).toContain('min-height:44px');
  });

  it.each([
    ['q=FORKLIFT', ['Forklift operator']],
    ['q=ledgers', ['Staff accountant']],
    ['q=Warehouse', ['Forklift operator']],
    ['q=forklift+nights', ['Forklift operator']],
    ['q=forklift+ledgers', []],
    ['location=salem', ['Forklift operator']],
    ['location=0211', ['Staff accountant']],
    ['location=1970', []],
    ['type=direct_hire', ['Staff accountant']],
    ['type=temp_to_hire', [EVIL]],
    ['type=temp&location=Salem&q=drive', ['Forklift operator']],
    ['type=bogus', PUBLISHED_OPEN()],
    ['q=%25', []],
    ['q=_', []],
    ["q=' or 1=1 --", []],
    ['q=script', [EVIL]],
    // The client is never public, so it cannot be searched for either (the staff index holds its name).
    ['q=Zebracorp', []],
    ['q=hidden+welder', []],
  ])('filters by %s', async (query, expected) => {
    const res = await get(`/careers?${query}`);
    expect(res.status).toBe(200);
    expect(listTitles(res.body)).toEqual(expected);
  });

  it('keeps the search in the form, marks results noindex, and says plainly when nothing matches', async () => {
    const res = await get('/careers?q=astronaut&location=Mars&type=direct_hire');
    const doc = parseHtml(res.body);
    expect(doc.querySelector('input[name="q"]')?.getAttribute('value')).toBe('astronaut');
    expect(doc.querySelector('input[name="location"]')?.getAttribute('value')).toBe('Mars');
    expect(doc.querySelector('option[selected]')?.getAttribute('value')).toBe('direct_hire');
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(doc.querySelector('.empty')?.textContent).toContain('No jobs match your search');
    expect(doc.querySelector('.empty a[href="/careers/register"]')).not.toBeNull();
  });

  it('shows what was typed as text, not markup', async () => {
    const res = await get(`/careers?q=${encodeURIComponent('"><script>alert(3)</script>')}`);
    expect(res.status).toBe(200);
    expect(res.body).not.toContain('<script>alert(3)');
    expect(parseHtml(res.body).querySelector('input[name="q"]')?.getAttribute('value')).toBe(
      '"><script>alert(3)</script>',
    );
  });
});

describe('GET /careers/jobs/:id', () => {
  it('shows a posting: its facts, pay (never the bill rate), paragraphs, and the ways to apply and register', async () => {
    const res = await get(`/careers/jobs/${ids.forklift}-forklift-operator`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const doc = parseHtml(res.body);
    expect(doc.querySelector('h1')?.textContent).toBe('Forklift operator');
    const facts = Object.fromEntries(
      all(doc, '.facts dt').map((dt, i) => [dt.textContent, all(doc, '.facts dd')[i]!.textContent]),
    );
    expect(facts).toEqual({
      Location: 'Salem 01970',
      Type: 'Temporary',
      Pay: '$21.00 per hour',
      Shift: 'Night shift',
      Starts: 'March 9, 2026',
      Ends: 'June 30, 2026',
    });
    expect(res.body).not.toMatch(/31[.,]77/);
    expect(all(doc, '.description p').map((p) => p.textContent)).toEqual([
      'Drive a forklift in our client’s warehouse.',
      'Nights.Safety first.',
    ]);
    expect(res.body).toContain('<p>Nights.<br>Safety first.</p>');
    expect(all(doc, `a[href="/careers/jobs/${ids.forklift}/apply"]`).length).toBeGreaterThan(0);
    expect(all(doc, 'a[href="/careers/register"]').length).toBeGreaterThan(0);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${PUBLIC_URL}/careers/jobs/${ids.forklift}-forklift-operator`,
    );
  });

  it('answers the bare id and any title suffix with the same posting and canonical URL', async () => {
    for (const path of [`${ids.forklift}`, `${ids.forklift}-old-title`, `${ids.forklift!.toUpperCase()}`]) {
      const res = await get(`/careers/jobs/${path}`);
      expect(res.status).toBe(200);
      expect(parseHtml(res.body).querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
        `${PUBLIC_URL}/careers/jobs/${ids.forklift}-forklift-operator`,
      );
    }
  });

  it('carries schema.org JobPosting data naming the firm, never the client', async () => {
    const res = await get(`/careers/jobs/${ids.forklift}`);
    const scripts = all(parseHtml(res.body), 'script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.getAttribute('type')).toBe('application/ld+json');
    const ld = JSON.parse(scripts[0]!.textContent);
    expect(ld).toEqual({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: 'Forklift operator',
      description: 'Drive a forklift in our client’s warehouse.\n\nNights.\nSafety first.',
      identifier: { '@type': 'PropertyValue', name: FIRM_NAME, value: ids.forklift },
      url: `${PUBLIC_URL}/careers/jobs/${ids.forklift}-forklift-operator`,
      datePosted: '2026-03-01',
      validThrough: '2026-06-30',
      employmentType: 'TEMPORARY',
      hiringOrganization: { '@type': 'Organization', name: FIRM_NAME, sameAs: `${PUBLIC_URL}/careers` },
      jobLocation: {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressLocality: 'Salem', postalCode: '01970' },
      },
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'USD',
        value: { '@type': 'QuantitativeValue', value: 21, unitText: 'HOUR' },
      },
      jobStartDate: '2026-03-09',
      industry: 'warehouse',
    });
    const accountant = await get(`/careers/jobs/${ids.accountant}`);
    const ld2 = JSON.parse(all(parseHtml(accountant.body), 'script')[0]!.textContent);
    expect(ld2).toMatchObject({
      employmentType: 'FULL_TIME',
      baseSalary: { value: { value: 65000, unitText: 'YEAR' } },
    });
    expect(ld2.validThrough).toBeUndefined();
  });

  it.each([
    ['unpublished', () => ids.unpublished],
    ['requested', () => ids.requested],
    ['on hold', () => ids.onHold],
    ['filled', () => ids.filled],
    ['another firm’s', () => ids.otherFirm],
    ['unknown', () => '00000000-0000-4000-8000-000000000000'],
    ['not an id', () => 'forklift-operator'],
    ['a number', () => '123'],
  ])('is the same 404 page for a posting that is %s', async (_what, id) => {
    const res = await get(`/careers/jobs/${id()}`);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('This job is not available');
    expect(res.body).not.toMatch(
      /Hidden welder|Requested painter|Paused packer|Filled driver|Crane operator/,
    );
    // Nothing tells an unpublished posting from one that never was.
    expect(res.body).toBe((await get('/careers/jobs/00000000-0000-4000-8000-000000000000')).body);
  });

  it('answers other careers addresses with the careers 404 page, and /careers/ with the list', async () => {
    const res = await get('/careers/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toContain('This job is not available');
    const slash = await get('/careers/');
    expect(slash.status).toBe(301);
    expect(slash.headers.location).toBe('/careers');
  });
});

describe('a hostile title and description', () => {
  it('stay text on the list and the posting page, and the JSON-LD stays one inert data block', async () => {
    const list = await get('/careers?type=temp_to_hire');
    expect(list.body).not.toContain('<script>alert');
    expect(all(parseHtml(list.body), 'script')).toHaveLength(0);
    expect(listTitles(list.body)).toEqual([EVIL]);

    const res = await get(`/careers/jobs/${ids.evil}`);
    expect(res.status).toBe(200);
    expect(res.body).not.toContain('<script>alert');
    expect(res.body).not.toContain(']]>');
    const doc = parseHtml(res.body);
    expect(doc.title).toBe(`${EVIL} · ${FIRM_NAME} careers`);
    expect(doc.querySelector('h1')?.textContent).toBe(EVIL);
    const scripts = all(doc, 'script');
    expect(scripts).toHaveLength(1);
    const raw = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(res.body)![1]!;
    expect(raw).not.toMatch(/[<>&\u2028\u2029]/);
    const ld = JSON.parse(raw);
    expect(ld.title).toBe(EVIL);
    expect(ld.description).toBe(`Line one </script><script>alert(2)</script>\n]]> and <!-- and &amp;`);
    expect(ld.employmentType).toEqual(['TEMPORARY', 'FULL_TIME']);
    expect(ld.jobLocation.address.addressLocality).toBe('Worcester </script>');
    expect(ld.baseSalary).toBeUndefined();
  });

  it('leave the XML feed well-formed, the text whole', async () => {
    const res = await get('/careers/jobs.xml');
    expect(res.status).toBe(200);
    const doc = parseXml(res.body);
    expect(doc.documentElement.tagName).toBe('source');
    const evil = Array.from(doc.getElementsByTagName('job')).find(
      (j) => text(j, 'referencenumber') === ids.evil,
    )!;
    expect(text(evil, 'title')).toBe(EVIL);
    expect(text(evil, 'city')).toBe('Worcester </script>');
    expect(text(evil, 'description')).toBe(
      '<p>Line one &lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;<br>]]&gt; and &lt;!-- and &amp;amp;</p>',
    );
    expect(text(evil, 'jobtype')).toBe('temporary, fulltime');
  });

  it('leave the JSON feed whole', async () => {
    const res = await get('/careers/jobs.json');
    expect(res.status).toBe(200);
    const evil = res.body.jobs.find((j: any) => j.id === ids.evil);
    expect(evil.title).toBe(EVIL);
  });
});

describe('the feeds', () => {
  it('/careers/jobs.xml lists every published, open posting with absolute URLs and the firm as company', async () => {
    const res = await get('/careers/jobs.xml');
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const doc = parseXml(res.body);
    const source = doc.documentElement;
    expect(text(source, 'publisher')).toBe(FIRM_NAME);
    expect(text(source, 'publisherurl')).toBe(`${PUBLIC_URL}/careers`);
    const jobs = Array.from(doc.getElementsByTagName('job'));
    expect(jobs.map((j) => text(j, 'title'))).toEqual(PUBLISHED_OPEN());
    const forklift = jobs.find((j) => text(j, 'referencenumber') === ids.forklift)!;
    expect({
      url: text(forklift, 'url'),
      company: text(forklift, 'company'),
      city: text(forklift, 'city'),
      postalcode: text(forklift, 'postalcode'),
      salary: text(forklift, 'salary'),
      jobtype: text(forklift, 'jobtype'),
      category: text(forklift, 'category'),
      date: text(forklift, 'date'),
    }).toEqual({
      url: `${PUBLIC_URL}/careers/jobs/${ids.forklift}-forklift-operator`,
      company: FIRM_NAME,
      city: 'Salem',
      postalcode: '01970',
      salary: '$21.00 per hour',
      jobtype: 'temporary',
      category: 'warehouse',
      date: 'Sun, 01 Mar 2026 09:01:00 GMT',
    });
  });

  it('/careers/jobs.json carries the same facts and URLs', async () => {
    const res = await get('/careers/jobs.json');
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.body.publisher).toEqual({ name: FIRM_NAME, url: `${PUBLIC_URL}/careers` });
    expect(res.body.jobs.map((j: any) => j.title)).toEqual(PUBLISHED_OPEN());
    expect(res.body.jobs.find((j: any) => j.id === ids.accountant)).toEqual({
      id: ids.accountant,
      url: `${PUBLIC_URL}/careers/jobs/${ids.accountant}-staff-accountant`,
      applyUrl: `${PUBLIC_URL}/careers/jobs/${ids.accountant}/apply`,
      title: 'Staff accountant',
      description: 'Reconcile ledgers and close the month.',
      category: 'accounting',
      type: 'direct_hire',
      typeLabel: 'Direct hire',
      employmentType: ['FULL_TIME'],
      city: 'Boston',
      postcode: '02110',
      pay: { amount: 65000, unit: 'year', currency: 'USD', text: '$65,000 per year' },
      shift: null,
      startDate: null,
      endDate: null,
      datePosted: '2026-03-01',
      updatedAt: '2026-03-01T09:02:00.000Z',
    });
  });
});

describe('the client', () => {
  it('is named on no public page or feed, and neither is the bill rate', async () => {
    const pages = [
      '/careers',
      '/careers?q=forklift',
      ...['forklift', 'accountant', 'evil', 'unpublished'].map((k) => `/careers/jobs/${ids[k]}`),
      '/careers/jobs.xml',
      '/careers/jobs.json',
    ];
    for (const url of pages) {
      const res = await send(app, 'GET', url);
      const body = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
      expect(body, url).not.toContain('Zebracorp');
      expect(body, url).not.toMatch(/31[.,]77|91,?000|billRate/);
    }
  });
});

describe('PUBLIC_FIRM', () => {
  it('picks the firm by slug; a slug naming no firm serves no careers site', async () => {
    const otherSlug = (await findFirm(store.db, other.firmId))!.slug;
    const otherApp = await testApp(withTransports({ store, clock, publicFirmSlug: otherSlug }));
    const none = await testApp(withTransports({ store, clock, publicFirmSlug: 'no-such-firm' }));
    try {
      const list = await send(otherApp, 'GET', '/careers');
      expect(listTitles(list.body as string)).toEqual(['Crane operator']);
      expect((await send(otherApp, 'GET', `/careers/jobs/${ids.otherFirm}`)).status).toBe(200);
      expect((await send(otherApp, 'GET', `/careers/jobs/${ids.forklift}`)).status).toBe(404);
      const xml = parseXml((await send(otherApp, 'GET', '/careers/jobs.xml')).body as string);
      expect(Array.from(xml.getElementsByTagName('job')).map((j) => text(j, 'title'))).toEqual([
        'Crane operator',
      ]);
      // Unset, the oldest firm: the one built first.
      expect(listTitles((await get('/careers')).body)).toEqual(PUBLISHED_OPEN());
      for (const url of [
        '/careers',
        `/careers/jobs/${ids.forklift}`,
        '/careers/jobs.xml',
        '/careers/jobs.json',
      ])
        expect((await send(none, 'GET', url)).status, url).toBe(404);
    } finally {
      await otherApp.close();
      await none.close();
    }
  });

  it('sees a renamed firm once its lookup is forgotten (kept briefly otherwise)', async () => {
    await store.db.update(firms).set({ name: 'Harbor Renamed' }).where(eq(firms.id, w.firmId));
    try {
      expect(parseHtml((await get('/careers')).body).querySelector('h1')?.textContent).toBe(
        `Jobs at ${FIRM_NAME}`,
      );
      forgetPublicFirm(store);
      expect(parseHtml((await get('/careers')).body).querySelector('h1')?.textContent).toBe(
        'Jobs at Harbor Renamed',
      );
    } finally {
      await store.db.update(firms).set({ name: FIRM_NAME }).where(eq(firms.id, w.firmId));
      forgetPublicFirm(store);
    }
  });
});

describe('rate limit', () => {
  it('refuses an address past its limit with 429 and Retry-After', async () => {
    // The whole app (buildApp, as main.ts builds it) with the careers limit lowered to 3, so the test need not send
    // 300 requests. Built here rather than by testApp, which passes no careers limit on.
    const limited = await buildApp({
      ctx: withTransports({ store, clock }),
      sessions: { idleMinutes: 60, maxHours: 24 },
      secureCookies: false,
      logLevel: 'silent',
      careers: { rateLimit: 3 },
    });
    try {
      const replies = [];
      for (let i = 0; i < 4; i++) replies.push(await send(limited, 'GET', '/careers'));
      expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 429]);
      expect(Number(replies[3]!.headers['retry-after'])).toBeGreaterThan(0);
      // The limit counts per route: the posting page still answers.
      expect((await send(limited, 'GET', `/careers/jobs/${ids.forklift}`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('paging', () => {
  it('pages 20 at a time with next and previous links that keep the search', async () => {
    const client = await buildClient(w);
    for (let i = 1; i <= 22; i++) {
      clock.advance(60_000);
      await buildJobOrder(w, {
        clientId: client.id,
        title: `Bulk picker ${i}`,
        published: true,
        city: 'Lynn',
      });
    }
    const first = parseHtml((await get('/careers?q=bulk')).body);
    const titles = all(first, '.jobs h2').map((h) => h.textContent);
    expect(titles).toHaveLength(20);
    expect(titles[0]).toBe('Bulk picker 22');
    expect(first.querySelector('a[rel="prev"]')).toBeNull();
    expect(first.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/careers?q=bulk&page=2');
    expect(first.querySelector('.count')?.textContent).toBe('22 jobs match your search');

    const second = parseHtml((await get('/careers?q=bulk&page=2')).body);
    expect(all(second, '.jobs h2').map((h) => h.textContent)).toEqual(['Bulk picker 2', 'Bulk picker 1']);
    expect(second.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/careers?q=bulk');
    expect(second.querySelector('a[rel="next"]')).toBeNull();

    const past = parseHtml((await get('/careers?q=bulk&page=9')).body);
    expect(past.querySelector('.empty')?.textContent).toContain('There is no page 9');
    expect(listTitles((await get('/careers?q=bulk&page=-1')).body)).toHaveLength(20);
    // The whole list: 3 + 22 published, open postings.
    expect(parseHtml((await get('/careers')).body).querySelector('.count')?.textContent).toBe('25 jobs open');
  });
});
