/**
 * @module The text of a Word (.docx) document: the package is checked as on upload (ZIP limits, Word parts, no
 * macros), then only the headers, `word/document.xml` and the footers are inflated (each capped at its declared size,
 * all together at the ZIP limit) and their `w:t` runs read without an XML parser. A part with a DOCTYPE or entity
 * declaration is refused, so an external entity is never resolved.
 */
import { openDocxPackage } from './docx-package.ts';
import { decodeXml, refuseDeclarations, wordText } from './wordml.ts';
import { defaultZipLimits, readEntry, type ZipEntry, type ZipLimits } from './zip.ts';

/** The most characters collected before normalizing (normalizing caps the result itself). */
const MAX_RAW_CHARS = 400_000;

const HEADER = /^word\/header(\d*)\.xml$/i;
const FOOTER = /^word\/footer(\d*)\.xml$/i;

function numbered(entries: ZipEntry[], pattern: RegExp): ZipEntry[] {
  return entries
    .filter((entry) => pattern.test(entry.name))
    .sort((a, b) => Number(pattern.exec(a.name)?.[1] || 0) - Number(pattern.exec(b.name)?.[1] || 0));
}

/**
 * The text of a .docx: headers first (where a resume keeps name and contact details), then the body, then footers.
 * Not normalized. Throws a `DocumentError` when the document is refused or damaged.
 */
export function extractDocxText(bytes: Uint8Array, limits: ZipLimits = defaultZipLimits): string {
  const { directory, body } = openDocxPackage(bytes, limits);
  const parts = [...numbered(directory.entries, HEADER), body, ...numbered(directory.entries, FOOTER)];

  let budget = limits.maxTotalSize;
  const texts: string[] = [];
  let length = 0;
  for (const part of parts) {
    if (length >= MAX_RAW_CHARS) break;
    const xml = decodeXml(readEntry(bytes, directory, part, budget));
    budget -= part.size;
    refuseDeclarations(xml, part.name);
    const text = wordText(xml, MAX_RAW_CHARS - length);
    texts.push(text);
    length += text.length;
  }
  return texts.join('\n');
}
