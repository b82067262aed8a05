/**
 * `waypoint serve --demo-if-empty` on a database nobody can sign in to yet: the demo firm's accounts work as soon as
 * the server answers, while the year's history is still being written behind it. A real server process on a real
 * database (an embedded one in a temp folder, or this file's database on the PostgreSQL server).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore, testDb } from '../../test/db.ts';

let dataDir: string;
let store: TestStore | null = null;
let server: ChildProcess | null = null;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'wp-first-run-'));
  if (testDb() === 'postgres') store = await openTestStore();
});
afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  await store?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the first run', () => {
  it('serves at once with the demo accounts, and fills in the history behind', {
    timeout: 120_000,
  }, async () => {
    const port = await freePort();
    let output = '';
    server = spawn(process.execPath, ['bin/waypoint.mjs', 'serve', '--demo-if-empty'], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        WAYPOINT_DATA_DIR: dataDir,
        DATABASE_URL: store?.url ?? '',
        WAYPOINT_LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (d) => (output += d));
    server.stderr!.on('data', (d) => (output += d));
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    let session: Response | null = null;
    while (Date.now() < deadline && !session) {
      try {
        const res = await fetch(`${base}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'ava.recruiter@harbor.example', password: 'demo-waypoint-2026' }),
        });
        if (res.status === 200) session = res;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    expect(session, output).not.toBeNull();
    expect(output).toContain('First run: created the demo firm, Harbor Staffing.');
    expect(output).toContain('ava.recruiter@harbor.example');
    // Signed in before the seed is done: the history is still being written.
    expect(output).not.toContain('Seeded in');
    const cookie = session!.headers.get('set-cookie')!.split(';')[0]!;
    // Requests are answered promptly while the seed runs.
    const started = performance.now();
    const list = await fetch(`${base}/api/candidates?pageSize=5`, { headers: { cookie } });
    expect(list.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
