/**
 * "A write acknowledged to the user survives a kill -9 of the app at any moment": a real server process on the
 * embedded database takes a stream of writes, is killed with SIGKILL at a random moment, restarted on the same data
 * folder; every write it acknowledged (HTTP 201) must still be there. Repeated several times. (On a PostgreSQL
 * server this is the server's own guarantee, so the test runs on the embedded database only.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../../test/db.ts';
import { type ProcessDatabase, processDatabase, startWaypoint } from '../../test/waypoint-process.ts';
import { systemClock } from '../services/context.ts';
import { addUserFromCommandLine } from '../services/firm-setup.ts';
import { openMigratedStore } from './database.ts';

const PASSWORD = 'Durable-Writes-Pass-3';
let db: ProcessDatabase;

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
  db = await processDatabase(false);
  const store = await openMigratedStore({ dataDir: db.dataDir });
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
afterAll(() => db.close());

describe.skipIf(testDb() !== 'pglite')('writes acknowledged before a kill -9', () => {
  it('all survive the restart, five kills in a row', { timeout: 240_000 }, async () => {
    const acknowledged: string[] = [];
    for (let round = 0; round < 5; round++) {
      const server = await startWaypoint({ ...db.env, WAYPOINT_LOG_LEVEL: 'silent' });
      const base = server.url;
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
    const server = await startWaypoint({ ...db.env, WAYPOINT_LOG_LEVEL: 'silent' });
    const base = server.url;
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
      await server.stop();
    }
  });
});
