/** @module SQL for the people behind journeys: names, a subtitle, owner and branch, for a page of them. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from './database.ts';
import type { SubjectKind } from './journey-log.ts';
import { branches, candidates, clients, users } from './schema/index.ts';

export interface JourneySubject {
  id: string;
  name: string;
  subtitle: string | null;
  ownerId: string | null;
  ownerName: string | null;
  branchId: string | null;
  branchName: string | null;
}

const owner = alias(users, 'owner');

export async function subjectsByIds(
  db: Db,
  firmId: string,
  type: SubjectKind,
  ids: string[],
): Promise<JourneySubject[]> {
  if (ids.length === 0) return [];
  if (type === 'candidate') {
    return db
      .select({
        id: candidates.id,
        name: sql<string>`${candidates.firstName} || ' ' || ${candidates.lastName}`,
        subtitle: sql<
          string | null
        >`nullif(concat_ws(' · ', ${candidates.headline}, ${candidates.city}), '')`,
        ownerId: candidates.ownerId,
        ownerName: owner.name,
        branchId: candidates.branchId,
        branchName: branches.name,
      })
      .from(candidates)
      .leftJoin(owner, and(eq(owner.firmId, candidates.firmId), eq(owner.id, candidates.ownerId)))
      .leftJoin(branches, and(eq(branches.firmId, candidates.firmId), eq(branches.id, candidates.branchId)))
      .where(and(eq(candidates.firmId, firmId), inArray(candidates.id, ids)));
  }
  return db
    .select({
      id: clients.id,
      name: clients.name,
      subtitle: sql<string | null>`nullif(concat_ws(' · ', ${clients.industry}, ${clients.city}), '')`,
      ownerId: clients.ownerId,
      ownerName: owner.name,
      branchId: clients.branchId,
      branchName: branches.name,
    })
    .from(clients)
    .leftJoin(owner, and(eq(owner.firmId, clients.firmId), eq(owner.id, clients.ownerId)))
    .leftJoin(branches, and(eq(branches.firmId, clients.firmId), eq(branches.id, clients.branchId)))
    .where(and(eq(clients.firmId, firmId), inArray(clients.id, ids)));
}
