/** @module Why a document could not be read: a code for the code, a sentence for the job seeker, a detail for logs. */

export const documentErrorCodes = [
  /** Neither a PDF nor a Word (.docx) document (e.g. another kind of ZIP archive). */
  'not-a-document',
  /** Not what it claims to be, or cut short / corrupted. */
  'damaged',
  /** Too many parts or too many bytes once unpacked. */
  'too-large',
  /** Compresses far more than a document does, or inflates past what it declares. */
  'zip-bomb',
  /** Macros or embedded programs. */
  'macros',
  /** A DOCTYPE or entity declaration in the XML (the XXE shape). */
  'xml-entities',
  'encrypted',
  /** Valid, but in a form this reader does not take (ZIP64, other compression methods). */
  'unsupported',
] as const;
export type DocumentErrorCode = (typeof documentErrorCodes)[number];

/** What a job seeker is told when a file is neither a PDF nor a Word (.docx) document. */
export const NOT_A_DOCUMENT = 'This file is not a PDF or Word (.docx) document.';

/** A document refused by the reader; `message` is fit to show the person who uploaded it. */
export class DocumentError extends Error {
  readonly code: DocumentErrorCode;
  /** What exactly was wrong, for logs (never shown to the public). */
  readonly detail: string;

  constructor(code: DocumentErrorCode, message: string, detail = '') {
    super(message);
    this.name = 'DocumentError';
    this.code = code;
    this.detail = detail;
  }
}
