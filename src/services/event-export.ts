/**
 * @module Exporting the touchpoint log as an event log for process-mining tools (CSV or XES): one event per
 * touchpoint that counts, read from the store a page at a time and handed to the caller's sink as it is formatted,
 * then an audit entry (exports are audited: security.md).
 */
import { z } from 'zod';
import { isoDate } from '../contract/common.ts';
import { DomainError } from '../domain/errors.ts';
import { type SubjectType, subjectTypes } from '../domain/touchpoint.ts';
import { appendAudit } from '../store/audit.ts';
import { type EventCursor, type ExportedTouchpoint, eventLogPage } from '../store/event-export.ts';
import { findFirm } from '../store/firms.ts';
import type { ServiceContext } from './context.ts';
import { csvWriter } from './event-log/csv.ts';
import type { EventLogRow, EventLogWriter } from './event-log/model.ts';
import { xesWriter } from './event-log/xes.ts';

export const eventLogFormats = ['csv', 'xes'] as const;
export type EventLogFormat = (typeof eventLogFormats)[number];

export const eventExportQuery = z
  .strictObject({
    format: z.enum(eventLogFormats),
    /** Both types when absent (candidates first). */
    type: z.enum(subjectTypes).optional(),
    /** Window [from, to) on when touchpoints occurred: whole UTC days. */
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .refine((q) => (q.from === undefined) === (q.to === undefined), {
    path: ['to'],
    message: 'A window needs both from and to',
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from < q.to, {
    path: ['to'],
    message: 'Must be after from',
  });
export type EventExportQuery = z.infer<typeof eventExportQuery>;

/** Who exports, for the audit trail: a signed-in user, or the operator at the command line (no user id). */
export interface Exporter {
  firmId: string;
  userId: string | null;
  via: 'cli' | 'api';
  ip?: string | null;
}

/** Where the formatted text goes; a promise that settles when the sink can take more (backpressure). */
export type EventLogSink = (chunk: string) => Promise<void>;

export interface EventExportResult {
  events: number;
  cases: number;
}

const PAGE = 5000;
const TYPE_LABEL = { candidate: 'candidates', client: 'clients' } as const;

/** The resource of an event: who did it, in the words a process-mining tool shows. */
function resourceOf(t: ExportedTouchpoint): string {
  if (t.actorType === 'system') return 'Waypoint';
  if (t.actorType === 'subject') return t.contactName ?? t.caseName;
  // A user's name is never null (the foreign key holds); a deleted account would still read as someone.
  return t.actorName ?? 'Unknown user';
}

const rowOf = (type: SubjectType, t: ExportedTouchpoint): EventLogRow => ({
  caseId: t.caseId,
  caseName: t.caseName,
  caseType: type,
  activity: t.activity,
  at: t.at,
  resource: resourceOf(t),
  channel: t.channel,
  direction: t.direction,
  source: t.source,
  branch: t.branch,
  owner: t.owner,
  category: t.category,
  summary: t.summary,
});

/** Writes the firm's event log to `sink`, audited whether it completes or fails part-way. */
export async function exportEventLog(
  ctx: ServiceContext,
  by: Exporter,
  input: EventExportQuery,
  sink: EventLogSink,
): Promise<EventExportResult> {
  const parsed = eventExportQuery.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new DomainError('validation', 'The export request is not valid', issues);
  }
  const q = parsed.data;
  const firm = await findFirm(ctx.store.db, by.firmId);
  if (!firm) throw new DomainError('not_found', 'Firm not found');
  const types = q.type ? [q.type] : [...subjectTypes];
  const window = {
    from: q.from ? `${q.from}T00:00:00Z` : null,
    to: q.to ? `${q.to}T00:00:00Z` : null,
  };
  const writer: EventLogWriter =
    q.format === 'csv'
      ? csvWriter()
      : xesWriter({
          name: `${firm.name}: ${types.map((t) => TYPE_LABEL[t]).join(' and ')}${q.from ? `, ${q.from} to ${q.to}` : ''}`,
        });
  const started = ctx.clock.now();
  const result: EventExportResult = { events: 0, cases: 0 };
  let failed: unknown = null;
  try {
    await sink(writer.start());
    for (const type of types) {
      let lastCase: string | null = null;
      let after: EventCursor | null = null;
      do {
        const page = await eventLogPage(ctx.store, by.firmId, type, window, after, PAGE);
        for (const t of page.rows) {
          if (t.caseId !== lastCase) result.cases++;
          lastCase = t.caseId;
        }
        result.events += page.rows.length;
        if (page.rows.length > 0) await sink(writer.rows(page.rows.map((t) => rowOf(type, t))));
        after = page.next;
      } while (after !== null);
    }
    await sink(writer.end());
    return result;
  } catch (error) {
    failed = error;
    throw error;
  } finally {
    await appendAudit(ctx.store.db, {
      firmId: by.firmId,
      userId: by.userId,
      action: 'event_log_exported',
      targetType: 'touchpoints',
      ip: by.ip ?? null,
      detail: {
        via: by.via,
        format: q.format,
        type: q.type ?? 'all',
        from: q.from ?? null,
        to: q.to ?? null,
        events: result.events,
        cases: result.cases,
        completed: failed === null,
        startedAt: started.toISOString(),
      },
    });
  }
}
