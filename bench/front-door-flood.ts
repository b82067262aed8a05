/**
 * `npm run bench:front-door`: does a flood of public posts slow the staff app? A Waypoint server (the built bundle,
 * as `npm start` runs it) serves the demo firm; a staff user works through a fixed round of API reads (a search, the
 * open orders, a candidate, their timeline, the work queue) while the server is quiet, then while dozens of robots,
 * each from an address of its own, post job applications with a PDF resume as fast as the server answers. Prints
 * the staff reads' median and 95th percentile in both phases and their ratio (flood / quiet: the figure to compare
 * across runs, as these machines are noisy), and what the flood got (kept, refused for the rate, asked to retry).
 *
 *   npm run bench:front-door                                 the standard demo firm, 48 robots, 20 s a phase
 *   npm run bench:front-door -- --size small --robots 96 --seconds 10
 *   npm run bench:front-door -- --database-url postgres://postgres@127.0.0.1:5432/postgres   (a fresh database there)
 * The robots use loopback addresses 127.0.1.x (Linux routes all of 127/8 to loopback), so each has its own rate
 * budget, as a distributed flood would.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../src/services/context.ts';
import type { DemoSizeName } from '../src/services/demo/plan.ts';
import { seedDemo } from '../src/services/demo-seed.ts';
import { makePdf } from '../src/services/documents/document-fixtures.ts';
import { openMigratedStore } from '../src/store/database.ts';
import { createDatabaseFrom, dropDatabase, databaseUrl as urlOf } from '../test/pg-admin.ts';
import { startWaypoint } from '../test/waypoint-process.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const size = (option('size') ?? 'standard') as DemoSizeName;
const robots = Number(option('robots') ?? 48);
const phaseMs = Number(option('seconds') ?? 20) * 1000;
const serverUrl = option('database-url');

interface Answer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** One HTTP exchange on `agent` (and so from its local address), answered in full. */
function exchange(
  agent: Agent,
  base: URL,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: Buffer,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, host: base.hostname, port: base.port, method, path, headers, timeout: 60_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            headers: res.headers,
          }),
        );
      },
    );
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.end(body);
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** A multipart application as a browser sends it: the form's fields and a resume. */
async function application(n: number, pdf: Uint8Array) {
  const form = new FormData();
  form.set('firstName', 'Robot');
  form.set('lastName', `Flood ${n}`);
  form.set('email', `robot.${n}.${Date.now()}@flood.example`);
  form.set(
    'phone',
    `(555) ${String(100 + (n % 900)).padStart(3, '0')}-${String(n % 10_000).padStart(4, '0')}`,
  );
  form.set('city', 'Boston');
  form.set('howHeard', 'job_board');
  form.set('privacy', 'yes');
  form.set('formKey', `bench${n}x${Math.random().toString(36).slice(2)}`.padEnd(20, 'k').slice(0, 60));
  form.set('resume', new Blob([pdf], { type: 'application/pdf' }), 'resume.pdf');
  // A Response encodes the form as multipart/form-data with a boundary of its own, as fetch would send it.
  const encoded = new Response(form);
  return { body: Buffer.from(await encoded.arrayBuffer()), type: encoded.headers.get('content-type')! };
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'wp-flood-'));
  const dbName = `waypoint_flood_${process.pid}`;
  let databaseUrl = '';
  if (serverUrl) {
    // An empty database (template1 is what a plain CREATE DATABASE copies), migrated and seeded below.
    await createDatabaseFrom(serverUrl, dbName, 'template1');
    databaseUrl = urlOf(serverUrl, dbName);
  }
  const cleanUp = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    if (serverUrl) await dropDatabase(serverUrl, dbName);
  };

  try {
    const started = performance.now();
    const store = await openMigratedStore(databaseUrl ? { databaseUrl, dataDir } : { dataDir });
    const demo = await seedDemo({ store, clock: systemClock }, { size });
    await store.close();
    console.log(
      `demo firm (${size}): ${demo.counts.touchpoints} touchpoints, seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );

    const server = await startWaypoint({
      ...process.env,
      WAYPOINT_DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      WAYPOINT_LOG_LEVEL: 'error',
      NO_COLOR: '1',
    });
    try {
      await run(new URL(server.url), demo.accounts.find((a) => a.role === 'recruiter')!.email, demo.password);
    } finally {
      await server.stop();
    }
  } finally {
    await cleanUp();
  }
}

async function run(base: URL, email: string, password: string) {
  const staffAgent = new Agent({ keepAlive: true, maxSockets: 1 });
  const login = await exchange(
    staffAgent,
    base,
    'POST',
    '/api/auth/login',
    { 'content-type': 'application/json' },
    Buffer.from(JSON.stringify({ email, password })),
  );
  if (login.status !== 200) throw new Error(`sign-in failed: ${login.status} ${login.body}`);
  const cookie = String(login.headers['set-cookie'] ?? '')
    .split(';')[0]!
    .trim();
  const get = async (path: string) => {
    const t = performance.now();
    const res = await exchange(staffAgent, base, 'GET', path, { cookie });
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${res.body.slice(0, 200)}`);
    return { ms: performance.now() - t, body: res.body };
  };

  const candidates = JSON.parse((await get('/api/candidates?pageSize=20')).body).items as { id: string }[];
  const feed = JSON.parse((await exchange(staffAgent, base, 'GET', '/careers/jobs.json', {})).body) as {
    jobs: { applyUrl: string }[];
  };
  if (candidates.length === 0 || feed.jobs.length === 0)
    throw new Error('the demo firm has no candidates or jobs');
  const applyPath = new URL(feed.jobs[0]!.applyUrl).pathname;

  /** The staff user's round of reads, the same in both phases. */
  const round = (i: number) => {
    const c = candidates[i % candidates.length]!.id;
    return [
      ['search', `/api/search?q=${['forklift', 'boston', 'warehouse', 'ann'][i % 4]}`],
      ['open orders', '/api/job-orders?state=workable'],
      ['candidate', `/api/candidates/${c}`],
      ['timeline', `/api/candidates/${c}/timeline`],
      ['candidate list', '/api/candidates?sort=updatedAt'],
    ] as const;
  };
  const kinds = round(0).map(([k]) => k);

  const staffPhase = async (until: number) => {
    const times = new Map<string, number[]>(kinds.map((k) => [k, []]));
    for (let i = 0; performance.now() < until; i++) {
      for (const [kind, path] of round(i)) times.get(kind)!.push((await get(path)).ms);
    }
    return times;
  };

  // Warm the server (JIT, caches), then measure it quiet.
  await staffPhase(performance.now() + 3000);
  const quiet = await staffPhase(performance.now() + phaseMs);

  // A flood: every robot posts, waits for the answer, posts again, until the phase ends; the staff user works
  // meanwhile. Run twice: at an address that does nothing (404: what the same traffic costs as such), then at the
  // apply form (what posts cost beyond that).
  const pdf = makePdf(['Robot Flood', 'Forklift, warehouse, 10 years', 'x'.repeat(2000)]);
  let serial = 0;
  const floodAt = async (path: string) => {
    const statuses = new Map<number, number>();
    const latency = new Map<number, number[]>();
    let posts = 0;
    const until = performance.now() + phaseMs;
    const robot = async (r: number) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress: `127.0.1.${1 + r}` } as never);
      while (performance.now() < until) {
        const { body, type } = await application(++serial, pdf);
        const t = performance.now();
        try {
          const res = await exchange(agent, base, 'POST', path, { 'content-type': type }, body);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const took = performance.now() - t;
          const times = latency.get(res.status);
          if (times) times.push(took);
          else latency.set(res.status, [took]);
        } catch {
          statuses.set(0, (statuses.get(0) ?? 0) + 1);
        }
        posts++;
      }
      agent.destroy();
    };
    const flooding = Promise.all(Array.from({ length: robots }, (_, r) => robot(r)));
    // Let the flood build up before measuring the staff user under it.
    await new Promise((r) => setTimeout(r, 1000));
    const times = await staffPhase(until);
    await flooding;
    return { times, statuses, latency, posts };
  };
  const noise = await floodAt('/careers/no-such-form');
  // The rate limits count per minute: start the real flood with every robot's budget full.
  await new Promise((r) => setTimeout(r, Math.max(0, 61_000 - phaseMs)));
  const flood = await floodAt(applyPath);
  staffAgent.destroy();

  const phases = [
    ['quiet', quiet],
    ['404 flood', noise.times],
    ['post flood', flood.times],
  ] as const;
  console.log(`\nstaff reads (one recruiter, a round of ${kinds.length} reads): median (p95) in each phase`);
  console.log(
    `${'read'.padEnd(16)}${phases.map(([n]) => n.padStart(22)).join('')}${'post/quiet'.padStart(12)}${'post/404'.padStart(10)}`,
  );
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const line = (name: string, sets: number[][]) => {
    const [q, n, f] = sets.map(sorted) as [number[], number[], number[]];
    const cell = (xs: number[]) => `${ms(percentile(xs, 50))} (${ms(percentile(xs, 95))}) n=${xs.length}`;
    console.log(
      `${name.padEnd(16)}${[q, n, f].map((xs) => cell(xs).padStart(22)).join('')}${(percentile(f, 50) / percentile(q, 50)).toFixed(2).padStart(12)}${(percentile(f, 50) / percentile(n, 50)).toFixed(2).padStart(10)}`,
    );
  };
  for (const k of kinds)
    line(
      k,
      phases.map(([, t]) => t.get(k)!),
    );
  line(
    'all reads',
    phases.map(([, t]) => [...t.values()].flat()),
  );
  const label: Record<number, string> = {
    0: 'no answer',
    200: 'kept (thank-you page)',
    303: 'kept (redirect)',
    400: 'form errors',
    404: 'no such page',
    413: 'too large',
    429: 'refused: rate limit',
    503: 'asked to retry: busy',
  };
  for (const [name, f] of [
    ['404 flood', noise],
    ['post flood', flood],
  ] as const) {
    console.log(
      `\n${name}: ${robots} robots, ${f.posts} posts in ${(phaseMs / 1000).toFixed(0)} s (${(f.posts / (phaseMs / 1000)).toFixed(0)}/s)`,
    );
    for (const [status, count] of [...f.statuses].sort((a, b) => a[0] - b[0])) {
      const l = [...(f.latency.get(status) ?? [])].sort((a, b) => a - b);
      console.log(
        `  ${String(status).padStart(3)} ${label[status] ?? ''}: ${count}${l.length ? `, answered in ${ms(percentile(l, 50))} (median)` : ''}`,
      );
    }
  }
}

await main();
