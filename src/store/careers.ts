/**
 * @module SQL for the public careers site: the firm a deployment shows, and its published open job orders. Only the
 * columns a posting may show are read (never the client, contact, bill rate or work address), and every read is
 * bounded: by the firm and status index, and by a limit.
 */
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { escapeLike, totalOver } from './paging.ts';
import { jobOrders } from './schema/index.ts';

/** What a public posting shows of a job order: a whitelist of columns. */
const postingColumns = {
  id: jobOrders.id,
  title: jobOrders.title,
  description: jobOrders.description,
  category: jobOrders.category,
  type: jobOrders.type,
  payRate: jobOrders.payRate,
  rateUnit: jobOrders.rateUnit,
  startDate: jobOrders.startDate,
  endDate: jobOrders.endDate,
  shift: jobOrders.shift,
  city: jobOrders.city,
  postcode: jobOrders.postcode,
  createdAt: jobOrders.createdAt,
  updatedAt: jobOrders.updatedAt,
};

export interface PostingRow {
  id: string;
  title: string;
  description: string | null;
  category: string | null;
  type: string;
  payRate: number | null;
  rateUnit: string;
  startDate: string | null;
  endDate: string | null;
  shift: string | null;
  city: string | null;
  postcode: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface PostingFilter {
  /** Words that must each appear in the title, category or description (case-insensitive). */
  words?: readonly string[];
  /** Part of the city, or the start of the postcode. */
  location?: string | undefined;
  /** One of the job types (checked against the domain's list by the caller). */
  type?: string | undefined;
}

/** Published and open: the only orders the public may see. `job_orders_status_idx` (firm, status, created) finds them. */
const isPosted = (firmId: string) =>
  and(eq(jobOrders.firmId, firmId), eq(jobOrders.status, 'open'), eq(jobOrders.published, true));

function filterConditions(firmId: string, filter: PostingFilter): SQL | undefined {
  const conds: (SQL | undefined)[] = [isPosted(firmId)];
  // Every value is a bound parameter; only the number of words (at most a handful) shapes the SQL.
  for (const word of filter.words ?? []) {
    const p = `%${escapeLike(word)}%`;
    conds.push(
      sql`(${jobOrders.title} ilike ${p} or ${jobOrders.category} ilike ${p} or ${jobOrders.description} ilike ${p})`,
    );
  }
  if (filter.location) {
    const loc = escapeLike(filter.location);
    conds.push(sql`(${jobOrders.city} ilike ${`%${loc}%`} or ${jobOrders.postcode} ilike ${`${loc}%`})`);
  }
  if (filter.type) conds.push(eq(jobOrders.type, filter.type));
  return and(...conds);
}

/** A page of the firm's postings, newest first, with the total matching (one query while the page has rows). */
export async function listPostings(
  db: Db,
  firmId: string,
  filter: PostingFilter,
  limit: number,
  offset: number,
): Promise<{ rows: PostingRow[]; total: number }> {
  const where = filterConditions(firmId, filter);
  const rows = await db
    .select({ ...postingColumns, total: totalOver() })
    .from(jobOrders)
    .where(where)
    .orderBy(desc(jobOrders.createdAt), desc(jobOrders.id))
    .limit(limit)
    .offset(offset);
  if (rows.length > 0 || offset === 0) return { rows, total: rows[0]?.total ?? 0 };
  // A page past the end carries no total: count, so the page can link back to the last one.
  const [count] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(jobOrders)
    .where(where);
  return { rows: [], total: count!.n };
}

/** One posting of the firm, or null when it is not published and open (or is another firm's, or none at all). */
export async function findPosting(db: Db, firmId: string, id: string): Promise<PostingRow | null> {
  const [row] = await db
    .select(postingColumns)
    .from(jobOrders)
    .where(and(isPosted(firmId), eq(jobOrders.id, id)));
  return row ?? null;
}
