/**
 * @module `waypoint export events`: the touchpoint log as an event log (CSV or XES) for process-mining tools, to a
 * file or to standard output, streamed; audited like every export.
 */
import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Config } from '../config.ts';
import { DomainError } from '../domain/errors.ts';
import {
  type EventExportQuery,
  type EventLogSink,
  eventExportQuery,
  eventLogFormats,
  exportEventLog,
} from '../services/event-export.ts';
import { pickFirm } from '../services/firm-setup.ts';
import { withContext } from './with-store.ts';

export interface ExportEventsOptions {
  format?: string;
  type?: string;
  from?: string;
  to?: string;
  out?: string;
  firm?: string;
}

const usage = (flag: string, message: string): never => {
  throw new DomainError('validation', `${flag}: ${message}`);
};

/** The request the options make; the format may also be told by the output file's extension. */
function requestOf(o: ExportEventsOptions): EventExportQuery {
  const fromName = o.out ? extname(o.out).slice(1).toLowerCase() : '';
  const format =
    o.format ?? ((eventLogFormats as readonly string[]).includes(fromName) ? fromName : undefined);
  if (format === undefined)
    usage('--format', 'csv or xes is needed (or an --out file ending in .csv or .xes)');
  if ((o.from === undefined) !== (o.to === undefined)) {
    const [given, missing] = o.from === undefined ? ['--to', '--from'] : ['--from', '--to'];
    usage(given, `needs ${missing} too (the window is [from, to), whole UTC days)`);
  }
  const parsed = eventExportQuery.safeParse({ format, type: o.type, from: o.from, to: o.to });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: `--${i.path.join('.')}`, message: i.message }));
    if (issues.length === 1) usage(issues[0]!.path, issues[0]!.message);
    throw new DomainError('validation', 'Invalid options', issues);
  }
  return parsed.data;
}

interface Output {
  sink: EventLogSink;
  /** Flushes and closes; for a file, moves it into place. */
  finish(): Promise<void>;
  /** After a failure: a file is removed rather than left half-written. */
  abandon(): void;
}

/** Writes to a stream, waiting whenever it is full: memory stays flat however large the log. */
function streamSink(stream: NodeJS.WritableStream, failure: () => Error | null): EventLogSink {
  return async (chunk) => {
    const failed = failure();
    if (failed) throw failed;
    if (chunk === '') return;
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
}

function stdoutOutput(): Output {
  let failed: Error | null = null;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    failed = error.code === 'EPIPE' ? new Error('the output was closed before the export finished') : error;
  });
  return {
    sink: streamSink(process.stdout, () => failed),
    finish: async () => {
      await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
      if (failed) throw failed;
    },
    abandon: () => {},
  };
}

/**
 * A file, written under a temporary name beside it and renamed when complete: a reader never sees half a log. It
 * holds personal data, so only its owner may read it.
 */
function fileOutput(path: string): Output {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  const stream = createWriteStream(temp, { flags: 'wx', mode: 0o600, encoding: 'utf8' });
  let failed: Error | null = null;
  stream.on('error', (error) => {
    failed = error;
  });
  return {
    sink: streamSink(stream, () => failed),
    finish: async () => {
      stream.end();
      await once(stream, 'close');
      if (failed) throw failed;
      renameSync(temp, path);
    },
    abandon: () => {
      stream.destroy();
      rmSync(temp, { force: true });
    },
  };
}

const typeWords = { candidate: 'candidate', client: 'client' } as const;

export async function runExportEvents(config: Config, o: ExportEventsOptions) {
  const request = requestOf(o);
  await withContext(config, async (ctx) => {
    const firm = await pickFirm(ctx, o.firm);
    const output = o.out ? fileOutput(o.out) : stdoutOutput();
    try {
      const result = await exportEventLog(
        ctx,
        { firmId: firm.id, userId: null, via: 'cli' },
        request,
        output.sink,
      );
      await output.finish();
      const journeys = request.type ? `${typeWords[request.type]} journeys` : 'candidate and client journeys';
      const text =
        `Exported ${result.events.toLocaleString('en-US')} events of ${result.cases.toLocaleString('en-US')} ` +
        `${journeys} (${firm.name}) as ${request.format.toUpperCase()}${o.out ? ` to ${o.out}` : ''}.\n`;
      // With the log itself on standard output, the summary goes where it cannot mix with it.
      (o.out ? process.stdout : process.stderr).write(text);
    } catch (error) {
      output.abandon();
      throw error;
    }
  });
}
