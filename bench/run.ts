/**
 * `npm run bench`: the journey engine at two scales of synthetic candidate journeys (100k and 1M by default, about
 * 11 touchpoints each), written through the store into a PostgreSQL server. Prints every figure journeys.md sets a
 * target for — and, in the same run, the same maps computed in SQL on the server, with the ratio — as medians of
 * repeated runs (these machines are noisy: the ratio is the figure to compare across runs).
 *
 *   npm run bench                       both scales (the first run writes the data: minutes at 1M)
 *   npm run bench -- --scales 100000     one scale
 *   npm run bench -- --skip-sql          engine figures only
 * The server is TEST_DATABASE_URL (or postgres://postgres@127.0.0.1:5432/postgres); the benchmark keeps its own
 * databases there (waypoint_bench_<scale>) so later runs skip the writing; drop them to start afresh.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type ComputeOptions, computeMap, newScratch } from '../src/journeys/compute-map.ts';
import { LiveMap } from '../src/journeys/live-map.ts';
import type { MapDefinition, MapQuery } from '../src/journeys/model.ts';
import { decodeSnapshot, encodeSnapshot } from '../src/journeys/snapshot.ts';
import { Random } from '../src/services/demo/random.ts';
import { loadJourneys } from '../src/services/journey-loader.ts';
import { openMigratedStore } from '../src/store/database.ts';
import { journeyMapInSql } from '../src/store/journey-sql.ts';
import { writeFirm } from './firm-writer.ts';
import { SYNTHETIC_ACTIVITIES, syntheticLog } from './synthetic-log.ts';

const SEED = 20_261_123;
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const scales = (option('scales') ?? '100000,1000000').split(',').map(Number);
const serverUrl = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

const definition: MapDefinition = {
  activities: [...SYNTHETIC_ACTIVITIES],
  stages: ['registered', 'screened', 'interviewed', 'submitted', 'offered', 'placed'],
  stallDays: {
    registered: 3,
    screened: 7,
    interviewed: 7,
    tested: 5,
    submitted: 7,
    client_interview: 5,
    offered: 3,
    placed: 7,
    assignment_started: 10,
    assignment_checkin: 35,
    assignment_ended: 14,
    redeployed: 7,
  },
  terminal: ['withdrew'],
};
const END = Date.UTC(2026, 10, 1);
const full: MapQuery = { window: { mode: 'all' }, asOf: END, topVariants: 20 };
const sixMonths: MapQuery = {
  window: { mode: 'event', from: Date.UTC(2026, 4, 1), to: END },
  asOf: END,
  topVariants: 20,
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
function time<T>(runs: number, fn: () => T): { ms: number; result: T } {
  let result!: T;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = fn();
    times.push(performance.now() - t);
  }
  return { ms: median(times), result };
}
async function timeAsync<T>(runs: number, fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  let result!: T;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = await fn();
    times.push(performance.now() - t);
  }
  return { ms: median(times), result };
}
const say = (s: string) => process.stderr.write(`  ${s}\n`);
const fmt = (ms: number) =>
  ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;

async function ensureDatabase(name: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const found = await admin.query('select 1 from pg_database where datname = $1', [name]);
    // The name is made here from digits and letters only.
    if (found.rowCount === 0) await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

interface Row {
  figure: string;
  value: string;
  target: string;
  note?: string;
}

async function benchScale(n: number): Promise<Row[]> {
  const rows: Row[] = [];
  process.stderr.write(`\n${n.toLocaleString('en-US')} journeys\n`);
  const log = syntheticLog(n, SEED);
  say(`generated ${log.columns.act.length.toLocaleString('en-US')} touchpoints`);
  const store = await openMigratedStore({ databaseUrl: await ensureDatabase(`waypoint_bench_${n}`) });
  try {
    const firm = await writeFirm(store, log, `bench-${n}-${SEED}`, say);
    if (firm.seconds > 0)
      rows.push({
        figure: 'write the firm through the store',
        value: `${firm.seconds.toFixed(1)} s`,
        target: '—',
      });

    // Rebuild from the store: the engine's log and segments from the PostgreSQL server.
    const rebuild = await timeAsync(1, () => loadJourneys(store, firm.firmId, 'candidate'));
    const loaded = rebuild.result;
    const events = loaded.log
      .columns()
      .journeyEnd.reduce((s, e, j) => s + e - loaded.log.columns().journeyStart[j]!, 0);
    say(
      `loaded ${loaded.log.journeyCount.toLocaleString('en-US')} journeys, ${events.toLocaleString('en-US')} touchpoints`,
    );
    rows.push({ figure: 'rebuild from the store (PostgreSQL)', value: fmt(rebuild.ms), target: '≤ 30 s' });

    const memoryBefore = process.memoryUsage();
    const columns = loaded.log.columns();
    const scratch = newScratch();
    const map = (query: MapQuery, options: ComputeOptions) =>
      computeMap(columns, definition, query, { scratch, ...options });
    map(full, {}); // warm-up
    const fullApprox = time(5, () => map(full, { percentiles: 'approximate' }));
    const fullExact = time(5, () => map(full, { percentiles: 'exact' }));
    rows.push({
      figure: 'full map, cold scan (percentiles ≈, within 1 %)',
      value: fmt(fullApprox.ms),
      target: '≤ 250 ms',
    });
    rows.push({
      figure: 'full map, cold scan (percentiles exact)',
      value: fmt(fullExact.ms),
      target: '(≤ 250 ms)',
    });

    const selection = loaded.segments.select({ source: 'referral' }, loaded.log.journeyCount)!;
    const filteredApprox = time(9, () => map(sixMonths, { selection, percentiles: 'approximate' }));
    const filteredExact = time(9, () => map(sixMonths, { selection, percentiles: 'exact' }));
    const filteredExactMap = JSON.stringify(filteredExact.result);
    rows.push({
      figure: `filtered map: referrals (${selection.length.toLocaleString('en-US')} journeys), 6 months (≈)`,
      value: fmt(filteredApprox.ms),
      target: '≤ 20 ms',
    });
    rows.push({
      figure: 'filtered map, percentiles exact',
      value: fmt(filteredExact.ms),
      target: '(≤ 20 ms)',
    });

    // The live map: built once, then kept up to date as touchpoints arrive.
    const liveBuild = time(1, () => new LiveMap(loaded.log, definition));
    const live = liveBuild.result;
    const memoryAfter = process.memoryUsage();
    const draws = new Random(12345);
    const appendBatch = () => {
      for (let k = 0; k < 1000; k++) {
        const j = draws.int(0, loaded.log.journeyCount - 1);
        const last = loaded.log.at[loaded.log.journeyEnd[j]! - 1] ?? END;
        live.beforeChange(j);
        loaded.log.insert(j, 'assignment_checkin', last + 3_600_000);
        live.afterChange(j);
      }
    };
    const append = time(21, appendBatch);
    rows.push({
      figure: 'append 1,000 touchpoints (log + live map)',
      value: fmt(append.ms),
      target: '≤ 10 ms',
    });
    const liveRead = time(21, () => live.read(END, 20));
    rows.push({ figure: 'live map read after appends', value: fmt(liveRead.ms), target: '≤ 10 ms' });

    // Snapshot: written, then the engine started from it (log ready to map; the live map built after).
    const dir = mkdtempSync(join(tmpdir(), 'wp-bench-'));
    try {
      const file = join(dir, 'journeys.wpj');
      writeFileSync(file, encodeSnapshot(loaded.log, loaded.segments, { cursor: loaded.cursor }));
      const start = time(3, () => decodeSnapshot(readFileSync(file)));
      rows.push({
        figure: 'engine start from snapshot (read + decode)',
        value: fmt(start.ms),
        target: '≤ 0.5 s',
      });
      rows.push({
        figure: '… then the live map built',
        value: fmt(liveBuild.ms),
        target: '—',
        note: 'maps are served before it',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const mb = (x: number) => `${(x / 1e6).toFixed(0)} MB`;
    rows.push({
      figure: 'engine memory (log, segments, live map, buffers)',
      value: mb(
        memoryAfter.arrayBuffers -
          memoryBefore.arrayBuffers +
          loaded.log.bytes +
          Math.max(0, memoryAfter.heapUsed - memoryBefore.heapUsed),
      ),
      target: '≤ 400 MB',
    });

    if (!flag('skip-sql')) {
      const sqlFull = await timeAsync(1, () =>
        journeyMapInSql(store.db, firm.firmId, 'candidate', definition, full),
      );
      const sqlFiltered = await timeAsync(3, () =>
        journeyMapInSql(store.db, firm.firmId, 'candidate', definition, sixMonths, { source: 'referral' }),
      );
      // Against the engine's exact map of the same log (taken before the append test added to it).
      const same = JSON.stringify(sqlFull.result) === JSON.stringify(fullExact.result);
      rows.push({
        figure: 'full map in SQL on the PostgreSQL server',
        value: fmt(sqlFull.ms),
        target: '—',
        note: `${(sqlFull.ms / fullExact.ms).toFixed(0)}× the engine's exact map; ${same ? 'identical' : 'DIFFERENT'} result`,
      });
      rows.push({
        figure: 'filtered map in SQL on the PostgreSQL server',
        value: fmt(sqlFiltered.ms),
        target: '—',
        note: `${(sqlFiltered.ms / filteredExact.ms).toFixed(0)}× the engine's exact map; ${
          JSON.stringify(sqlFiltered.result) === filteredExactMap ? 'identical' : 'DIFFERENT'
        } result`,
      });
    }
  } finally {
    await store.close();
  }
  return rows;
}

const results: [number, Row[]][] = [];
for (const n of scales) results.push([n, await benchScale(n)]);
for (const [n, rows] of results) {
  const w = Math.max(...rows.map((r) => r.figure.length));
  process.stdout.write(`\n${n.toLocaleString('en-US')} candidate journeys (medians)\n`);
  for (const r of rows) {
    process.stdout.write(
      `  ${r.figure.padEnd(w)}  ${r.value.padStart(10)}  ${r.target.padEnd(10)}${r.note ? `  ${r.note}` : ''}\n`,
    );
  }
}
