/** @module Candidates' documents as the API shows them: never the bytes, never the row as it is. */

import type { Ref } from '../../contract/common.ts';
import {
  type CandidateDocumentView,
  type DocumentTextStatus,
  type DocumentTextView,
  documentTextStatuses,
} from '../../contract/documents.ts';
import type { DocumentRow } from '../../store/front-door.ts';
import { iso } from './common.ts';

/** A status this version does not know (a newer writer's) reads as unreadable rather than failing the answer. */
const textStatusOf = (s: string): DocumentTextStatus =>
  (documentTextStatuses as readonly string[]).includes(s) ? (s as DocumentTextStatus) : 'failed';

export function presentDocument(
  d: DocumentRow,
  uploaders: ReadonlyMap<string, string>,
): CandidateDocumentView {
  const uploadedBy: Ref | null = d.uploadedBy
    ? { id: d.uploadedBy, name: uploaders.get(d.uploadedBy) ?? 'A former user' }
    : null;
  return {
    id: d.id,
    kind: d.kind,
    filename: d.filename,
    mediaType: d.mediaType,
    sizeBytes: d.sizeBytes,
    textStatus: textStatusOf(d.textStatus),
    uploadedBy,
    createdAt: iso(d.createdAt),
  };
}

export function presentDocumentText(d: {
  id: string;
  filename: string;
  textStatus: string;
  textContent: string | null;
}): DocumentTextView {
  const textStatus = textStatusOf(d.textStatus);
  return {
    id: d.id,
    filename: d.filename,
    textStatus,
    text: textStatus === 'extracted' ? d.textContent : null,
  };
}
