/**
 * @module The event log as CSV (RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, quote,
 * CR or LF, quotes doubled), UTF-8 without a byte-order mark (pandas and PM4Py keep a BOM in the first column's name).
 * Cells that a spreadsheet would run as a formula are neutralised (security.md).
 */
import { type EventLogRow, type EventLogWriter, isoUtc } from './model.ts';

export const csvColumns = [
  'case_id',
  'case_name',
  'case_type',
  'activity',
  'timestamp',
  'resource',
  'channel',
  'direction',
  'source',
  'branch',
  'owner',
  'category',
  'summary',
] as const;

/** Excel, LibreOffice and Google Sheets read a cell starting with one of these as a formula (or a DDE call). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: a text starting like a formula gets a leading single quote (so a spreadsheet shows it as text rather
 * than running it), then RFC 4180 quoting.
 */
export function csvCell(value: string | null): string {
  if (value === null || value === '') return '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const line = (cells: (string | null)[]) => `${cells.map(csvCell).join(',')}\r\n`;

export function csvRow(r: EventLogRow): string {
  return line([
    r.caseId,
    r.caseName,
    r.caseType,
    r.activity,
    isoUtc(r.at),
    r.resource,
    r.channel,
    r.direction,
    r.source,
    r.branch,
    r.owner,
    r.category,
    r.summary,
  ]);
}

/** The CSV writer: stateless, one line per event. */
export function csvWriter(): EventLogWriter {
  return {
    start: () => line([...csvColumns]),
    rows: (rows) => rows.map(csvRow).join(''),
    end: () => '',
  };
}
