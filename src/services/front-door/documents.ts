/** @module A document from a public page made ready to keep: its type decided by content, its text read safely. */
import { createHash } from 'node:crypto';
import { extractText } from '../documents/extract.ts';
import { inspectUpload } from '../documents/sniff.ts';
import type { PreparedDocument } from './intake.ts';

export type Prepared = { ok: true; doc: PreparedDocument } | { ok: false; reason: string };

/**
 * Checks an upload and reads its text in the isolated worker. A file that is not a PDF or .docx by its bytes, or
 * whose text cannot be read (a malformed or hostile file, one that declares entities), is refused with a reason the
 * person can act on: nothing unreadable is kept for staff to open.
 */
export async function prepareDocument(bytes: Uint8Array, filename: string): Promise<Prepared> {
  const inspected = inspectUpload(bytes, filename);
  if (!inspected.ok) return { ok: false, reason: inspected.reason };
  const text = await extractText(bytes, inspected.kind);
  if (text.status === 'failed') {
    return {
      ok: false,
      reason: text.reason ?? 'This document could not be read. Please save it again and retry.',
    };
  }
  return {
    ok: true,
    doc: {
      filename: inspected.filename,
      mediaType: inspected.mediaType,
      bytes,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      text: { status: text.status, text: text.text },
    },
  };
}
