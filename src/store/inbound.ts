/** @module SQL for matching mail and texts that come in to the people they come from. */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from './database.ts';
import { firms, searchTerms } from './schema/index.ts';

export interface AddressOwner {
  firmId: string;
  kind: 'candidate' | 'contact';
  id: string;
}

/**
 * Every candidate and contact, in any firm, with this exact (normalised) email or phone: the search index holds
 * them as exact terms. Oldest firm first.
 */
export async function ownersOf(db: Db, kind: 'email' | 'phone', term: string): Promise<AddressOwner[]> {
  const rows = await db
    .select({ firmId: searchTerms.firmId, kind: searchTerms.entityType, id: searchTerms.entityId })
    .from(searchTerms)
    .innerJoin(firms, eq(firms.id, searchTerms.firmId))
    .where(
      and(
        eq(searchTerms.kind, kind),
        eq(searchTerms.term, term),
        inArray(searchTerms.entityType, ['candidate', 'contact']),
      ),
    )
    .orderBy(firms.createdAt, searchTerms.entityType, searchTerms.entityId);
  return rows.map((r) => ({ firmId: r.firmId, kind: r.kind as AddressOwner['kind'], id: r.id }));
}
