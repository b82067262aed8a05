/** @module A candidate's documents (resumes sent on the careers site) as staff see them: the list, the text read. */
import { z } from 'zod';
import { id, ref } from './common.ts';

/** Whether the document's text could be read: read, nothing to read (a scanned page), or unreadable. */
export const documentTextStatuses = ['extracted', 'empty', 'failed'] as const;
export type DocumentTextStatus = (typeof documentTextStatuses)[number];

export const candidateDocumentView = z.object({
  id,
  /** What the document is (`resume`). */
  kind: z.string(),
  /** The name it was sent under: someone else's input, to show as text only. */
  filename: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  textStatus: z.enum(documentTextStatuses),
  /** The staff user who added it; null when the candidate sent it themselves. */
  uploadedBy: ref.nullable(),
  createdAt: z.string(),
});
export type CandidateDocumentView = z.infer<typeof candidateDocumentView>;

export const candidateDocumentList = z.object({ items: z.array(candidateDocumentView) });
export type CandidateDocumentList = z.infer<typeof candidateDocumentList>;

export const documentTextView = z.object({
  id,
  filename: z.string(),
  textStatus: z.enum(documentTextStatuses),
  /** The text read from the document; null when there was none to read. */
  text: z.string().nullable(),
});
export type DocumentTextView = z.infer<typeof documentTextView>;

/** The body of a download, for the API document (the bytes are sent as they were kept). */
export const documentFile = z.file().meta({ description: "The document's bytes, as an attachment" });
