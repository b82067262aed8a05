/**
 * @module SQL for the public side: candidates' documents, status-page links, idempotent public posts, the resources
 * shown per stage, and the per-person lock that keeps two simultaneous posts from making two records of one person.
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { candidateAccessLinks, candidateDocuments, publicPosts, stageResources } from './schema/index.ts';

export type DocumentRow = Omit<typeof candidateDocuments.$inferSelect, 'content' | 'textContent'>;
export type NewDocument = Omit<typeof candidateDocuments.$inferInsert, 'id'>;

const documentColumns = {
  firmId: candidateDocuments.firmId,
  id: candidateDocuments.id,
  candidateId: candidateDocuments.candidateId,
  kind: candidateDocuments.kind,
  filename: candidateDocuments.filename,
  mediaType: candidateDocuments.mediaType,
  sizeBytes: candidateDocuments.sizeBytes,
  sha256: candidateDocuments.sha256,
  textStatus: candidateDocuments.textStatus,
  uploadedBy: candidateDocuments.uploadedBy,
  createdAt: candidateDocuments.createdAt,
};

export async function insertDocument(db: Db, values: NewDocument): Promise<DocumentRow> {
  const [row] = await db.insert(candidateDocuments).values(values).returning(documentColumns);
  return row!;
}

/** A candidate's documents, newest first, without their bytes. */
export const documentsOf = (db: Db, firmId: string, candidateId: string): Promise<DocumentRow[]> =>
  db
    .select(documentColumns)
    .from(candidateDocuments)
    .where(and(eq(candidateDocuments.firmId, firmId), eq(candidateDocuments.candidateId, candidateId)))
    .orderBy(desc(candidateDocuments.createdAt), desc(candidateDocuments.id))
    .limit(200);

/** One document with its bytes (for a download). */
export async function findDocument(db: Db, firmId: string, id: string) {
  const [row] = await db
    .select()
    .from(candidateDocuments)
    .where(and(eq(candidateDocuments.firmId, firmId), eq(candidateDocuments.id, id)));
  return row ?? null;
}

/** One document's text as it was read when it came in, without its bytes. */
export async function findDocumentText(db: Db, firmId: string, id: string) {
  const [row] = await db
    .select({
      id: candidateDocuments.id,
      candidateId: candidateDocuments.candidateId,
      filename: candidateDocuments.filename,
      textStatus: candidateDocuments.textStatus,
      textContent: candidateDocuments.textContent,
    })
    .from(candidateDocuments)
    .where(and(eq(candidateDocuments.firmId, firmId), eq(candidateDocuments.id, id)));
  return row ?? null;
}

/** The same file already kept for this candidate (a retried upload), if any. */
export async function findDocumentByHash(db: Db, firmId: string, candidateId: string, sha256: string) {
  const [row] = await db
    .select(documentColumns)
    .from(candidateDocuments)
    .where(
      and(
        eq(candidateDocuments.firmId, firmId),
        eq(candidateDocuments.candidateId, candidateId),
        eq(candidateDocuments.sha256, sha256),
      ),
    )
    .limit(1);
  return row ?? null;
}

export type AccessLinkRow = typeof candidateAccessLinks.$inferSelect;

export async function insertAccessLink(db: Db, values: Omit<typeof candidateAccessLinks.$inferInsert, 'id'>) {
  const [row] = await db.insert(candidateAccessLinks).values(values).returning();
  return row!;
}

/** The link a token's hash names, whichever firm it belongs to (the token alone identifies it). */
export async function findAccessLink(db: Db, tokenHash: string): Promise<AccessLinkRow | null> {
  const [row] = await db
    .select()
    .from(candidateAccessLinks)
    .where(eq(candidateAccessLinks.tokenHash, tokenHash));
  return row ?? null;
}

export async function touchAccessLink(db: Db, firmId: string, id: string, at: Date) {
  await db
    .update(candidateAccessLinks)
    .set({ lastUsedAt: at })
    .where(and(eq(candidateAccessLinks.firmId, firmId), eq(candidateAccessLinks.id, id)));
}

/** The first outcome of a public post with this key, if it was already handled. */
export async function findPublicPost(db: Db, firmId: string, kind: string, key: string) {
  const [row] = await db
    .select()
    .from(publicPosts)
    .where(and(eq(publicPosts.firmId, firmId), eq(publicPosts.kind, kind), eq(publicPosts.key, key)));
  return row?.outcome ?? null;
}

export async function insertPublicPost(
  db: Db,
  values: {
    firmId: string;
    kind: string;
    key: string;
    outcome: Record<string, string | null>;
    createdAt: Date;
  },
) {
  await db.insert(publicPosts).values(values);
}

/**
 * Serialises, until the end of the caller's transaction, everyone who works on the same natural keys (a person's
 * normalised email and phone): the second of two simultaneous posts by one person then finds the record the first
 * made. Keys are taken in sorted order so two posts can never wait on each other.
 */
export async function lockNaturalKeys(db: Db, firmId: string, keys: readonly string[]) {
  for (const key of [...new Set(keys)].sort()) {
    await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`${firmId}:${key}`}, 0))`);
  }
}

export type StageResourceRow = typeof stageResources.$inferSelect;

export const stageResourcesOf = (db: Db, firmId: string): Promise<StageResourceRow[]> =>
  db
    .select()
    .from(stageResources)
    .where(eq(stageResources.firmId, firmId))
    .orderBy(asc(stageResources.stage), asc(stageResources.position), asc(stageResources.createdAt))
    .limit(500);

export async function insertStageResource(db: Db, values: Omit<typeof stageResources.$inferInsert, 'id'>) {
  const [row] = await db.insert(stageResources).values(values).returning();
  return row!;
}

export async function updateStageResource(
  db: Db,
  firmId: string,
  id: string,
  version: number,
  values: Partial<Pick<StageResourceRow, 'stage' | 'title' | 'url' | 'body' | 'position'>>,
  at: Date,
): Promise<StageResourceRow | null> {
  const [row] = await db
    .update(stageResources)
    .set({ ...values, updatedAt: at, version: sql`${stageResources.version} + 1` })
    .where(
      and(eq(stageResources.firmId, firmId), eq(stageResources.id, id), eq(stageResources.version, version)),
    )
    .returning();
  return row ?? null;
}

export async function findStageResource(
  db: Db,
  firmId: string,
  id: string,
): Promise<StageResourceRow | null> {
  const [row] = await db
    .select()
    .from(stageResources)
    .where(and(eq(stageResources.firmId, firmId), eq(stageResources.id, id)));
  return row ?? null;
}

/** Removes a stage resource only if it still has the version the caller read; false when it did not. */
export async function deleteStageResourceAtVersion(
  db: Db,
  firmId: string,
  id: string,
  version: number,
): Promise<boolean> {
  const rows = await db
    .delete(stageResources)
    .where(
      and(eq(stageResources.firmId, firmId), eq(stageResources.id, id), eq(stageResources.version, version)),
    )
    .returning({ id: stageResources.id });
  return rows.length > 0;
}
