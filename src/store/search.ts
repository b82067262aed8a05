/** @module SQL for the search index: keeping each record's terms, and finding records by any part of them. */
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { normalizePhone, normalizeSearchText } from '../domain/contact-points.ts';
import type { Db } from './database.ts';
import { escapeLike } from './paging.ts';
import { candidates, clients, contacts, jobOrders, searchTerms } from './schema/index.ts';

export type SearchEntity = 'candidate' | 'client' | 'contact' | 'job_order';
export type TermKind = 'name' | 'email' | 'phone' | 'skill' | 'employer' | 'company' | 'title';
export interface Term {
  kind: TermKind;
  term: string;
}

/** Replaces every term of one record (called in the transaction that changes the record). */
export async function replaceTerms(
  db: Db,
  firmId: string,
  entityType: SearchEntity,
  entityId: string,
  terms: Term[],
) {
  await db
    .delete(searchTerms)
    .where(
      and(
        eq(searchTerms.firmId, firmId),
        eq(searchTerms.entityType, entityType),
        eq(searchTerms.entityId, entityId),
      ),
    );
  const seen = new Set<string>();
  const rows = [];
  for (const t of terms) {
    const key = `${t.kind}\u0000${t.term}`;
    if (!t.term || seen.has(key)) continue;
    seen.add(key);
    rows.push({ firmId, entityType, entityId, kind: t.kind, term: t.term });
  }
  if (rows.length > 0) await db.insert(searchTerms).values(rows);
}

/** Adds terms without removing others (e.g. the employer of a new placement). */
export async function addTerms(
  db: Db,
  firmId: string,
  entityType: SearchEntity,
  entityId: string,
  terms: Term[],
) {
  if (terms.length === 0) return;
  await db
    .insert(searchTerms)
    .values(
      terms.filter((t) => t.term).map((t) => ({ firmId, entityType, entityId, kind: t.kind, term: t.term })),
    )
    .onConflictDoNothing();
}

/**
 * Splits what a person typed into the patterns each term must contain. A query that is all phone characters is one
 * pattern of its digits, so "(617) 555-01" finds 6175550142; otherwise each word is a pattern.
 */
export function queryPatterns(query: string): { patterns: string[]; phone: boolean } {
  const trimmed = query.trim();
  // Normalised as stored (a North-American trunk 1 dropped), or "+1 617 555 0142" would find nothing.
  const digits = normalizePhone(trimmed);
  if (digits.length >= 3 && /^[+\d\s().\-/]+$/.test(trimmed)) {
    return { patterns: [`%${digits}%`], phone: true };
  }
  const words = normalizeSearchText(trimmed).split(' ').filter(Boolean).slice(0, 6);
  return { patterns: words.map((w) => `%${escapeLike(w)}%`), phone: false };
}

/**
 * A condition "this record has terms matching every word", for filtering lists by `q`. Every value is a bound
 * parameter; only the number of words shapes the SQL.
 */
export function matchesQuery(
  firmId: string,
  entityType: SearchEntity,
  idColumn: SQL | unknown,
  query: string,
): SQL | undefined {
  const { patterns, phone } = queryPatterns(query);
  if (patterns.length === 0) return undefined;
  const parts = patterns.map(
    (p) =>
      sql`${idColumn} in (select ${searchTerms.entityId} from ${searchTerms} where ${searchTerms.firmId} = ${firmId}
        and ${searchTerms.entityType} = ${entityType} ${phone ? sql`and ${searchTerms.kind} = 'phone'` : sql``}
        and ${searchTerms.term} like ${p})`,
  );
  return and(...parts);
}

export interface SearchRow {
  entityType: SearchEntity;
  entityId: string;
  matchedKind: TermKind;
  matchedTerm: string;
  score: number;
}

/** Records whose terms contain every word of the query, best match first. */
export async function searchEntities(
  db: Db,
  firmId: string,
  query: string,
  limit: number,
  entityType?: SearchEntity,
): Promise<SearchRow[]> {
  const { patterns, phone } = queryPatterns(query);
  if (patterns.length === 0) return [];
  const q = phone ? normalizePhone(query) : normalizeSearchText(query);
  const anyMatch = sql.join(
    patterns.map((p) => sql`${searchTerms.term} like ${p}`),
    sql` or `,
  );
  const allMatched = sql.join(
    patterns.map((p) => sql`bool_or(${searchTerms.term} like ${p})`),
    sql` and `,
  );
  // Exact matches (a whole email or phone number) rank first, then prefix matches, then trigram similarity.
  const rank = sql`max(case when ${searchTerms.term} = ${q} then 3 when ${searchTerms.term} like ${`${escapeLike(q)}%`} then 2 else 1 end + similarity(${searchTerms.term}, ${q}))`;
  const best = sql`case when ${searchTerms.term} = ${q} then 3 else 1 end + similarity(${searchTerms.term}, ${q})`;
  const rows = await db
    .select({
      entityType: searchTerms.entityType,
      entityId: searchTerms.entityId,
      matchedKind: sql<string>`(array_agg(${searchTerms.kind} order by ${best} desc))[1]`,
      matchedTerm: sql<string>`(array_agg(${searchTerms.term} order by ${best} desc))[1]`,
      score: sql<number>`${rank}`.mapWith(Number),
    })
    .from(searchTerms)
    .where(
      and(
        eq(searchTerms.firmId, firmId),
        entityType ? eq(searchTerms.entityType, entityType) : undefined,
        phone ? eq(searchTerms.kind, 'phone') : undefined,
        sql`(${anyMatch})`,
      ),
    )
    .groupBy(searchTerms.entityType, searchTerms.entityId)
    .having(allMatched)
    .orderBy(sql`${rank} desc`, searchTerms.entityType, searchTerms.entityId)
    .limit(limit);
  return rows as SearchRow[];
}

export interface EntityLabel {
  id: string;
  title: string;
  subtitle: string | null;
  clientId: string | null;
}

/** Titles and subtitles for search hits, one query per kind of record found. */
export async function describeEntities(
  db: Db,
  firmId: string,
  type: SearchEntity,
  ids: string[],
): Promise<EntityLabel[]> {
  if (ids.length === 0) return [];
  switch (type) {
    case 'candidate':
      return db
        .select({
          id: candidates.id,
          title: sql<string>`${candidates.firstName} || ' ' || ${candidates.lastName}`,
          subtitle: sql<
            string | null
          >`concat_ws(' · ', ${candidates.headline}, ${candidates.city}, ${candidates.phones}->0->>'number')`,
          clientId: sql<string | null>`null`,
        })
        .from(candidates)
        .where(and(eq(candidates.firmId, firmId), inArray(candidates.id, ids)));
    case 'client':
      return db
        .select({
          id: clients.id,
          title: clients.name,
          subtitle: sql<string | null>`concat_ws(' · ', 'Client', ${clients.city}, ${clients.status})`,
          clientId: sql<string | null>`null`,
        })
        .from(clients)
        .where(and(eq(clients.firmId, firmId), inArray(clients.id, ids)));
    case 'contact':
      return db
        .select({
          id: contacts.id,
          title: sql<string>`${contacts.firstName} || ' ' || ${contacts.lastName}`,
          subtitle: sql<string | null>`concat_ws(' · ', ${contacts.title}, ${clients.name})`,
          clientId: contacts.clientId,
        })
        .from(contacts)
        .innerJoin(clients, and(eq(clients.firmId, contacts.firmId), eq(clients.id, contacts.clientId)))
        .where(and(eq(contacts.firmId, firmId), inArray(contacts.id, ids)));
    case 'job_order':
      return db
        .select({
          id: jobOrders.id,
          title: jobOrders.title,
          subtitle: sql<
            string | null
          >`concat_ws(' · ', ${clients.name}, ${jobOrders.city}, ${jobOrders.status})`,
          clientId: jobOrders.clientId,
        })
        .from(jobOrders)
        .innerJoin(clients, and(eq(clients.firmId, jobOrders.firmId), eq(clients.id, jobOrders.clientId)))
        .where(and(eq(jobOrders.firmId, firmId), inArray(jobOrders.id, ids)));
  }
}

/**
 * Records of a kind indexed under this exact (normalised) term: the natural keys that match people (a candidate or
 * contact by email or phone) and companies.
 */
export async function findByTerm(
  db: Db,
  firmId: string,
  entityType: 'candidate' | 'contact' | 'client',
  kind: 'email' | 'phone' | 'company',
  term: string,
): Promise<string[]> {
  const rows = await db
    .select({ id: searchTerms.entityId })
    .from(searchTerms)
    .where(
      and(
        eq(searchTerms.firmId, firmId),
        eq(searchTerms.entityType, entityType),
        eq(searchTerms.kind, kind),
        eq(searchTerms.term, term),
      ),
    )
    .orderBy(asc(searchTerms.entityId))
    .limit(20);
  return rows.map((r) => r.id);
}
