/**
 * @module The careers site's use cases: search the public firm's postings (published, open job orders), read one,
 * and list them all for the feeds. What leaves is a `Posting`, built field by field: never the client, contact, bill
 * rate or work address (staffing firms do not name their client on a public posting).
 */
import { type JobType, jobTypeLabels, jobTypes, type PayUnit } from '../../domain/candidate.ts';
import { type Shift, shiftLabels, shifts } from '../../domain/job-order.ts';
import { findPosting, listPostings, type PostingRow } from '../../store/careers.ts';
import type { ServiceContext } from '../context.ts';
import type { PublicFirm } from './firm.ts';

/** Postings on one page of the list. */
export const PAGE_SIZE = 20;
/** The deepest page served: past it the list says so rather than scanning on. */
const MAX_PAGE = 500;
/** The most postings a feed carries (newest first). */
const FEED_LIMIT = 1000;
/** Waypoint keeps money without a currency and writes it in dollars everywhere (messages say `$18.00/hour`). */
const CURRENCY = 'USD';

/** schema.org / Google `employmentType` values for each job type. */
export type EmploymentType = 'TEMPORARY' | 'FULL_TIME';
// A temp-to-hire role starts as a temporary assignment and ends as a permanent hire; direct hire is permanent.
// Waypoint does not record hours, so "permanent" is read as full time.
const employmentTypesOf: Record<JobType, EmploymentType[]> = {
  temp: ['TEMPORARY'],
  temp_to_hire: ['TEMPORARY', 'FULL_TIME'],
  direct_hire: ['FULL_TIME'],
};

/** What a posting shows, to the public. */
export interface Posting {
  id: string;
  title: string;
  /** Plain text, as staff wrote it: escape it where it is shown. */
  description: string | null;
  category: string | null;
  type: JobType;
  typeLabel: string;
  employmentTypes: EmploymentType[];
  pay: { amount: number; unit: PayUnit; currency: string; text: string } | null;
  shift: string | null;
  shiftLabel: string | null;
  startDate: string | null;
  /** The last day of the work, when it has one. */
  endDate: string | null;
  city: string | null;
  postcode: string | null;
  /** City and postcode, as one line ("Boston 02110"), or null when neither is known. */
  location: string | null;
  /** When it was taken (there is no separate "published at"). */
  postedAt: Date;
  updatedAt: Date;
  /** `/careers/jobs/<id>-<title-slug>`. */
  path: string;
  /** `/careers/jobs/<id>/apply`. */
  applyPath: string;
}

const money = (amount: number) =>
  new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: CURRENCY,
    minimumFractionDigits: Number.isInteger(amount) && amount >= 1000 ? 0 : 2,
  }).format(amount);

/** A title as a URL part: `Forklift Operator (nights)` → `forklift-operator-nights`. */
function titleSlug(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
}

function postingPath(id: string, title: string) {
  const slug = titleSlug(title);
  return slug ? `/careers/jobs/${id}-${slug}` : `/careers/jobs/${id}`;
}

const UUID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:-.*)?$/is;

/** The job order id in a posting URL's last part (`<uuid>` or `<uuid>-<anything>`), or null when there is none. */
function postingIdOf(param: string): string | null {
  const m = UUID.exec(param);
  return m ? m[1]!.toLowerCase() : null;
}

const isJobType = (t: string): t is JobType => (jobTypes as readonly string[]).includes(t);
const isShift = (s: string): s is Shift => (shifts as readonly string[]).includes(s);

function present(row: PostingRow): Posting {
  // The type column is written through the contract's enum; an unknown one reads as temporary rather than failing.
  const type: JobType = isJobType(row.type) ? row.type : 'temp';
  const unit = row.rateUnit as PayUnit;
  const location = [row.city, row.postcode].filter(Boolean).join(' ') || null;
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    category: row.category,
    type,
    typeLabel: jobTypeLabels[type],
    employmentTypes: employmentTypesOf[type],
    pay:
      row.payRate !== null && row.payRate > 0
        ? { amount: row.payRate, unit, currency: CURRENCY, text: `${money(row.payRate)} per ${unit}` }
        : null,
    shift: row.shift,
    // The shift column is written through the contract's enum; an unknown one is shown as it is.
    shiftLabel: row.shift ? (isShift(row.shift) ? shiftLabels[row.shift] : row.shift) : null,
    startDate: row.startDate,
    endDate: row.endDate,
    city: row.city,
    postcode: row.postcode,
    location,
    postedAt: row.createdAt,
    updatedAt: row.updatedAt,
    path: postingPath(row.id, row.title),
    applyPath: `/careers/jobs/${row.id}/apply`,
  };
}

/** A search as the list's form sends it, made safe: every value bounded, an unknown type or page ignored. */
export interface CareerQuery {
  q: string;
  location: string;
  type: JobType | '';
  page: number;
}

const first = (v: unknown): string => {
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s : '';
};
const cleanText = (v: unknown, max: number) => first(v).replace(/\s+/g, ' ').trim().slice(0, max).trim();

/** Reads the list's query string leniently: a crawler's odd URL gets the page, not an error. */
export function careerQuery(raw: unknown): CareerQuery {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const type = first(r.type);
  const page = Number(first(r.page));
  return {
    q: cleanText(r.q, 100),
    location: cleanText(r.location, 60),
    type: isJobType(type) ? type : '',
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

/** The list's URL for a query (empty values left out), for the pager and canonical links. */
export function careersPath(q: CareerQuery, page = q.page): string {
  const params = new URLSearchParams();
  if (q.q) params.set('q', q.q);
  if (q.location) params.set('location', q.location);
  if (q.type) params.set('type', q.type);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `/careers?${search}` : '/careers';
}

export const isFiltered = (q: CareerQuery) => Boolean(q.q || q.location || q.type);

export interface PostingPage {
  postings: Posting[];
  total: number;
  page: number;
  pages: number;
}

/** One page of the firm's postings matching the query, newest first. */
export async function searchPostings(
  ctx: ServiceContext,
  firm: PublicFirm,
  q: CareerQuery,
): Promise<PostingPage> {
  const { rows, total } = await listPostings(
    ctx.store.db,
    firm.id,
    {
      // Each word must appear somewhere; six words are plenty, and bound the query's size.
      words: q.q.split(' ').filter(Boolean).slice(0, 6),
      location: q.location || undefined,
      type: q.type || undefined,
    },
    PAGE_SIZE,
    (q.page - 1) * PAGE_SIZE,
  );
  return {
    postings: rows.map(present),
    total,
    page: q.page,
    pages: Math.min(MAX_PAGE, Math.max(1, Math.ceil(total / PAGE_SIZE))),
  };
}

/** One posting of the firm by the last part of its URL, or null (not published and open, another firm's, no such). */
export async function readPosting(
  ctx: ServiceContext,
  firm: PublicFirm,
  param: string,
): Promise<Posting | null> {
  const id = postingIdOf(param);
  if (!id) return null;
  const row = await findPosting(ctx.store.db, firm.id, id);
  return row ? present(row) : null;
}

/** Every posting of the firm for the feeds, newest first (at most `FEED_LIMIT`). */
export async function feedPostings(ctx: ServiceContext, firm: PublicFirm): Promise<Posting[]> {
  const { rows } = await listPostings(ctx.store.db, firm.id, {}, FEED_LIMIT, 0);
  return rows.map(present);
}
