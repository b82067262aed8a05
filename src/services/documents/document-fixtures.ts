/**
 * @module Test documents built in code (no binary fixtures): a ZIP writer that can also lie about sizes, Word
 * documents on top of it, a minimal PDF with a correct cross-reference table, and deflate streams that inflate to
 * gigabytes. Used by the tests beside it only.
 */
import { constants, crc32, deflateRawSync, deflateSync } from 'node:zlib';

export interface ZipFileSpec {
  name: string;
  /** The uncompressed content (omit when `deflated` is given). */
  data?: Uint8Array | string;
  /** A raw deflate stream to store as is (for bombs). */
  deflated?: Uint8Array;
  method?: 0 | 8;
  /** The uncompressed size the headers declare (defaults to the real one). */
  declaredSize?: number;
  flags?: number;
}

const bytesOf = (data: Uint8Array | string) =>
  typeof data === 'string' ? new Uint8Array(Buffer.from(data, 'utf8')) : data;

/** A ZIP archive (no data descriptors, UTF-8 names, deflate unless `method: 0`). */
export function makeZip(files: ZipFileSpec[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const raw = file.data === undefined ? new Uint8Array(0) : bytesOf(file.data);
    const method = file.method ?? 8;
    const stored = file.deflated ?? (method === 8 ? deflateRawSync(raw) : raw);
    const size = file.declaredSize ?? raw.length;
    const crc = crc32(raw);
    const flags = 0x0800 | (file.flags ?? 0);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, Buffer.from(stored));

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + stored.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const DOCX_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

/** `[Content_Types].xml` declaring `word/document.xml` as `mainType`. */
export function contentTypes(mainType = DOCX_MAIN, extra = ''): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/word/document.xml" ContentType="${mainType}"/>${extra}</Types>`
  );
}

/** A WordprocessingML body: one paragraph per string (its text escaped), or the given raw body XML. */
export function documentXml(paragraphs: string[] | { raw: string }, prolog = ''): string {
  const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = Array.isArray(paragraphs)
    ? paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`).join('')
    : paragraphs.raw;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
}

/** A .docx: the parts a Word document needs, `document` as `word/document.xml`, plus any extra entries. */
export function makeDocx(
  document: string,
  options: { types?: string; extra?: ZipFileSpec[]; documentEntry?: Partial<ZipFileSpec> } = {},
): Uint8Array {
  return makeZip([
    { name: '[Content_Types].xml', data: options.types ?? contentTypes() },
    {
      name: '_rels/.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    },
    { name: 'word/document.xml', data: document, ...options.documentEntry },
    ...(options.extra ?? []),
  ]);
}

/**
 * A raw deflate stream that inflates to `megabytes` MiB of zeros, built from one 1 MiB block flushed so that it
 * stands alone (byte-aligned, no back-references across it), repeated, and a final empty block: about 1 KiB per MiB.
 */
export function deflateBomb(megabytes: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH });
  const finalEmptyBlock = Buffer.from([0x03, 0x00]);
  return new Uint8Array(Buffer.concat([...Array<Buffer>(megabytes).fill(block), finalEmptyBlock]));
}

export interface PdfSpec {
  /** Pages, each showing `lines` and, when there is more than one, `Page n` (default 1). */
  pages?: number;
  /** A content stream used for every page instead of the lines. */
  content?: string;
  /** Store the content stream compressed (`/FlateDecode`). */
  deflate?: boolean;
}

/** A PDF 1.4 whose pages show `lines` in Helvetica, with a correct cross-reference table. */
export function makePdf(lines: string[], spec: PdfSpec = {}): Uint8Array {
  const pageCount = spec.pages ?? 1;
  const escapePdf = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const show = (texts: string[]) =>
    `BT /F1 12 Tf 72 720 Td 14 TL ${texts.map((l) => `(${escapePdf(l)}) '`).join(' ')} ET`;
  // Objects: 1 catalog, 2 page tree, 3 font, then each page and its content stream.
  const pageIds = Array.from({ length: pageCount }, (_, i) => 4 + 2 * i);
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from(
      `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageCount} >>`,
    ),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
  ];
  for (let page = 1; page <= pageCount; page++) {
    const text = spec.content ?? show(pageCount > 1 ? [...lines, `Page ${page}`] : lines);
    const raw = Buffer.from(text, 'latin1');
    const data = spec.deflate ? deflateSync(raw) : raw;
    const filter = spec.deflate ? ' /Filter /FlateDecode' : '';
    objects.push(
      Buffer.from(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${4 + 2 * (page - 1) + 1} 0 R >>`,
      ),
      Buffer.concat([
        Buffer.from(`<< /Length ${data.length}${filter} >>\nstream\n`),
        data,
        Buffer.from('\nendstream'),
      ]),
    );
  }
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  let length = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    chunks.push(object);
    length += object.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`,
  ].join('');
  chunks.push(Buffer.from(xref, 'latin1'));
  return new Uint8Array(Buffer.concat(chunks));
}
