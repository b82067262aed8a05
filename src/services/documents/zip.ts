/**
 * @module A strict, bounded reader of ZIP archives (the container of a .docx), enough for uploads from the public:
 * the central directory is read and checked against limits on entry count, declared total size and compression ratio
 * before anything is inflated, and each entry is then inflated by Node's zlib with its output capped at its declared
 * size, so an archive that lies about its sizes stops as soon as it overflows rather than after allocating it all.
 * Anything unusual (ZIP64, encryption, methods other than stored/deflate, duplicate names, overlapping or out-of-range
 * offsets, a CRC mismatch) is refused: Word never writes it, and a resume does not need it.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { DocumentError } from './errors.ts';

/** One file in the archive, as its central directory declares it. */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  /** The declared uncompressed size (checked against what inflating really yields). */
  size: number;
  localHeaderOffset: number;
}

/** What an archive may hold before it is refused unread. */
export interface ZipLimits {
  maxEntries: number;
  /** Sum of the entries' declared uncompressed sizes, in bytes. */
  maxTotalSize: number;
  /** Largest declared uncompressed/compressed ratio of an entry bigger than `ratioGraceBytes`. */
  maxRatio: number;
  ratioGraceBytes: number;
}

export const defaultZipLimits: ZipLimits = {
  maxEntries: 2_000,
  maxTotalSize: 20 * 1024 * 1024,
  maxRatio: 100,
  ratioGraceBytes: 100 * 1024,
};

/** A parsed central directory: its entries (in order) and where the entries' data must end. */
export interface ZipDirectory {
  entries: ZipEntry[];
  /** The central directory's offset: every entry's local header and data lie before it. */
  dataEnd: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

const damaged = (detail: string) =>
  new DocumentError('damaged', 'This Word document appears to be damaged.', detail);

/** True when the bytes start with a ZIP local file header (`PK\x03\x04`). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && view(bytes).getUint32(0, true) === LOCAL_HEADER;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfCentralDirectory(bytes: Uint8Array, dv: DataView): number {
  const last = bytes.length - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    // The record must end the file exactly (its comment reaches the last byte): a signature inside a comment or in
    // trailing junk does not count.
    if (
      dv.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY &&
      at + EOCD_SIZE + dv.getUint16(at + 20, true) === bytes.length
    ) {
      return at;
    }
  }
  throw damaged('no end of central directory record');
}

function decodeName(raw: Uint8Array, utf8: boolean): string {
  // Names that matter here are ASCII; a non-UTF-8 name (CP437) is read as Latin-1, which keeps ASCII exact.
  return utf8 ? new TextDecoder('utf-8', { fatal: false }).decode(raw) : Buffer.from(raw).toString('latin1');
}

/** Reads and checks the central directory against `limits`, inflating nothing. Throws a `DocumentError`. */
export function readCentralDirectory(bytes: Uint8Array, limits: ZipLimits = defaultZipLimits): ZipDirectory {
  if (!looksLikeZip(bytes) || bytes.length < EOCD_SIZE + 30) throw damaged('not a zip archive');
  const dv = view(bytes);
  const eocd = findEndOfCentralDirectory(bytes, dv);
  const diskNumber = dv.getUint16(eocd + 4, true);
  const directoryDisk = dv.getUint16(eocd + 6, true);
  const entriesOnDisk = dv.getUint16(eocd + 8, true);
  const count = dv.getUint16(eocd + 10, true);
  const directorySize = dv.getUint32(eocd + 12, true);
  const directoryOffset = dv.getUint32(eocd + 16, true);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    throw new DocumentError('unsupported', 'This Word document is in a form we cannot read.', 'zip64');
  }
  if (diskNumber !== 0 || directoryDisk !== 0 || entriesOnDisk !== count) throw damaged('multi-disk archive');
  if (count > limits.maxEntries) {
    throw new DocumentError('too-large', 'This Word document has too many parts.', `${count} entries`);
  }
  if (directoryOffset + directorySize !== eocd) throw damaged('central directory out of place');

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let totalSize = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || dv.getUint32(at, true) !== CENTRAL_HEADER) throw damaged(`bad central header ${i}`);
    const flags = dv.getUint16(at + 8, true);
    const method = dv.getUint16(at + 10, true);
    const crc = dv.getUint32(at + 16, true);
    const compressedSize = dv.getUint32(at + 20, true);
    const size = dv.getUint32(at + 24, true);
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const commentLength = dv.getUint16(at + 32, true);
    const localHeaderOffset = dv.getUint32(at + 42, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > eocd) throw damaged(`central header ${i} overruns`);
    const name = decodeName(bytes.subarray(at + 46, at + 46 + nameLength), (flags & 0x0800) !== 0);
    at = next;

    if (flags & 0x0001) {
      throw new DocumentError('encrypted', 'This Word document is password-protected.', name);
    }
    if (method !== 0 && method !== 8) {
      throw new DocumentError(
        'unsupported',
        'This Word document is in a form we cannot read.',
        `method ${method}`,
      );
    }
    // Two parts with one name would let a check read one and the extraction the other.
    const key = name.toLowerCase();
    if (names.has(key)) throw damaged(`duplicate entry ${name}`);
    names.add(key);
    if (localHeaderOffset + 30 + compressedSize > directoryOffset)
      throw damaged(`entry ${name} out of range`);
    if (method === 0 && compressedSize !== size) throw damaged(`stored entry ${name} sizes differ`);

    totalSize += size;
    if (totalSize > limits.maxTotalSize) {
      throw new DocumentError('too-large', 'This Word document is too large to read.', 'declared total size');
    }
    if (size > limits.ratioGraceBytes && size > compressedSize * limits.maxRatio) {
      throw new DocumentError('zip-bomb', 'This Word document is too large to read.', `ratio of ${name}`);
    }
    entries.push({ name, method, flags, crc, compressedSize, size, localHeaderOffset });
  }
  if (at !== eocd) throw damaged('central directory size mismatch');
  return { entries, dataEnd: directoryOffset };
}

/** Finds an entry by name (ZIP/OPC names compare case-insensitively). */
export function findEntry(directory: ZipDirectory, name: string): ZipEntry | undefined {
  const key = name.toLowerCase();
  return directory.entries.find((entry) => entry.name.toLowerCase() === key);
}

/**
 * Inflates one entry: never more than its declared size nor `maxBytes` (whichever is smaller), and the result must
 * match the declared size and CRC. Throws a `DocumentError`.
 */
export function readEntry(
  bytes: Uint8Array,
  directory: ZipDirectory,
  entry: ZipEntry,
  maxBytes: number,
): Uint8Array {
  if (entry.size > maxBytes) {
    throw new DocumentError(
      'too-large',
      'This Word document is too large to read.',
      `${entry.name} declared size`,
    );
  }
  const dv = view(bytes);
  const at = entry.localHeaderOffset;
  if (dv.getUint32(at, true) !== LOCAL_HEADER) throw damaged(`bad local header of ${entry.name}`);
  const nameLength = dv.getUint16(at + 26, true);
  const extraLength = dv.getUint16(at + 28, true);
  const start = at + 30 + nameLength + extraLength;
  const end = start + entry.compressedSize;
  if (end > directory.dataEnd) throw damaged(`data of ${entry.name} out of range`);
  const localName = decodeName(bytes.subarray(at + 30, at + 30 + nameLength), (entry.flags & 0x0800) !== 0);
  if (localName !== entry.name) throw damaged(`local name of ${entry.name} differs`);

  const data = bytes.subarray(start, end);
  let out: Uint8Array;
  if (entry.method === 0) {
    out = data;
  } else {
    try {
      // zlib stops and throws as soon as its output passes maxOutputLength: a lying entry costs at most its
      // declared size (plus one chunk), never what it would really inflate to.
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new DocumentError(
          'zip-bomb',
          'This Word document is too large to read.',
          `${entry.name} overflows`,
        );
      }
      throw damaged(`${entry.name} does not inflate: ${(error as Error).message}`);
    }
  }
  if (out.length !== entry.size) throw damaged(`${entry.name} size differs from its declaration`);
  if (crc32(out) !== entry.crc) throw damaged(`${entry.name} CRC mismatch`);
  return out;
}
