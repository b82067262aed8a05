/**
 * @module What an upload really is. The type is decided by the content (a PDF header at the first byte; a ZIP whose
 * central directory and content types make it a Word document without macros), and the file name's extension must
 * agree with it. Everything else is refused with a sentence the job seeker can act on. Cheap and synchronous: at
 * most the 64 KiB tail, the central directory and `[Content_Types].xml` (≤ 256 KiB inflated) are read.
 */
import { DOCX_MEDIA_TYPE, openDocxPackage } from './docx-package.ts';
import { DocumentError, NOT_A_DOCUMENT } from './errors.ts';
import { looksLikeZip } from './zip.ts';

/** The largest upload taken, in bytes. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** The longest file name kept, in characters (extension included). */
export const MAX_FILENAME_LENGTH = 100;

export type DocumentKind = 'pdf' | 'docx';
export type UploadInspection =
  | {
      ok: true;
      kind: DocumentKind;
      mediaType: string;
      extension: '.pdf' | '.docx';
      /** The name as `safeFilename` leaves it: the one to keep. */
      filename: string;
    }
  | { ok: false; reason: string };

const OLD_OFFICE =
  'This is an older Word (.doc) file or a password-protected document. Please save it as a Word document (.docx) or PDF without a password and upload it again.';

const kinds = {
  pdf: { mediaType: 'application/pdf', extension: '.pdf', label: 'a PDF' },
  docx: { mediaType: DOCX_MEDIA_TYPE, extension: '.docx', label: 'a Word (.docx) document' },
} as const;

// `%PDF-` and a version digit, at the very first byte: a PDF reader tolerates junk before it, which is how a file
// can be a PDF and something else at once.
const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d];
// The Compound File header of .doc/.xls/.ppt and of password-protected .docx files.
const OLE2_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

function isDigit(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x30 && byte <= 0x39;
}

/** Decides what the upload is by its bytes, then checks that its (cleaned) name says the same. */
export function inspectUpload(bytes: Uint8Array, name: string): UploadInspection {
  if (bytes.length === 0) return { ok: false, reason: 'This file is empty.' };
  if (bytes.length > MAX_UPLOAD_BYTES) {
    return { ok: false, reason: `This file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.` };
  }
  let kind: DocumentKind;
  if (startsWith(bytes, PDF_HEADER) && isDigit(bytes[5])) {
    kind = 'pdf';
  } else if (looksLikeZip(bytes)) {
    try {
      openDocxPackage(bytes);
    } catch (error) {
      if (error instanceof DocumentError) return { ok: false, reason: error.message };
      throw error;
    }
    kind = 'docx';
  } else if (startsWith(bytes, OLE2_HEADER)) {
    return { ok: false, reason: OLD_OFFICE };
  } else {
    return { ok: false, reason: NOT_A_DOCUMENT };
  }
  const { mediaType, extension, label } = kinds[kind];
  const filename = safeFilename(name);
  const named = extensionOf(filename);
  if (named !== extension) {
    const ending = named ? `ends in ${named}` : 'has no ending';
    return {
      ok: false,
      reason: `This file is ${label}, but its name ${ending}. Please name it so that it ends in ${extension} and upload it again.`,
    };
  }
  return { ok: true, kind, mediaType, extension, filename };
}

/** The lower-cased extension of a file name (`.pdf`), or '' when it has none. */
function extensionOf(name: string): string {
  return /\.[\p{L}\p{N}]{1,10}$/u.exec(name)?.[0].toLowerCase() ?? '';
}

const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name fit to store and show: no folders, no control, format (bidi, zero-width) or private-use characters,
 * nothing but letters, marks, digits, spaces and `._-()`, at most `MAX_FILENAME_LENGTH` characters with the extension
 * kept, and never empty ('document' when nothing is left).
 */
export function safeFilename(name: string): string {
  const base = (name.split(/[/\\]/).pop() ?? '')
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}]/gu, '')
    .replace(/\p{Z}/gu, ' ')
    .replace(/[^\p{L}\p{M}\p{N} ._\-()]/gu, '_')
    .replace(/_{2,}/g, '_')
    .replace(/ {2,}/g, ' ')
    .replace(/[ .]+$/, '');
  const extension = extensionOf(base);
  // No leading dot (hidden files, `..`), no trailing dot or space (Windows drops them).
  let stem = base.slice(0, base.length - extension.length).replace(/^[ ._]+|[ .]+$/g, '');
  if (stem === '') stem = 'document';
  else if (WINDOWS_DEVICE.test(stem)) stem = `_${stem}`;
  const room = MAX_FILENAME_LENGTH - extension.length;
  const stemPoints = Array.from(stem);
  if (stemPoints.length > room)
    stem =
      stemPoints
        .slice(0, room)
        .join('')
        .replace(/[ .]+$/, '') || 'document';
  return `${stem}${extension}`;
}
