/**
 * @module The careers feeds job boards and aggregators fetch: `/careers/jobs.xml` in the common job-board XML
 * format (Indeed's `<source>` of `<job>`s) and `/careers/jobs.json`. Both carry the same facts as the pages, with
 * absolute URLs from the public address, and never the client.
 *
 * `/careers/jobs.json`:
 * ```
 * { "version": 1,
 *   "publisher": { "name": "Harbor Staffing", "url": "https://jobs.example/careers" },
 *   "generatedAt": "2026-03-02T14:00:00.000Z",
 *   "jobs": [{
 *     "id": "<uuid>", "url": "https://…/careers/jobs/<uuid>-forklift-operator", "applyUrl": "https://…/apply",
 *     "title": "Forklift operator", "description": "plain text" | null, "category": "warehouse" | null,
 *     "type": "temp" | "temp_to_hire" | "direct_hire", "typeLabel": "Temporary",
 *     "employmentType": ["TEMPORARY"] (schema.org values),
 *     "city": "Boston" | null, "postcode": "02110" | null,
 *     "pay": { "amount": 21, "unit": "hour" | "day" | "week" | "year", "currency": "USD", "text": "$21.00 per hour" } | null,
 *     "shift": "night" | null, "startDate": "2026-03-09" | null, "endDate": "2026-06-30" | null,
 *     "datePosted": "2026-03-01", "updatedAt": "2026-03-01T10:00:00.000Z" }] }
 * ```
 */
import { xmlEscape } from '../../services/event-log/xes.ts';
import type { Posting } from '../../services/public/careers.ts';
import type { PublicFirm } from '../../services/public/firm.ts';
import { paragraphs } from './html.ts';

/** Indeed's `jobtype` words for the schema.org employment types. */
const jobTypeWord = { TEMPORARY: 'temporary', FULL_TIME: 'fulltime' } as const;

export interface FeedContext {
  firm: PublicFirm;
  /** The careers site's absolute URL. */
  careersUrl: string;
  /** A path as an absolute URL. */
  url: (path: string) => string;
  now: Date;
}

/**
 * The XML feed. Each value is escaped XML text (`xmlEscape`, which also drops characters XML cannot hold); the
 * description is HTML (its paragraphs kept), so a reader gets the markup back as the element's text.
 */
export function xmlFeed(postings: Posting[], f: FeedContext): string {
  const el = (name: string, text: string | null) => `<${name}>${xmlEscape(text ?? '')}</${name}>`;
  const jobs = postings.map((p) =>
    [
      '<job>',
      el('title', p.title),
      el('date', p.postedAt.toUTCString()),
      el('referencenumber', p.id),
      el('url', f.url(p.path)),
      el('company', f.firm.name),
      el('city', p.city),
      el('state', null),
      el('country', null),
      el('postalcode', p.postcode),
      el('description', p.description ? paragraphs(p.description).toString() : p.title),
      el('salary', p.pay?.text ?? null),
      el('jobtype', p.employmentTypes.map((t) => jobTypeWord[t]).join(', ')),
      el('category', p.category),
      '</job>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<source>',
    el('publisher', f.firm.name),
    el('publisherurl', f.careersUrl),
    el('lastBuildDate', f.now.toUTCString()),
    ...jobs,
    '</source>',
    '',
  ].join('\n');
}

/** The JSON feed (its shape is in this module's comment). */
export function jsonFeed(postings: Posting[], f: FeedContext) {
  return {
    version: 1,
    publisher: { name: f.firm.name, url: f.careersUrl },
    generatedAt: f.now.toISOString(),
    jobs: postings.map((p) => ({
      id: p.id,
      url: f.url(p.path),
      applyUrl: f.url(p.applyPath),
      title: p.title,
      description: p.description,
      category: p.category,
      type: p.type,
      typeLabel: p.typeLabel,
      employmentType: p.employmentTypes,
      city: p.city,
      postcode: p.postcode,
      pay: p.pay,
      shift: p.shift,
      startDate: p.startDate,
      endDate: p.endDate,
      datePosted: p.postedAt.toISOString().slice(0, 10),
      updatedAt: p.updatedAt.toISOString(),
    })),
  };
}
