/**
 * @module A candidate's documents for staff: the list, the text read from one, and downloading one. Each document
 * is authorized through its candidate, as a candidate read is; another firm's document does not exist for the caller.
 * Every download leaves an audit entry (who, which document, from where).
 */
import type { CandidateDocumentList, DocumentTextView } from '../contract/documents.ts';
import type { FileBody } from '../contract/route-def.ts';
import { forbidden } from '../domain/errors.ts';
import { type Actor, canRead } from '../domain/roles.ts';
import { appendAudit } from '../store/audit.ts';
import { findCandidate } from '../store/candidates.ts';
import { documentsOf, findDocument, findDocumentText } from '../store/front-door.ts';
import { findUserView } from '../store/users.ts';
import { type Db, found, type ServiceContext } from './context.ts';
import { presentDocument, presentDocumentText } from './presenters/documents.ts';

/** Throws unless the actor may read the candidate a document belongs to (404 for another firm's, like a candidate). */
async function assertCandidateReadable(db: Db, actor: Actor, candidateId: string, what: string) {
  const candidate = found(await findCandidate(db, actor.firmId, candidateId), what);
  if (!canRead(actor, candidate)) throw forbidden();
}

/** A candidate's documents, newest first, with who added each (null: the candidate, on a public page). */
export async function listCandidateDocuments(
  ctx: ServiceContext,
  actor: Actor,
  candidateId: string,
): Promise<CandidateDocumentList> {
  const db = ctx.store.db;
  await assertCandidateReadable(db, actor, candidateId, 'Candidate');
  const rows = await documentsOf(db, actor.firmId, candidateId);
  const names = new Map<string, string>();
  for (const userId of new Set(rows.flatMap((r) => (r.uploadedBy ? [r.uploadedBy] : [])))) {
    const user = await findUserView(db, actor.firmId, userId);
    if (user) names.set(userId, user.name);
  }
  return { items: rows.map((r) => presentDocument(r, names)) };
}

/** The text read from a document when it came in. */
export async function getDocumentText(
  ctx: ServiceContext,
  actor: Actor,
  documentId: string,
): Promise<DocumentTextView> {
  const db = ctx.store.db;
  const doc = found(await findDocumentText(db, actor.firmId, documentId), 'Document');
  await assertCandidateReadable(db, actor, doc.candidateId, 'Document');
  return presentDocumentText(doc);
}

/** A document's bytes for a download, once the download is on the audit trail. */
export async function downloadDocument(
  ctx: ServiceContext,
  actor: Actor,
  documentId: string,
  meta: { ip: string | null },
): Promise<FileBody> {
  const db = ctx.store.db;
  const doc = found(await findDocument(db, actor.firmId, documentId), 'Document');
  await assertCandidateReadable(db, actor, doc.candidateId, 'Document');
  await appendAudit(db, {
    firmId: actor.firmId,
    userId: actor.userId,
    action: 'document_downloaded',
    targetType: 'candidate_document',
    targetId: doc.id,
    ip: meta.ip,
    detail: { candidateId: doc.candidateId, kind: doc.kind, sizeBytes: doc.sizeBytes, sha256: doc.sha256 },
  });
  return { filename: doc.filename, mediaType: doc.mediaType, bytes: doc.content };
}
