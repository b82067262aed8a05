import { describe, expect, it } from 'vitest';
import { deflateBomb, makeZip } from './document-fixtures.ts';
import { DocumentError } from './errors.ts';
import { defaultZipLimits, findEntry, readCentralDirectory, readEntry } from './zip.ts';

function refusal(run: () => unknown): DocumentError {
  try {
    run();
  } catch (error) {
    if (error instanceof DocumentError) return error;
    throw error;
  }
  throw new Error('expected a DocumentError');
}

describe('the ZIP reader', () => {
  it('lists the central directory and inflates an entry', () => {
    const zip = makeZip([
      { name: 'a.txt', data: 'hello '.repeat(100) },
      { name: 'b.bin', data: 'stored', method: 0 },
    ]);
    const directory = readCentralDirectory(zip);
    expect(directory.entries.map((e) => [e.name, e.method, e.size])).toEqual([
      ['a.txt', 8, 600],
      ['b.bin', 0, 6],
    ]);
    const a = findEntry(directory, 'A.TXT');
    expect(Buffer.from(readEntry(zip, directory, a!, 1000)).toString()).toBe('hello '.repeat(100));
    expect(Buffer.from(readEntry(zip, directory, directory.entries[1]!, 1000)).toString()).toBe('stored');
  });

  it('refuses more entries than the limit before reading them', () => {
    const zip = makeZip(Array.from({ length: 5 }, (_, i) => ({ name: `f${i}`, data: 'x' })));
    expect(refusal(() => readCentralDirectory(zip, { ...defaultZipLimits, maxEntries: 4 })).code).toBe(
      'too-large',
    );
    expect(readCentralDirectory(zip, { ...defaultZipLimits, maxEntries: 5 }).entries).toHaveLength(5);
  });

  it('refuses a declared total size over the limit, and a ratio no document has, without inflating', () => {
    const honestBomb = makeZip([{ name: 'big', deflated: deflateBomb(64), declaredSize: 64 * 1024 * 1024 }]);
    expect(refusal(() => readCentralDirectory(honestBomb)).code).toBe('too-large');
    const dense = makeZip([{ name: 'dense', deflated: deflateBomb(8), declaredSize: 8 * 1024 * 1024 }]);
    expect(refusal(() => readCentralDirectory(dense)).code).toBe('zip-bomb');
  });

  it('stops inflating an entry that lies about its size as soon as it passes the declared size', () => {
    // 2 GiB of zeros declared as 10 kB: inflating it all would take seconds and more memory than a Buffer may hold.
    const liar = makeZip([{ name: 'liar', deflated: deflateBomb(2048), declaredSize: 10_000 }]);
    const directory = readCentralDirectory(liar);
    const started = performance.now();
    const error = refusal(() => readEntry(liar, directory, directory.entries[0]!, 20 * 1024 * 1024));
    expect(error.code).toBe('zip-bomb');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('refuses an entry that inflates to less than declared, or whose CRC is wrong', () => {
    const short = makeZip([{ name: 'short', data: 'abc', declaredSize: 4 }]);
    const dir = readCentralDirectory(short);
    expect(refusal(() => readEntry(short, dir, dir.entries[0]!, 100)).code).toBe('damaged');

    const zip = makeZip([{ name: 'a', data: 'abc', method: 0 }]);
    const tampered = zip.slice();
    tampered[30 + 1] = 'X'.charCodeAt(0); // the stored data's first byte, after the local header and name
    const tamperedDir = readCentralDirectory(tampered);
    expect(refusal(() => readEntry(tampered, tamperedDir, tamperedDir.entries[0]!, 100)).detail).toMatch(
      /CRC/,
    );
  });

  it('refuses encryption, unknown methods, duplicate names, truncation and trailing junk', () => {
    expect(refusal(() => readCentralDirectory(makeZip([{ name: 'a', data: 'x', flags: 1 }]))).code).toBe(
      'encrypted',
    );
    const zip = makeZip([{ name: 'a', data: 'x' }]);
    const bzip2 = zip.slice();
    const central = Buffer.from(bzip2).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bzip2[central + 10] = 12;
    expect(refusal(() => readCentralDirectory(bzip2)).code).toBe('unsupported');
    const twice = makeZip([
      { name: 'word/document.xml', data: 'a' },
      { name: 'Word/Document.xml', data: 'b' },
    ]);
    expect(refusal(() => readCentralDirectory(twice)).detail).toMatch(/duplicate/);
    expect(refusal(() => readCentralDirectory(zip.subarray(0, zip.length - 5))).code).toBe('damaged');
    expect(refusal(() => readCentralDirectory(new Uint8Array([...zip, 0, 0]))).code).toBe('damaged');
  });
});
