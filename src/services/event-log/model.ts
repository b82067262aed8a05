/**
 * @module One event of an exported event log, as process-mining tools read it: the case (a candidate's or a
 * client's journey), the activity, when, by whom, and the case's segments. Plain data shared by the CSV and XES
 * writers, which know nothing of the store.
 */

export interface EventLogRow {
  /** The candidate's or client's id: the case. */
  caseId: string;
  caseName: string;
  caseType: 'candidate' | 'client';
  activity: string;
  /** Epoch milliseconds. */
  at: number;
  /** The staff member's name, "Waypoint" for the system, or the person or client contact themselves. */
  resource: string;
  channel: string;
  direction: string | null;
  source: string | null;
  branch: string | null;
  owner: string | null;
  category: string | null;
  summary: string | null;
}

/** A format written piece by piece: a log of millions of events is never held whole. */
export interface EventLogWriter {
  /** The text before the first event. */
  start(): string;
  /** The text for the next events, which come sorted by case, then time, then recording order. */
  rows(rows: readonly EventLogRow[]): string;
  /** The text after the last event. */
  end(): string;
}

/** ISO 8601 in UTC with milliseconds (what both formats and every tool that reads them accept). */
export const isoUtc = (ms: number) => new Date(ms).toISOString();
