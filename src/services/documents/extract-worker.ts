/**
 * @module The extraction worker's entry point (started by `extract.ts`, one thread per document): reads the document
 * it was given, normalizes the text and posts back one `WorkerAnswer`. A separate entry of the server bundle
 * (`scripts/build-server.mjs`), so it runs from dist/server as well as from the sources.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DocumentError } from './errors.ts';
import { normalizeText } from './normalize.ts';
import type { DocumentKind } from './sniff.ts';

/** What the worker is given. */
export interface WorkerInput {
  bytes: Uint8Array;
  kind: DocumentKind;
}

/** What the worker answers. */
export type WorkerAnswer =
  | { ok: true; status: 'extracted' | 'empty'; text: string }
  | { ok: false; reason: string; code: string; detail: string };

async function read({ bytes, kind }: WorkerInput): Promise<string> {
  if (kind === 'pdf') {
    const { extractPdfText } = await import('./pdf-text.ts');
    return extractPdfText(bytes);
  }
  const { extractDocxText } = await import('./docx-text.ts');
  return extractDocxText(bytes);
}

async function answer(input: WorkerInput): Promise<WorkerAnswer> {
  try {
    const text = normalizeText(await read(input));
    // The one place a read's status is decided: on the normalized text, so blanks alone are empty.
    return { ok: true, status: text === '' ? 'empty' : 'extracted', text };
  } catch (error) {
    if (error instanceof DocumentError) {
      return { ok: false, reason: error.message, code: error.code, detail: error.detail };
    }
    return { ok: false, reason: 'This document could not be read.', code: 'damaged', detail: String(error) };
  }
}

if (parentPort) {
  // PDF.js reports what it makes of a hostile file on the console; here that is noise in the server's log.
  for (const method of ['log', 'info', 'warn', 'debug'] as const) console[method] = () => {};
  parentPort.postMessage(await answer(workerData as WorkerInput));
}
