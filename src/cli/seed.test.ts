/**
 * `waypoint seed --demo` as a user runs it: a real child process on a fresh, empty database (an embedded one in a temp
 * folder, or this file's database on the PostgreSQL server). It seeds once, then refuses a second time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProcessDatabase, processDatabase, runWaypoint } from '../../test/waypoint-process.ts';

let db: ProcessDatabase;
const run = (args: string[]) => runWaypoint(db.env, args);

beforeAll(async () => {
  db = await processDatabase();
});
afterAll(() => db.close());

describe('waypoint seed', () => {
  it('seeds the demo firm into an empty database, prints what it made and how to sign in, then refuses to seed again', async () => {
    const first = await run(['seed', '--demo', '--size', 'small']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Seeded Harbor Staffing');
    expect(first.stdout).toMatch(/Candidates\s+\d+/);
    expect(first.stdout).toMatch(/Touchpoints\s+\d+/);
    expect(first.stdout).toMatch(/Seeded in \d+\.\d s/);
    expect(first.stdout).toContain('demo-waypoint-2026');
    for (const email of [
      'grace.admin@harbor.example',
      'ava.recruiter@harbor.example',
      'owen.accounts@harbor.example',
    ]) {
      expect(first.stdout).toContain(email);
    }

    const again = await run(['seed', '--demo', '--size', 'small']);
    expect(again.code).toBe(2);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('this database already has a firm (Harbor Staffing)');
    expect(again.stderr).toContain('empty database');

    // What was seeded is there to be found.
    const found = await run(['find', 'forklift', '--limit', '3']);
    expect(found.code).toBe(0);
    expect(found.stdout).toContain('Candidate');
  }, 300_000);

  it('explains what it needs when --demo or a sane seed is missing', async () => {
    const bare = await run(['seed']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('waypoint seed --demo');
    const bad = await run(['seed', '--demo', '--seed', 'abc']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--seed must be a whole number');
  });
});
