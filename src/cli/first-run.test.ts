/**
 * `waypoint serve --demo-if-empty` on a database nobody can sign in to yet: the demo firm's accounts work as soon as
 * the server answers, while the year's history is still being written behind it. A real server process on a real
 * database (an embedded one in a temp folder, or this file's database on the PostgreSQL server).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ProcessDatabase,
  processDatabase,
  type RunningServer,
  startWaypoint,
} from '../../test/waypoint-process.ts';

let db: ProcessDatabase;
let server: RunningServer | null = null;

beforeAll(async () => {
  db = await processDatabase();
});
afterAll(async () => {
  await server?.stop();
  await db.close();
});

describe('the first run', () => {
  it('serves at once with the demo accounts, and fills in the history behind', {
    timeout: 120_000,
  }, async () => {
    server = await startWaypoint(db.env, ['--demo-if-empty']);
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ava.recruiter@harbor.example', password: 'demo-waypoint-2026' }),
    });
    expect(login.status, server.output()).toBe(200);
    expect(server.output()).toContain('First run: created the demo firm, Harbor Staffing.');
    expect(server.output()).toContain('ava.recruiter@harbor.example');
    // Signed in before the seed is done: the history is still being written.
    expect(server.output()).not.toContain('Seeded in');
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    // Requests are answered promptly while the seed runs.
    const started = performance.now();
    const list = await fetch(`${server.url}/api/candidates?pageSize=5`, { headers: { cookie } });
    expect(list.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
