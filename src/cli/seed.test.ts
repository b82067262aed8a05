/**
 * `waypoint seed --demo` as a user runs it: a real child process on a fresh, empty database (an embedded one in a temp
 * folder, or this file's database on the PostgreSQL server). It seeds once, then refuses a second time.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore, testDb } from '../../test/db.ts';

const bin = join(process.cwd(), 'bin', 'waypoint.mjs');
let dataDir: string;
let store: TestStore | null = null;
let env: NodeJS.ProcessEnv;

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'wp-seed-'));
  env = { ...process.env, WAYPOINT_DATA_DIR: dataDir, DATABASE_URL: '', NO_COLOR: '1' };
  if (testDb() === 'postgres') {
    store = await openTestStore();
    env.DATABASE_URL = store.url!;
  }
});
afterAll(async () => {
  await store?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

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
