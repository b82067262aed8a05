/**
 * "A write acknowledged to the user survives a kill -9 of the app at any moment": a real server process on the
 * embedded database takes a stream of writes, is killed with SIGKILL at a random moment, restarted on the same data
 * folder; every write it acknowledged (HTTP 201) must still be there. Repeated several times. (On a PostgreSQL
 * server this is the server's own guarantee, so the test runs on the embedded database only.)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../../test/db.ts';
import { systemClock } from '../services/context.ts';
import { addUserFromCommandLine } from '../services/firm-setup.ts';
import { openMigratedStore } from './database.ts';

const PASSWORD = 'Durable-Writes-Pass-3';
let dataDir: string;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

interface Running {
  child: ChildProcess;
  exited: Promise<unknown>;
}

async function startServer(port: number): Promise<Running> {
  const child = spawn(process.execPath, ['bin/waypoint.mjs', 'serve'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      WAYPOINT_DATA_DIR: dataDir,
      DATABASE_URL: '',
      WAYPOINT_LOG_LEVEL: 'silent',
    },
    stdio: 'ignore',
  });
  // Listen for the exit now: a killed process may be gone before anyone waits for it.
  const exited = new Promise((r) => child.once('exit', r));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/auth/session`)).status === 401) return { child, exited };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

async function signIn(base: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'dee@test.example', password: PASSWORD }),
  });
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'wp-durable-'));
  const store = await openMigratedStore({ dataDir });
  await addUserFromCommandLine(
    { store, clock: systemClock },
    {
      email: 'dee@test.example',
      name: 'Dee Rable',
      role: 'admin',
      branch: 'Main',
      firm: 'Durable Staffing',
      password: PASSWORD,
    },
  );
  await store.close();
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe.skipIf(testDb() !== 'pglite')('writes acknowledged before a kill -9', () => {
  it('all survive the restart, five kills in a row', { timeout: 240_000 }, async () => {
    const acknowledged: string[] = [];
    for (let round = 0; round < 5; round++) {
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const server = await startServer(port);
      const { cookie, csrfToken } = await signIn(base);
      let stop = false;
      // Kill once a random number of writes are acknowledged, a random moment later: with writes in flight.
      const target = 3 + Math.floor(Math.random() * 6);
      let thisRound = 0;
      let reached: () => void = () => {};
      const enough = new Promise<void>((r) => (reached = r));
      const writer = (async () => {
        for (let i = 0; !stop; i++) {
          try {
            const res = await fetch(`${base}/api/candidates`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
              body: JSON.stringify({ firstName: 'Round', lastName: `R${round}N${i}` }),
            });
            if (res.status === 201) {
              acknowledged.push(((await res.json()) as { id: string }).id);
              if (++thisRound >= target) reached();
            }
          } catch {
            return; // the server is gone
          }
        }
      })();
      await enough;
      await new Promise((r) => setTimeout(r, Math.random() * 40));
      server.child.kill('SIGKILL');
      stop = true;
      await writer;
      await server.exited;
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(15);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const server = await startServer(port);
    try {
      const { cookie } = await signIn(base);
      const res = await fetch(`${base}/api/candidates?pageSize=100&q=Round`, { headers: { cookie } });
      const body = (await res.json()) as { total: number };
      const missing: string[] = [];
      for (const id of acknowledged) {
        const one = await fetch(`${base}/api/candidates/${id}`, { headers: { cookie } });
        if (one.status !== 200) missing.push(id);
      }
      expect(missing).toEqual([]);
      expect(body.total).toBeGreaterThanOrEqual(acknowledged.length);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });
});
