/**
 * Runs real worker threads (nothing faked): from the TypeScript sources, and once from an esbuild bundle built with
 * the options scripts/build-server.mjs builds dist/server with (scripts/server-build-options.mjs).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { serverBuildOptions } from '../../../scripts/server-build-options.mjs';
import { deflateBomb, documentXml, makeDocx, makePdf } from './document-fixtures.ts';
import { extractText, liveExtractionWorkers, MAX_CONCURRENT_EXTRACTIONS } from './extract.ts';

// A page of three million text operators: PDF.js spends many seconds on it.
const slowPdf = () =>
  makePdf([], { content: `BT /F1 12 Tf 72 720 Td ${'(a) Tj 1 0 Td '.repeat(3_000_000)}ET`, deflate: true });

describe('extractText', () => {
  it('gives the normalized text of a PDF and of a Word document', async () => {
    expect(await extractText(makePdf(['Jane  Doe', 'Forklift operator']), 'pdf')).toEqual({
      status: 'extracted',
      text: 'Jane Doe\nForklift operator',
    });
    expect(
      await extractText(makeDocx(documentXml(['Jane Doe', '', '', 'Forklift\u0000 operator'])), 'docx'),
    ).toEqual({
      status: 'extracted',
      text: 'Jane Doe\n\nForklift operator',
    });
    expect(liveExtractionWorkers()).toBe(0);
  });

  it('keeps a script as literal text', async () => {
    const result = await extractText(makeDocx(documentXml(['<script>alert(1)</script>'])), 'docx');
    expect(result).toEqual({ status: 'extracted', text: '<script>alert(1)</script>' });
  });

  it('says empty when there is no text', async () => {
    expect(await extractText(makeDocx(documentXml([' '])), 'docx')).toEqual({ status: 'empty', text: '' });
  });

  it('fails, without throwing, on an external entity, a zip bomb, macros and garbage', async () => {
    const xxe = makeDocx(
      documentXml(
        { raw: '<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>' },
        '<!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
      ),
    );
    const result = await extractText(xxe, 'docx');
    expect(result).toEqual({
      status: 'failed',
      text: '',
      reason: 'This Word document contains content we do not accept.',
    });
    expect(result.text).not.toContain('root:');

    const started = performance.now();
    const bomb = makeDocx(documentXml(['x']), {
      documentEntry: { deflated: deflateBomb(2048), declaredSize: 100_000 },
    });
    expect(await extractText(bomb, 'docx')).toEqual({
      status: 'failed',
      text: '',
      reason: 'This Word document is too large to read.',
    });
    expect(performance.now() - started).toBeLessThan(5000);

    const macros = makeDocx(documentXml(['x']), { extra: [{ name: 'word/vbaProject.bin', data: 'x' }] });
    expect((await extractText(macros, 'docx')).status).toBe('failed');
    expect((await extractText(new Uint8Array([1, 2, 3]), 'pdf')).status).toBe('failed');
    expect((await extractText(new Uint8Array([1, 2, 3]), 'docx')).status).toBe('failed');
    expect((await extractText(new Uint8Array([1]), 'exe' as 'pdf')).status).toBe('failed');
    expect(liveExtractionWorkers()).toBe(0);
  });

  it('terminates a worker that runs past the deadline, and the event loop runs meanwhile', async () => {
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const started = performance.now();
    const result = await extractText(slowPdf(), 'pdf', { timeoutMs: 1500 });
    const elapsed = performance.now() - started;
    clearInterval(ticker);
    expect(result).toEqual({ status: 'failed', text: '', reason: 'Reading this document took too long.' });
    expect(elapsed).toBeGreaterThanOrEqual(1400);
    expect(elapsed).toBeLessThan(4000);
    expect(liveExtractionWorkers()).toBe(0);
    // A thread reading the document on the event loop would have let the interval tick barely, if at all.
    expect(ticks).toBeGreaterThan(50);
  });

  it(`runs at most ${MAX_CONCURRENT_EXTRACTIONS} workers at once`, async () => {
    let most = 0;
    const watcher = setInterval(() => {
      most = Math.max(most, liveExtractionWorkers());
    }, 5);
    const results = await Promise.all(
      Array.from({ length: MAX_CONCURRENT_EXTRACTIONS + 2 }, () =>
        extractText(slowPdf(), 'pdf', { timeoutMs: 600 }),
      ),
    );
    clearInterval(watcher);
    expect(results.map((r) => r.status)).toEqual(Array(MAX_CONCURRENT_EXTRACTIONS + 2).fill('failed'));
    expect(most).toBe(MAX_CONCURRENT_EXTRACTIONS);
    expect(liveExtractionWorkers()).toBe(0);
  });
});

const here = dirname(fileURLToPath(import.meta.url));

describe('extractText from the server bundle', () => {
  const outdir = join(process.cwd(), 'node_modules', '.cache', `extract-bundle-${process.pid}`);
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('finds its worker beside the bundle', async () => {
    mkdirSync(outdir, { recursive: true });
    const probe = join(outdir, 'probe-source.ts');
    writeFileSync(
      probe,
      `import { extractText } from ${JSON.stringify(join(here, 'extract.ts'))};\n` +
        `import { makePdf } from ${JSON.stringify(join(here, 'document-fixtures.ts'))};\n` +
        `console.log(JSON.stringify(await extractText(makePdf(['Jane Doe', 'Forklift operator']), 'pdf')));\n`,
    );
    // The server bundle as the script builds it (its entries included), with the probe as one more entry.
    await build({
      ...serverBuildOptions,
      entryPoints: { ...serverBuildOptions.entryPoints, probe },
      outdir,
    });
    const { stdout } = await promisify(execFile)(process.execPath, [join(outdir, 'probe.js')]);
    expect(JSON.parse(stdout.trim().split('\n').at(-1) ?? '')).toEqual({
      status: 'extracted',
      text: 'Jane Doe\nForklift operator',
    });
  });
});
