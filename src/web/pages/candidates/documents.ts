/**
 * @module How a candidate's documents read on their page: size, kind, who sent it and whether its text could be read.
 * Kept apart from the section so the wording is tested without rendering.
 */
import type { CandidateDocumentView, DocumentTextStatus } from '../../../contract/index.ts';

/** What a document is ("Resume"); read through `labelOf`, which makes any other code readable. */
export const documentKindLabels: Record<string, string> = { resume: 'Resume' };

const decimals = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** "850 KB", "2.4 MB": kilobytes below a megabyte (at least 1 KB for a non-empty file), megabytes above. */
export function formatFileSize(bytes: number): string {
  if (bytes <= 0) return '0 KB';
  const kb = bytes / 1024;
  if (kb < 1024) return `${whole.format(Math.max(1, Math.round(kb)))} KB`;
  return `${decimals.format(kb / 1024)} MB`;
}

/** Who the document came from: the candidate on the careers site, or the staff user who added it. */
export const documentSender = (doc: Pick<CandidateDocumentView, 'uploadedBy'>) =>
  doc.uploadedBy ? `Added by ${doc.uploadedBy.name}` : 'Sent by the candidate';

/** Whether its text could be read, in a word or two for the list. */
export const textStatusLabels: Record<DocumentTextStatus, string> = {
  extracted: 'Text read',
  empty: 'No text in it',
  failed: 'Text unreadable',
};

/** Said in place of the text when there is none to show. */
export const noTextMessages: Record<Exclude<DocumentTextStatus, 'extracted'>, string> = {
  empty:
    'No text could be read from this document: it holds none (a scanned page or a photo, perhaps). Download it to read it.',
  failed:
    'The text of this document could not be read: the file is damaged or unusual. Download it to open it.',
};
