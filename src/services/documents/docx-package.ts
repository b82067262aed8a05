/**
 * @module What makes a ZIP archive a Word document we accept: its central directory (within the ZIP limits) holds
 * `[Content_Types].xml` and `word/document.xml`, the content types declare that part as the WordprocessingML main
 * document (not a macro-enabled one or a template), and nothing in it is a macro project, an ActiveX control or an
 * embedded OLE object (the ways a Word file carries a program). Only `[Content_Types].xml` is inflated here (at most
 * 256 KiB), so the check is cheap enough to run on the request itself.
 */
import { DocumentError, NOT_A_DOCUMENT } from './errors.ts';
import { decodeXml, refuseDeclarations } from './wordml.ts';
import {
  findEntry,
  readCentralDirectory,
  readEntry,
  type ZipDirectory,
  type ZipEntry,
  type ZipLimits,
} from './zip.ts';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const DOCX_MAIN_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const DOCUMENT_PART = 'word/document.xml';
const CONTENT_TYPES_PART = '[Content_Types].xml';
const MAX_CONTENT_TYPES_BYTES = 256 * 1024;

// vbaProject.bin / vbaData.xml: a macro project; activeX: controls; embeddings/*.bin: OLE objects (a "Package" object
// carries any file, an executable included).
const PROGRAM_PARTS = [
  /(^|\/)vbaProject\.bin$/i,
  /(^|\/)vbaData\.xml$/i,
  /^word\/activeX\//i,
  /^word\/embeddings\/.*\.bin$/i,
];
const PROGRAM_CONTENT_TYPES = /macroEnabled|vbaProject|vbaData|activeX|oleObject/i;

const notADocx = (detail: string) => new DocumentError('not-a-document', NOT_A_DOCUMENT, detail);
const hasPrograms = (detail: string) =>
  new DocumentError(
    'macros',
    'This Word file contains macros or embedded programs. Please save it as a plain Word document (.docx) or PDF and upload it again.',
    detail,
  );

/** The attributes of every `<Override>` and `<Default>` in `[Content_Types].xml`. */
function contentTypeDeclarations(xml: string): Array<Record<string, string>> {
  const declarations: Array<Record<string, string>> = [];
  for (const tag of xml.matchAll(/<(?:Override|Default)\b([^<>]*)>/g)) {
    const attributes: Record<string, string> = {};
    for (const [, name, double, single] of (tag[1] ?? '').matchAll(
      /([A-Za-z]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g,
    )) {
      if (name !== undefined) attributes[name] = double ?? single ?? '';
    }
    declarations.push(attributes);
  }
  return declarations;
}

/** A Word document's package: its central directory and the entry of its body (`word/document.xml`). */
export interface DocxPackage {
  directory: ZipDirectory;
  body: ZipEntry;
}

/**
 * Checks that the bytes are a Word (.docx) document we accept and returns its central directory and body entry.
 * Throws a `DocumentError`: 'not-a-document', 'macros', 'damaged', 'too-large', 'zip-bomb', 'encrypted',
 * 'unsupported' or 'xml-entities'.
 */
export function openDocxPackage(bytes: Uint8Array, limits?: ZipLimits): DocxPackage {
  const directory = readCentralDirectory(bytes, limits);
  const contentTypesEntry = findEntry(directory, CONTENT_TYPES_PART);
  const body = findEntry(directory, DOCUMENT_PART);
  if (!contentTypesEntry || !body) throw notADocx('no Word parts');
  for (const entry of directory.entries) {
    if (PROGRAM_PARTS.some((pattern) => pattern.test(entry.name))) throw hasPrograms(entry.name);
  }
  const contentTypes = decodeXml(readEntry(bytes, directory, contentTypesEntry, MAX_CONTENT_TYPES_BYTES));
  refuseDeclarations(contentTypes, CONTENT_TYPES_PART);
  const declarations = contentTypeDeclarations(contentTypes);
  for (const declaration of declarations) {
    if (PROGRAM_CONTENT_TYPES.test(declaration.ContentType ?? ''))
      throw hasPrograms(declaration.ContentType ?? '');
  }
  const main = declarations.find((d) => d.PartName?.toLowerCase() === `/${DOCUMENT_PART}`);
  if (main?.ContentType?.trim().toLowerCase() !== DOCX_MAIN_CONTENT_TYPE) {
    throw notADocx(`main part declared as ${main?.ContentType ?? 'nothing'}`);
  }
  return { directory, body };
}
