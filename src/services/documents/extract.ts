/**
 * @module Text extraction isolated from the server: each document is read in its own `worker_threads` Worker with a
 * heap limit and a deadline, so a hostile file can neither block the event loop nor exhaust the server's memory; at
 * most `MAX_CONCURRENT_EXTRACTIONS` run at once (others wait, up to `MAX_WAITING_EXTRACTIONS`). It never throws: a
 * document that cannot be read comes back as `failed` with a reason fit for the person who uploaded it.
 *
 * The worker's code: from the TypeScript sources (tests, `bin/run-ts.mjs`, `bin/waypoint.mjs` on a stale bundle) this
 * module's URL ends in `.ts`, and the worker is a two-line bootstrap that registers tsx and imports
 * `extract-worker.ts`; from the server bundle it is `extract-worker.js`, an entry of its own beside the bundle's
 * chunks in dist/server (scripts/build-server.mjs).
 */
import { availableParallelism } from 'node:os';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { WorkerAnswer, WorkerInput } from './extract-worker.ts';
import type { DocumentKind } from './sniff.ts';

export interface ExtractOptions {
  /** How long the worker may run before it is terminated. */
  timeoutMs?: number;
}

export interface ExtractResult {
  status: 'extracted' | 'empty' | 'failed';
  text: string;
  /** Why it failed, fit to show the person who uploaded the document. */
  reason?: string;
}

/** What one extraction worker may use. */
const WORKER_RESOURCE_LIMITS = {
  maxOldGenerationSizeMb: 256,
  maxYoungGenerationSizeMb: 32,
  stackSizeMb: 4,
} as const;
/**
 * Workers at once: one core is always left to the server's own thread (staff requests), so on a two-core machine
 * documents are read one at a time.
 */
export const MAX_CONCURRENT_EXTRACTIONS = Math.max(1, Math.min(2, availableParallelism() - 1));
const MAX_WAITING_EXTRACTIONS = 32;

const TOO_SLOW = 'Reading this document took too long.';
const TOO_BIG = 'This document needs too much memory to read.';
const UNREADABLE = 'This document could not be read.';
const BUSY = 'Too many documents are being read right now. Please try again in a minute.';

const failed = (reason: string): ExtractResult => ({ status: 'failed', text: '', reason });

let running = 0;
const waiting: Array<() => void> = [];
let live = 0;

/** How many extraction worker threads exist right now (started and not yet exited). */
export function liveExtractionWorkers(): number {
  return live;
}

async function acquire(): Promise<boolean> {
  if (running < MAX_CONCURRENT_EXTRACTIONS) {
    running++;
    return true;
  }
  if (waiting.length >= MAX_WAITING_EXTRACTIONS) return false;
  // The slot is handed over by `release`, so a newcomer cannot take it in between.
  await new Promise<void>((resolve) => waiting.push(resolve));
  return true;
}

function release(): void {
  const next = waiting.shift();
  if (next) next();
  else running--;
}

function startWorker(options: WorkerOptions): Worker {
  if (import.meta.url.endsWith('.ts')) {
    // On Node 20 a worker does not inherit the parent's loaders and tsx registers itself only on the main thread
    // (`--import tsx` in execArgv is ignored there): register tsx's API in the worker, then load the entry.
    const tsx = import.meta.resolve('tsx/esm/api');
    const entry = new URL('./extract-worker.ts', import.meta.url).href;
    const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
    return new Worker(bootstrap, { ...options, eval: true });
  }
  return new Worker(new URL('./extract-worker.js', import.meta.url), options);
}

function runWorker(bytes: Uint8Array, kind: DocumentKind, timeoutMs: number): Promise<ExtractResult> {
  return new Promise((resolve) => {
    const copy = bytes.slice();
    let worker: Worker;
    try {
      const input: WorkerInput = { bytes: copy, kind };
      worker = startWorker({
        workerData: input,
        transferList: [copy.buffer],
        execArgv: [],
        resourceLimits: WORKER_RESOURCE_LIMITS,
      });
    } catch {
      resolve(failed(UNREADABLE));
      return;
    }
    live++;
    worker.once('exit', () => live--);
    let settled = false;
    const finish = (result: ExtractResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // Resolve only once the thread is gone, so its memory is released when the caller goes on.
      worker.terminate().then(
        () => resolve(result),
        () => resolve(result),
      );
    };
    const timer = setTimeout(() => finish(failed(TOO_SLOW)), timeoutMs);
    worker.on('message', (answer: WorkerAnswer) => {
      // The worker has normalized the text (which caps its length) and decided its status.
      if (answer.ok && typeof answer.text === 'string') {
        finish({ status: answer.status, text: answer.text });
      } else {
        finish(failed(answer.ok ? UNREADABLE : answer.reason));
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      finish(failed(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? TOO_BIG : UNREADABLE));
    });
    worker.on('exit', () => finish(failed(UNREADABLE)));
  });
}

/** Extracts a document's text in an isolated worker; never throws (`failed` with a reason instead). */
export async function extractText(
  bytes: Uint8Array,
  kind: DocumentKind,
  { timeoutMs = 10_000 }: ExtractOptions = {},
): Promise<ExtractResult> {
  if (kind !== 'pdf' && kind !== 'docx') return failed(UNREADABLE);
  if (!(await acquire())) return failed(BUSY);
  try {
    return await runWorker(bytes, kind, timeoutMs);
  } catch {
    return failed(UNREADABLE);
  } finally {
    release();
  }
}
